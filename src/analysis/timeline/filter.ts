/**
 * Filters over timeline events (pure). A date range is inclusive at both ends and takes partial dates as the
 * whole period they name: the event "2017-04" falls in a range that overlaps April 2017, and a range bound
 * "2017" or "2017-04" stands for its first day (from) or its last day (to).
 */
import type { EventKind, TimelineEvent } from './events.js';
import { sortEvents } from './events.js';

export interface EventFilter {
  /** Events whose entities include any of these ids. */
  entities?: readonly string[];
  /** Events whose countries include any of these codes. */
  countries?: readonly string[];
  /** Events of these kinds (sources: document, email, message, transaction, mentioned-date). */
  kinds?: readonly EventKind[];
  /** Events of these documents. */
  docs?: readonly number[];
  /** Inclusive bounds, "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  from?: string;
  to?: string;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a (partial) date covers, as "YYYY-MM-DD". */
export function periodOf(date: string): { first: string; last: string } {
  const [y, m, d] = date.split('-');
  if (d) return { first: date, last: date };
  if (m) return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(lastDayOfMonth(Number(y), Number(m))).padStart(2, '0')}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

export function eventsOfEntity(events: readonly TimelineEvent[], entity: string): TimelineEvent[] {
  return events.filter((e) => e.entities.includes(entity));
}

export function eventsOfCountry(events: readonly TimelineEvent[], country: string): TimelineEvent[] {
  const c = country.toUpperCase();
  return events.filter((e) => e.countries.includes(c));
}

export function eventsOfKind(events: readonly TimelineEvent[], ...kinds: EventKind[]): TimelineEvent[] {
  return events.filter((e) => kinds.includes(e.kind));
}

export function eventsOfDocuments(events: readonly TimelineEvent[], ...docs: number[]): TimelineEvent[] {
  return events.filter((e) => docs.includes(e.doc));
}

export function eventsBetween(events: readonly TimelineEvent[], from?: string, to?: string): TimelineEvent[] {
  const lo = from ? periodOf(from).first : null;
  const hi = to ? periodOf(to).last : null;
  return events.filter((e) => {
    const p = periodOf(e.date);
    return (lo === null || p.last >= lo) && (hi === null || p.first <= hi);
  });
}

/** All the filter's conditions together (each one given narrows the result), in date order. */
export function filterEvents(events: readonly TimelineEvent[], f: EventFilter): TimelineEvent[] {
  let out: readonly TimelineEvent[] = events;
  if (f.entities && f.entities.length > 0) out = out.filter((e) => e.entities.some((x) => f.entities!.includes(x)));
  if (f.countries && f.countries.length > 0) {
    const cs = f.countries.map((c) => c.toUpperCase());
    out = out.filter((e) => e.countries.some((x) => cs.includes(x)));
  }
  if (f.kinds && f.kinds.length > 0) out = out.filter((e) => f.kinds!.includes(e.kind));
  if (f.docs && f.docs.length > 0) out = out.filter((e) => f.docs!.includes(e.doc));
  if (f.from || f.to) out = eventsBetween(out, f.from, f.to);
  return sortEvents(out);
}
