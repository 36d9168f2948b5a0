/**
 * Timeline events of one document (pure): when it was written, sent or said, and the dates it mentions.
 *
 *  - document: the document's own date (created, EXIF time), for documents that are not e-mails or chats;
 *  - email: the e-mail's Date header, with the entities of the From/To/Cc lines (the sender, the recipients);
 *  - message: each chat message with a time, with the entities of its sender line and its text;
 *  - transaction: each transaction on its date (or, when it has none, on the document's date, said in the
 *    label), with the payer's and payee's entities (mentions written as the payer or payee, or inside the
 *    transaction's offsets) and the country the money went to or came from;
 *  - mentioned-date: each date the text mentions (Gregorian, or Hijri already converted in the mention's value),
 *    with the entities and countries of its sentence. Dates that are the document's own (chat timestamps
 *    outside message bodies, e-mail header dates) and dates a transaction already carries are left out.
 * Dates are "YYYY-MM-DD", or "YYYY-MM" when the day is unknown. Countries are ISO 3166-1 alpha-2 codes of the
 * places, phones, IBANs, coordinates and country names near the event.
 */
import type { AnalysisMention, Transaction } from '../types.js';
import { countryAt } from '../triage/geo.js';
import { segmentAt, segmentsOf, type Segment } from '../triage/text.js';

export type EventKind = 'document' | 'email' | 'message' | 'transaction' | 'mentioned-date';
export const EVENT_KINDS: readonly EventKind[] = ['document', 'email', 'message', 'transaction', 'mentioned-date'];

export interface TimelineEvent {
  /** "YYYY-MM-DD" or "YYYY-MM". */
  date: string;
  kind: EventKind;
  label: string;
  doc: number;
  start?: number;
  end?: number;
  /** Entity ids: mentioned nearby, the sender, the payer and payee. */
  entities: string[];
  /** ISO 3166-1 alpha-2. */
  countries: string[];
}

export interface TimelineStructure {
  email?: { date?: string; from?: string; to?: string[]; cc?: string[]; subject?: string; [k: string]: unknown };
  messages?: { sender?: string; at?: string; text?: string; start?: number; end?: number; [k: string]: unknown }[];
  [k: string]: unknown;
}

export interface TimelineInput {
  rowid: number;
  mime: string;
  docDate: string | null;
  structure: TimelineStructure | null;
  mentions: AnalysisMention[];
  transactions: Transaction[];
  /** The exact text, for labels (the sentence around a date) and to find e-mail header lines. Optional. */
  text?: string;
  /** The document's title, for the document event's label. */
  title?: string | null;
}

/** "YYYY-MM-DD" (or "YYYY-MM") of an ISO-like date or date-time, or null. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value.trim());
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    if (!m[3]) return `${m[1]}-${m[2]}`;
    const day = Number(m[3]);
    return day >= 1 && day <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

/** The country a mention points at, or null. */
export function countryOfMention(m: AnalysisMention): string | null {
  const attrs = m.attrs ?? {};
  if (m.type === 'country') return /^[A-Z]{2}$/.test(m.value) ? m.value : null;
  if (m.type === 'place' || m.type === 'phone' || m.type === 'iban') {
    const c = attrs.country;
    if (typeof c === 'string' && /^[A-Z]{2}$/.test(c)) return c;
    return m.type === 'iban' && /^[A-Z]{2}/.test(m.value) ? m.value.slice(0, 2) : null;
  }
  if (m.type === 'coordinates') return countryAt(Number(attrs.lat), Number(attrs.lon));
  return null;
}

const NOT_NEARBY = new Set(['date', 'money']);

function entitiesOf(mentions: readonly AnalysisMention[]): string[] {
  return [...new Set(mentions.filter((m) => m.entity && !NOT_NEARBY.has(m.type)).map((m) => m.entity!))];
}

function countriesOf(mentions: readonly AnalysisMention[], extra: readonly (string | null | undefined)[] = []): string[] {
  const out = new Set<string>();
  for (const c of extra) if (c) out.add(c);
  for (const m of mentions) {
    const c = countryOfMention(m);
    if (c) out.add(c);
  }
  return [...out];
}

const within = (mentions: readonly AnalysisMention[], start: number, end: number): AnalysisMention[] => mentions.filter((m) => m.start >= start && m.start < end);

function clip(s: string, max = 140): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function mimeLabel(mime: string): string {
  if (mime.includes('pdf')) return 'PDF';
  if (mime.includes('wordprocessingml') || mime.includes('msword')) return 'Word document';
  if (mime.includes('spreadsheetml') || mime.includes('csv') || mime.includes('excel')) return 'spreadsheet';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('text/html')) return 'web page';
  if (mime.startsWith('text/')) return 'text';
  return mime;
}

/** The events of one document, in date order. */
export function eventsOfDocument(input: TimelineInput): TimelineEvent[] {
  const { rowid: doc, mentions, structure } = input;
  const text = input.text ?? '';
  const events: TimelineEvent[] = [];
  const messages = (structure?.messages ?? []).filter((m) => typeof m.start === 'number' && typeof m.end === 'number');
  const email = structure?.email;
  const docDay = normaliseDate(input.docDate);

  // The document itself.
  if (docDay && !email && messages.length === 0) {
    events.push({ date: docDay, kind: 'document', label: `${input.title ? `${clip(input.title, 80)} (${mimeLabel(input.mime)})` : mimeLabel(input.mime)} dated`, doc, entities: entitiesOf(mentions), countries: countriesOf(mentions) });
  }

  // The e-mail's header block: the text up to the first blank line, when the text starts with headers.
  let headerEnd = 0;
  if (email) {
    const blank = text.search(/\n[ \t]*\n/);
    if (blank > 0 && /^[ \t]*(from|to|date|subject|de|à|من|إلى)[ \t]*:/im.test(text.slice(0, blank))) headerEnd = blank;
    const day = normaliseDate(email.date);
    if (day) {
      let people = within(mentions, 0, headerEnd).filter((m) => {
        const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
        return /^[ \t]*(from|to|cc|de|à|من|إلى)[ \t]*:/i.test(text.slice(lineStart, m.start));
      });
      if (people.length === 0) {
        // No header lines in the text: mentions written as the From/To values.
        const header = squash([email.from ?? '', ...(email.to ?? []), ...(email.cc ?? [])].join(' '));
        people = mentions.filter((m) => m.entity && m.surface.length > 2 && header.includes(squash(m.surface)));
      }
      const to = (email.to ?? []).join(', ');
      events.push({
        date: day,
        kind: 'email',
        label: clip(`E-mail${email.subject ? ` "${email.subject}"` : ''}${email.from ? ` from ${email.from}` : ''}${to ? ` to ${to}` : ''}`),
        doc,
        ...(headerEnd > 0 ? { start: 0, end: headerEnd } : {}),
        entities: entitiesOf(people),
        countries: countriesOf(people),
      });
    }
  }

  // Chat messages: the sender line (between the previous message and this one) and the message's text.
  messages.forEach((m, i) => {
    const day = normaliseDate(m.at);
    if (!day) return;
    const from = i === 0 ? 0 : messages[i - 1]!.end!;
    const near = within(mentions, from, m.end!);
    const body = typeof m.text === 'string' ? m.text : text.slice(m.start!, m.end!);
    events.push({ date: day, kind: 'message', label: clip(`${m.sender ?? '?'}: ${body}`), doc, start: m.start!, end: m.end!, entities: entitiesOf(near), countries: countriesOf(near) });
  });

  // Transactions.
  const usedDates = new Set<number>();
  for (const t of input.transactions) {
    const day = normaliseDate(t.date) ?? docDay;
    if (!day) continue;
    const inside = t.start !== undefined && t.end !== undefined ? within(mentions, t.start, t.end) : [];
    const names = [t.payer, t.payee].filter((x): x is string => !!x).map(squash);
    const parties = mentions.filter((m) => (m.type === 'person' || m.type === 'organisation') && names.includes(squash(m.surface)));
    // The date mentions this transaction carries are not events of their own.
    if (t.start !== undefined && t.end !== undefined) {
      for (const m of inside) if (m.type === 'date') usedDates.add(m.start);
    } else if (t.dateSurface) {
      const m = mentions.find((x) => x.type === 'date' && !usedDates.has(x.start) && x.surface === t.dateSurface && (!t.date || normaliseDate(x.value) === normaliseDate(t.date)));
      if (m) usedDates.add(m.start);
    }
    const usd = t.usd !== null ? ` (≈ ${Math.round(t.usd).toLocaleString('en-US')} USD)` : '';
    events.push({
      date: day,
      kind: 'transaction',
      label: clip(`${t.surface}${usd}: ${t.payer ?? '?'} → ${t.payee ?? '?'} (${t.category})${t.date ? '' : ', undated: the document’s date'}${t.sheet ? ` [${t.sheet} row ${t.row}]` : ''}`),
      doc,
      ...(t.start !== undefined ? { start: t.start } : {}),
      ...(t.end !== undefined ? { end: t.end } : {}),
      entities: entitiesOf([...parties, ...inside.filter((m) => m.type === 'person' || m.type === 'organisation')]),
      countries: countriesOf(inside.filter((m) => m.type === 'place'), [t.country]),
    });
  }

  // Dates mentioned in the text.
  const segments: Segment[] = text ? segmentsOf(text) : [];
  for (const m of mentions) {
    if (m.type !== 'date' || usedDates.has(m.start)) continue;
    const day = normaliseDate(m.value);
    if (!day) continue;
    const message = messages.find((x) => m.start >= x.start! && m.start < x.end!);
    if (messages.length > 0 && !message) continue; // a chat timestamp
    if (email && m.start < headerEnd) continue; // the e-mail's own date
    const i = text ? segmentAt(segments, m.start) : -1;
    let seg = i >= 0 ? segments[i]! : { start: m.start, end: m.end, text: m.surface };
    if (message && text) {
      // Within a chat message: its sentence, without the timestamp and sender before it.
      const start = Math.max(seg.start, message.start!);
      const end = Math.min(seg.end, message.end!);
      seg = { start, end, text: `${message.sender ?? '?'}: ${text.slice(start, end)}` };
    }
    const near = within(mentions, seg.start, seg.end).filter((x) => x !== m);
    events.push({ date: day, kind: 'mentioned-date', label: clip(seg.text), doc, start: m.start, end: m.end, entities: entitiesOf(near), countries: countriesOf(near) });
  }

  return sortEvents(events);
}

/** Chronological; a month ("2017-04") before the days of that month; then by document and offset. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.doc - b.doc || (a.start ?? -1) - (b.start ?? -1) || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind));
}
