/**
 * How urgently a partner should read a document about its country (pure), each part with its reason.
 *
 * Urgency is 1 − Π(1 − u) over these signals, for each country the document points at:
 *  - a future date: a date in the text later than the document's own date, by 1 to 366 days, in the same
 *    sentence as the country's evidence: 0.6 with a meeting or travel word in that sentence ("We meet in
 *    Beirut on 21/04/2017" sent on 11 April), 0.4 without (not in a table row: ledger dates are records);
 *    a future date in a meeting or travel sentence of the next or previous sentence: 0.4, elsewhere: 0.2;
 *  - meeting or travel vocabulary (لقاء، اجتماع، موعد، سفر، وصول / meeting, travel, arrive / rencontre,
 *    rendez-vous, voyage) in a sentence with the country's evidence: 0.35, elsewhere in the document: 0.15;
 *  - money: a transaction to the country 0.45, from it 0.25; without transactions, a transfer word and an
 *    amount in a sentence with the country's evidence: 0.35 (0.2 when the place follows "from", "من", "de");
 *  - watchlisted persons: in a sentence (or on the line) with the country's evidence 0.5, elsewhere 0.3.
 * The document's own date, for a date at offset p: the time of the chat message that holds p, else the e-mail's
 * date, else the letter's dateline (a date on a "Date:" / "التاريخ:" line), else the document's date.
 */
import type { AnalysisMention, Transaction } from '../types.js';
import type { Evidence } from './evidence.js';
import type { DocumentReading } from './passing.js';
import { segmentAt } from './text.js';
import type { TriageStructure } from './types.js';

export const HORIZON_DAYS = 366;

interface Signal {
  u: number;
  reason: string;
}

export interface UrgencyContext {
  reading: DocumentReading;
  mentions: readonly AnalysisMention[];
  transactions: readonly Transaction[];
  structure?: TriageStructure | null;
  docDate: string | null;
  watchlisted?: Set<string>;
}

const DATELINE = /^[ \t]*(date|le|التاريخ|بتاريخ|تاريخ)[ \t]*:?[ \t]*$/iu;

/** Day number (UTC) of "YYYY-MM-DD" or "YYYY-MM" (first of the month), or null. */
export function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

interface Dated {
  mention: AnalysisMention;
  day: number;
  monthOnly: boolean;
}

/** Reference dates: per-message times, e-mail date, dateline, document date. */
export function referenceDates(text: string, mentions: readonly AnalysisMention[], structure: TriageStructure | null | undefined, docDate: string | null) {
  const messages = (structure?.messages ?? [])
    .filter((m) => typeof m.start === 'number' && typeof m.end === 'number')
    .map((m) => ({ start: m.start!, end: m.end!, at: typeof m.at === 'string' ? m.at : null }));
  let dateline: AnalysisMention | undefined;
  for (const m of mentions) {
    if (m.type !== 'date') continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    if (DATELINE.test(text.slice(lineStart, m.start).replace(/[:：]/g, ':'))) {
      dateline = m;
      break;
    }
  }
  const emailDate = typeof structure?.email?.date === 'string' ? structure.email.date : null;
  const fallback = emailDate ?? dateline?.value ?? docDate;
  return {
    messages,
    dateline,
    /** The reference for offset `pos`, with a label. */
    at(pos: number): { value: string; label: string } | null {
      for (let i = 0; i < messages.length; i++) {
        const m = messages[i]!;
        const next = messages[i + 1];
        if (pos >= m.start && pos < m.end && m.at) return { value: m.at, label: `the message of ${m.at.slice(0, 10)}` };
        if (next && pos >= m.end && pos < next.start) break;
      }
      if (emailDate) return { value: emailDate, label: `the e-mail of ${emailDate.slice(0, 10)}` };
      if (dateline) return { value: dateline.value, label: `the letter's date ${dateline.value}` };
      if (docDate) return { value: docDate, label: `the document's date ${docDate.slice(0, 10)}` };
      return fallback ? { value: fallback, label: fallback } : null;
    },
    /** True for dates that are the document's own (dateline, e-mail header, chat timestamps). */
    isOwnDate(m: AnalysisMention): boolean {
      if (dateline && m.start === dateline.start) return true;
      if (messages.length > 0) return !messages.some((x) => m.start >= x.start && m.start < x.end);
      if (structure?.email) {
        const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
        if (/^[ \t]*(date|sent|envoyé)[ \t]*:/i.test(text.slice(lineStart, m.start))) return true;
      }
      return false;
    },
  };
}

const FROM_BEFORE = /(?:from|de|depuis|du|des|من|عن)\s*$/iu;

/** Urgency and its reasons, for each country in `byCountry` (evidence that counts, weight > 0). */
export function urgencyOf(ctx: UrgencyContext, byCountry: Map<string, Evidence[]>): Map<string, { urgency: number; reasons: string[] }> {
  const { reading, mentions } = ctx;
  const { segments, cuesBySegment } = reading;
  const text = reading.text;
  const refs = referenceDates(text, mentions, ctx.structure, ctx.docDate);
  const hasCue = (i: number, families: readonly string[]): string | null => {
    const h = (cuesBySegment.get(i) ?? []).find((c) => families.includes(c.family));
    return h ? h.surface : null;
  };
  const MOVES = ['meeting', 'travel'];

  // Future dates.
  const futures: (Dated & { seg: number; ref: string; days: number })[] = [];
  for (const m of mentions) {
    if (m.type !== 'date' || refs.isOwnDate(m)) continue;
    const day = dayNumber(m.value);
    const ref = refs.at(m.start);
    const refDay = ref ? dayNumber(ref.value.slice(0, 10)) : null;
    if (day === null || refDay === null) continue;
    const monthOnly = m.value.length === 7;
    // A month ("April 2017") is future when it starts after the reference day.
    const days = day - refDay;
    if (days < 1 || days > HORIZON_DAYS) continue;
    futures.push({ mention: m, day, monthOnly, seg: segmentAt(segments, m.start), ref: ref!.label, days });
  }

  const moneyBySegment = new Set<number>();
  for (const m of mentions) if (m.type === 'money') moneyBySegment.add(segmentAt(segments, m.start));
  const watch = ctx.watchlisted && ctx.watchlisted.size > 0 ? mentions.filter((m) => m.entity && ctx.watchlisted!.has(m.entity)) : [];
  const docMove = segments.findIndex((_, i) => hasCue(i, MOVES) !== null);

  const out = new Map<string, { urgency: number; reasons: string[] }>();
  for (const [country, evidence] of byCountry) {
    const signals: Signal[] = [];
    const inText = evidence.filter((e) => e.start !== undefined);
    const segs = new Set(inText.map((e) => segmentAt(segments, e.start!)).filter((i) => i >= 0));
    const nameIn = (i: number): string => inText.find((e) => segmentAt(segments, e.start!) === i)?.surface ?? country;

    // Future dates.
    let bestFuture: Signal | null = null;
    for (const f of futures) {
      const move = f.seg >= 0 ? hasCue(f.seg, MOVES) : null;
      const row = f.seg >= 0 && segments[f.seg]!.text.includes('\t');
      let s: Signal | null = null;
      if (segs.has(f.seg) && move) s = { u: 0.6, reason: `${move} in ${nameIn(f.seg)} on ${f.mention.surface} (${f.mention.value}), ${f.days} days after ${f.ref}` };
      else if (segs.has(f.seg) && !row) s = { u: 0.4, reason: `future date ${f.mention.surface} (${f.mention.value}) with ${nameIn(f.seg)}, ${f.days} days after ${f.ref}` };
      else if (move && (segs.has(f.seg - 1) || segs.has(f.seg + 1))) s = { u: 0.4, reason: `${move} on ${f.mention.surface} (${f.mention.value}) next to ${nameIn(segs.has(f.seg - 1) ? f.seg - 1 : f.seg + 1)}, ${f.days} days after ${f.ref}` };
      else if (move) s = { u: 0.2, reason: `${move} on ${f.mention.surface} (${f.mention.value}) elsewhere in the document, ${f.days} days after ${f.ref}` };
      if (s && (!bestFuture || s.u > bestFuture.u)) bestFuture = s;
    }
    if (bestFuture) signals.push(bestFuture);

    // Meeting and travel vocabulary.
    const moveSeg = [...segs].find((i) => hasCue(i, MOVES) !== null);
    if (moveSeg !== undefined) signals.push({ u: 0.35, reason: `meeting/travel word "${hasCue(moveSeg, MOVES)}" in the sentence with ${nameIn(moveSeg)}` });
    else if (docMove >= 0) signals.push({ u: 0.15, reason: `meeting/travel word "${hasCue(docMove, MOVES)}" in the document` });

    // Money.
    const txs = ctx.transactions.filter((t) => t.country === country);
    if (txs.length > 0) {
      const out = txs.filter((t) => t.direction !== 'income');
      const t = out[0] ?? txs[0]!;
      const sent = out.length > 0;
      signals.push({ u: sent ? 0.45 : 0.25, reason: `money ${sent ? 'sent to' : 'received from'} ${country}: ${t.surface}${t.usd !== null ? ` (${Math.round(t.usd)} USD)` : ''}${txs.length > 1 ? ` and ${txs.length - 1} more` : ''}` });
    } else {
      const tseg = [...segs].find((i) => moneyBySegment.has(i) && hasCue(i, ['transfer']) !== null);
      if (tseg !== undefined) {
        const e = inText.find((x) => segmentAt(segments, x.start!) === tseg)!;
        const received = FROM_BEFORE.test(text.slice(Math.max(segments[tseg]!.start, e.start! - 12), e.start!));
        const amount = mentions.find((m) => m.type === 'money' && segmentAt(segments, m.start) === tseg)!;
        signals.push({ u: received ? 0.2 : 0.35, reason: `${received ? 'money received from' : 'money sent to'} ${e.surface}: "${hasCue(tseg, ['transfer'])}" ${amount.surface}` });
      }
    }

    // Watchlisted persons.
    if (watch.length > 0) {
      const near = watch.find((w) => {
        const i = segmentAt(segments, w.start);
        if (segs.has(i)) return true;
        const lineStart = text.lastIndexOf('\n', w.start - 1) + 1;
        const nl = text.indexOf('\n', w.start);
        const lineEnd = nl < 0 ? text.length : nl;
        return inText.some((e) => e.start! >= lineStart && e.start! < lineEnd);
      });
      if (near) signals.push({ u: 0.5, reason: `watchlisted ${near.type} ${near.surface} beside the evidence` });
      else signals.push({ u: 0.3, reason: `watchlisted ${watch[0]!.type} ${watch[0]!.surface} in the document` });
    }

    signals.sort((a, b) => b.u - a.u);
    const urgency = 1 - signals.reduce((p, s) => p * (1 - s.u), 1);
    out.set(country, { urgency: Math.round(urgency * 1000) / 1000, reasons: signals.map((s) => `${s.reason} (+${s.u})`) });
  }
  return out;
}
