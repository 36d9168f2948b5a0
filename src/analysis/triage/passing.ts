/**
 * Is a document someone's business, or reading matter that names countries in passing? Decided from the
 * document as a whole (pure), with the reasons spelled out.
 *
 * Genre points (cues.ts): each distinct genre cue counts 1, a strong cue 2 (an agency tag, "Ingredients", a
 * licence grant); a system or program file (executable, shortcut, unknown binary) counts 3 for boilerplate.
 * The genre is the one with the most points, when it has at least 2.
 *
 * Operational points, each with its evidence:
 *  - selectors: a phone, IBAN or wallet in the text: 2 (3 with three or more distinct ones); e-mail addresses: 1;
 *  - an address (a street word and a number, or a postal code, before a place on its line): 2;
 *  - a transfer: a transfer word and an amount in the same sentence: 2;
 *  - a ledger: sheets with amounts, or three rows (tab-separated lines) with amounts: 2;
 *  - a meeting or travel word: 1, or 2 when a place or a date stands in the same sentence;
 *  - a letter: two header fields (From:, To:, من:, إلى:, Objet :, Date:) or a greeting: 1;
 *  - a communication: e-mail headers or chat messages in the structure: 1;
 *  - a named contact: a person on the line of a selector, or in a From/To line: 1.
 *
 * The decision: a document is passing when its genre has at least 2 points and at least twice the operational
 * points, and those stay below STRONG_OPERATIONAL (4): so a news wire with a newsroom phone is still news, an
 * operational letter that mentions the weather is still a letter, and a contact list or a transfer order is
 * never reading matter, however political its words. A document longer than LONG_TEXT characters with at most
 * one operational point (a stray travel word) is an unrelated long text: a country it points at only once is
 * passing. Sentences of a document that is not passing are
 * operational when they hold an operational cue, a selector or an address; a country named only outside such
 * sentences is weak evidence (see evidence.ts).
 */
import type { AnalysisMention } from '../types.js';
import { genreCues, operationalCues, SYSTEM_MIMES } from './cues.js';
import { findAddress } from './evidence.js';
import { lineAround, segmentAt, segmentsOf, type CueHit, type Segment } from './text.js';
import type { Cue, DocumentAssessment, Genre, TriageStructure } from './types.js';

export const LONG_TEXT = 1500;
/** Operational points at which a document is someone's business whatever its genre cues. */
export const STRONG_OPERATIONAL = 4;
const MAX_CUES_LISTED = 50;
const GENRES: readonly Genre[] = ['news', 'recipe', 'travel-guide', 'boilerplate'];
const SELECTOR_TYPES = new Set(['phone', 'iban', 'wallet']);
const HEADER_FIELD = /^[ \t]*(from|to|cc|de|à|subject|objet|date|sent|envoyé|من|إلى|الى|التاريخ|الموضوع|المرسل|المرسل إليه)[ \t]*:/gimu;

/** What passing.ts learns about a document, for evidence.ts and urgency.ts to use. */
export interface DocumentReading {
  text: string;
  segments: Segment[];
  /** Per segment: holds an operational cue, a selector or an address. */
  operationalSegment: boolean[];
  /** Per segment: holds a genre cue. */
  genreSegment: boolean[];
  /** Per segment: the operational cues in it. */
  cuesBySegment: Map<number, CueHit[]>;
  /** Offsets of the places that are part of an address, keyed by mention start. */
  addresses: Map<number, { start: number; end: number }>;
  assessment: DocumentAssessment;
}

function scoreGenres(hits: readonly CueHit[], mime: string): Record<Genre, number> {
  const scores: Record<Genre, number> = { news: 0, recipe: 0, 'travel-guide': 0, boilerplate: 0 };
  const seen = new Set<string>();
  for (const h of hits) {
    if (seen.has(h.key)) continue;
    seen.add(h.key);
    scores[h.family as Genre] += h.strong ? 2 : 1;
  }
  if (SYSTEM_MIMES.some((re) => re.test(mime))) scores.boilerplate += 3;
  return scores;
}

function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 37)}…` : t;
}

/** Reads a document: its segments, cues, addresses and the whole-document judgement. */
export function readDocument(text: string, mime: string, mentions: readonly AnalysisMention[], structure?: TriageStructure | null): DocumentReading {
  const segments = segmentsOf(text);
  const genreHits = genreCues().find(text);
  const opHits = operationalCues().find(text);
  const genreScores = scoreGenres(genreHits, mime);

  const operationalSegment = new Array<boolean>(segments.length).fill(false);
  const genreSegment = new Array<boolean>(segments.length).fill(false);
  const cuesBySegment = new Map<number, CueHit[]>();
  for (const h of genreHits) {
    const i = segmentAt(segments, h.start);
    if (i >= 0) genreSegment[i] = true;
  }
  for (const h of opHits) {
    const i = segmentAt(segments, h.start);
    if (i < 0) continue;
    const list = cuesBySegment.get(i) ?? [];
    list.push(h);
    cuesBySegment.set(i, list);
    if (h.family !== 'letter') operationalSegment[i] = true;
  }

  const signals: string[] = [];
  const opCues: Cue[] = [];
  let points = 0;
  const add = (p: number, signal: string, cue?: Cue): void => {
    points += p;
    signals.push(signal);
    if (cue) opCues.push(cue);
  };

  // Selectors.
  const selectors = mentions.filter((m) => SELECTOR_TYPES.has(m.type));
  for (const m of selectors) {
    const i = segmentAt(segments, m.start);
    if (i >= 0) operationalSegment[i] = true;
  }
  const distinctSelectors = new Set(selectors.map((m) => `${m.type}:${m.value}`));
  if (distinctSelectors.size > 0) {
    const first = selectors[0]!;
    add(distinctSelectors.size >= 3 ? 3 : 2, `${distinctSelectors.size} selector(s): ${first.type} ${short(first.surface)}`, { family: 'selector', surface: first.surface, start: first.start, end: first.end });
  }
  const emails = mentions.filter((m) => m.type === 'email');
  if (emails.length > 0 && distinctSelectors.size === 0) add(1, `e-mail address ${emails[0]!.surface}`);

  // Addresses.
  const addresses = new Map<number, { start: number; end: number }>();
  for (const m of mentions) {
    if (m.type !== 'place') continue;
    const a = findAddress(text, m.start, m.end);
    if (!a) continue;
    addresses.set(m.start, a);
    const i = segmentAt(segments, m.start);
    if (i >= 0) operationalSegment[i] = true;
  }
  if (addresses.size > 0) {
    const a = [...addresses.values()][0]!;
    add(2, `address: ${short(text.slice(a.start, a.end))}`, { family: 'address', surface: text.slice(a.start, a.end), start: a.start, end: a.end });
  }

  // Transfers: a transfer word and an amount in one sentence.
  const moneyBySegment = new Map<number, AnalysisMention[]>();
  for (const m of mentions) {
    if (m.type !== 'money') continue;
    const i = segmentAt(segments, m.start);
    if (i < 0) continue;
    const list = moneyBySegment.get(i) ?? [];
    list.push(m);
    moneyBySegment.set(i, list);
  }
  const transfer = [...cuesBySegment.entries()].find(([i, hits]) => moneyBySegment.has(i) && hits.some((h) => h.family === 'transfer'));
  if (transfer) {
    const h = transfer[1].find((x) => x.family === 'transfer')!;
    const money = moneyBySegment.get(transfer[0])![0]!;
    add(2, `transfer: ${short(h.surface)} ${short(money.surface)}`, h);
  }

  // Ledgers.
  const sheets = Array.isArray(structure?.sheets) && structure.sheets.length > 0;
  const moneyRows = [...moneyBySegment.keys()].filter((i) => segments[i]!.text.includes('\t')).length;
  if ((sheets && moneyBySegment.size >= 2) || moneyRows >= 3) add(2, `ledger: ${moneyRows} rows with amounts`);

  // Meetings and travel.
  const placeOrDate = new Set<number>();
  for (const m of mentions) {
    if (m.type === 'place' || m.type === 'date' || m.type === 'country') {
      const i = segmentAt(segments, m.start);
      if (i >= 0) placeOrDate.add(i);
    }
  }
  const moves = [...cuesBySegment.entries()].flatMap(([i, hits]) => hits.filter((h) => h.family === 'meeting' || h.family === 'travel').map((h) => ({ i, h })));
  if (moves.length > 0) {
    const anchored = moves.find((x) => placeOrDate.has(x.i));
    const pick = anchored ?? moves[0]!;
    add(anchored ? 2 : 1, `${pick.h.family}: ${short(pick.h.surface)}${anchored ? ` (with a place or date: ${short(segments[pick.i]!.text)})` : ''}`, pick.h);
  }

  // Letters.
  const fields = new Set<string>();
  HEADER_FIELD.lastIndex = 0;
  for (let m = HEADER_FIELD.exec(text); m; m = HEADER_FIELD.exec(text)) fields.add(m[1]!.toLowerCase());
  const greeting = opHits.find((h) => h.family === 'letter' && !/:\s*$/.test(h.surface));
  if (fields.size >= 2 || greeting) add(1, `letter: ${fields.size >= 2 ? [...fields].slice(0, 3).join(', ') + ' fields' : short(greeting!.surface)}`);

  // Communications.
  if (structure?.email || (Array.isArray(structure?.messages) && structure.messages.length > 0)) add(1, structure?.email ? 'e-mail message' : 'chat messages');

  // Named contacts.
  const persons = mentions.filter((m) => m.type === 'person');
  const contact = persons.find((p) => {
    const line = lineAround(text, p.start);
    if (/^[ \t]*(from|to|de|à|من|إلى|الى|المرسل)[ \t]*:/iu.test(text.slice(line.start, line.end))) return true;
    return mentions.some((s) => (SELECTOR_TYPES.has(s.type) || s.type === 'email') && s.start >= line.start && s.end <= line.end);
  });
  if (contact) add(1, `named contact: ${short(contact.surface)}`);

  let best: Genre | null = null;
  for (const g of GENRES) if (genreScores[g] >= 2 && (!best || genreScores[g] > genreScores[best])) best = g;
  const g = best ? genreScores[best] : 0;
  const passing = best !== null && g >= 2 * points && points < STRONG_OPERATIONAL;
  const unrelatedLongText = !passing && points <= 1 && text.length > LONG_TEXT;
  const genreList = best ? genreHits.filter((h) => h.family === best) : [];
  const cueWords = [...new Set(genreList.map((h) => h.surface.toLowerCase()))].slice(0, 5).join(', ');

  let explanation: string;
  if (passing) {
    explanation =
      points === 0
        ? `${best} (${g} points: ${cueWords || 'system file'}) with no operational signal: the countries it names are passing`
        : `${best} (${g} points: ${cueWords || 'system file'}) outweighs the operational signals (${points} points: ${signals.join('; ')}): the countries it names are passing`;
  } else if (unrelatedLongText) {
    explanation = `a long text (${text.length} characters) with ${points === 0 ? 'no operational signal' : `a single weak operational signal (${signals.join('; ')})`}: a country it points at once is passing`;
  } else if (points === 0) {
    explanation = 'no operational signal: country names in it are weak evidence';
  } else {
    explanation = `operational (${points} points: ${signals.join('; ')})${best ? `; ${best} cues (${g} points: ${cueWords}) do not outweigh them` : ''}`;
  }

  return {
    text,
    segments,
    operationalSegment,
    genreSegment,
    cuesBySegment,
    addresses,
    assessment: {
      genre: best,
      genreScores,
      operational: points,
      operationalSignals: signals,
      passing,
      unrelatedLongText,
      explanation,
      genreCues: genreHits.slice(0, MAX_CUES_LISTED).map(({ family, surface, start, end }) => ({ family, surface, start, end })),
      operationalCues: opCues,
    },
  };
}

/** The whole-document judgement alone. */
export function assessDocument(text: string, mime: string, mentions: readonly AnalysisMention[], structure?: TriageStructure | null): DocumentAssessment {
  return readDocument(text, mime, mentions, structure).assessment;
}
