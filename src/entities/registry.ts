/**
 * The recogniser registry: every recogniser runs over a document's exact text, and where two mentions of
 * different types overlap the more specific one is kept (an IBAN's digits are not also a phone number, a
 * person's nisba is not also a country). Adding a recogniser is one file plus one line in its family's list.
 */
import { MONEY_DATE_RECOGNISERS } from './money-dates.js';
import { NAME_PLACE_RECOGNISERS } from './names-places.js';
import { SELECTOR_RECOGNISERS } from './selectors.js';
import type { Mention, MentionType, RecogniseContext, Recogniser } from './types.js';

export const RECOGNISERS: readonly Recogniser[] = [...SELECTOR_RECOGNISERS, ...MONEY_DATE_RECOGNISERS, ...NAME_PLACE_RECOGNISERS];

/** The stage version: each recogniser's name and version. A change re-runs recognition on every document. */
export const ENTITIES_VERSION: string = RECOGNISERS.map((r) => `${r.name}@${r.version}`).join(',');

/** Which mention wins an overlap: lower first. */
const PRIORITY: Record<MentionType, number> = {
  email: 0,
  url: 1,
  iban: 2,
  wallet: 3,
  bic: 4,
  phone: 5,
  ip: 6,
  coordinates: 7,
  money: 8,
  date: 9,
  person: 10,
  organisation: 11,
  place: 12,
  country: 13,
  domain: 14,
};

/** Texts longer than this are recognised on their first part only (the rest is recorded as skipped). */
export const MAX_RECOGNISED_CHARS = 5_000_000;

export interface Recognition {
  mentions: Mention[];
  /** Recognisers that threw, with their messages: the others' mentions are kept. */
  errors: string[];
}

/** Runs every recogniser and resolves overlaps between types; mentions come out in text order. */
export function recognise(text: string, ctx: RecogniseContext, recognisers: readonly Recogniser[] = RECOGNISERS): Recognition {
  const input = text.length > MAX_RECOGNISED_CHARS ? text.slice(0, MAX_RECOGNISED_CHARS) : text;
  const all: Mention[] = [];
  const errors: string[] = [];
  for (const r of recognisers) {
    try {
      for (const m of r.recognise(input, ctx)) if (m.end > m.start && input.slice(m.start, m.end) === m.surface) all.push(m);
    } catch (e) {
      errors.push(`${r.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (text.length > MAX_RECOGNISED_CHARS) errors.push(`text longer than ${MAX_RECOGNISED_CHARS} characters: the rest was not recognised`);
  return { mentions: resolveOverlaps(all), errors };
}

/** Keeps, of overlapping mentions of different types, the higher-priority (then longer) one; same-type duplicates go. */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const order = [...mentions].sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  // Kept spans, sorted by start, for an overlap test by binary search.
  const spans: { start: number; end: number }[] = [];
  for (const m of order) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < m.end) lo = mid + 1;
      else hi = mid;
    }
    // spans[lo - 1] is the last span starting before m ends: it overlaps m if it ends after m starts. Spans
    // never overlap each other, so an earlier one cannot reach further.
    const before = spans[lo - 1];
    if (before && before.end > m.start) continue;
    spans.splice(lo, 0, { start: m.start, end: m.end });
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
