/**
 * The analysis of one document (pure apart from nothing): its transactions with payers and payees resolved to
 * the entities written there, its country verdicts, its timeline events and its link-graph edges. Run in worker
 * threads by the analysis stage; the main thread writes the results.
 */
import type { Message, Sheet } from '../extract/types.js';
import { edgesOfDocument, type Edge, type Payment } from '../analysis/graph/edges.js';
import { transactionsOf } from '../analysis/money/index.js';
import type { RecognisedMentions } from '../analysis/money/prose.js';
import { eventsOfDocument, type TimelineEvent } from '../analysis/timeline/events.js';
import { triageDocument } from '../analysis/triage/index.js';
import type { CountryVerdict } from '../analysis/triage/types.js';
import type { AnalysisMention, Transaction } from '../analysis/types.js';
import { normaliseArabic } from '../text/arabic.js';

export interface AnalyseInput {
  rowid: number;
  mime: string;
  text: string;
  title: string | null;
  languages: string[];
  /** The extractor's structure and metadata, as stored (JSON). */
  structure: string | null;
  metadata: string | null;
  docDate: string | null;
  mentions: AnalysisMention[];
}

export type ResolvedTransaction = Transaction & { payerEntity: string | null; payeeEntity: string | null };

export interface AnalyseOutput {
  rowid: number;
  transactions: ResolvedTransaction[];
  verdicts: CountryVerdict[];
  events: TimelineEvent[];
  edges: Edge[];
  /** Milliseconds per analyser. */
  timings: Record<string, number>;
}

const fold = (s: string) => normaliseArabic(s).replace(/\s+/g, ' ').trim().toLowerCase();

/** Person and organisation mentions with their folded surfaces, folded once per document. */
type NamedMention = AnalysisMention & { folded: string };

/** The person (or organisation) entity written as `name` in the document, nearest the transaction's place. */
function entityNamed(want: string | null, tx: Transaction, text: string, persons: readonly NamedMention[]): string | null {
  if (!want) return null;
  const candidates = persons.filter((m) => m.entity && (m.folded === want || want.includes(m.folded)));
  if (candidates.length === 0) return null;
  // Prose: the mention inside the transaction's sentence; ledgers: the first mention of that name.
  const inside = tx.start !== undefined ? candidates.find((m) => m.start >= (tx.start ?? 0) && m.end <= (tx.end ?? text.length)) : undefined;
  return (inside ?? candidates[0]!).entity;
}

/** The stored money, place and date mentions, for prose (which otherwise recognises them again). */
function recognisedOf(mentions: readonly AnalysisMention[]): { recognised?: RecognisedMentions } {
  if (mentions.some((m) => m.confidence === undefined)) return {};
  const of = (type: string) => mentions.filter((m) => m.type === type).map((m) => ({ start: m.start, end: m.end, surface: m.surface, value: m.value, confidence: m.confidence!, ...(m.attrs ? { attrs: m.attrs } : {}) }));
  return { recognised: { money: of('money'), places: of('place'), dates: of('date') } };
}

export function analyseDocument(d: AnalyseInput, watchlisted: ReadonlySet<string>): AnalyseOutput {
  const timings: Record<string, number> = {};
  const time = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const r = f();
    timings[name] = (timings[name] ?? 0) + performance.now() - t;
    return r;
  };
  const empty: AnalyseOutput = { rowid: d.rowid, transactions: [], verdicts: [], events: [], edges: [], timings };
  const text = d.text;
  // The extractor's structure; each analyser reads the parts it knows (its own structural type).
  const structure = (d.structure ? JSON.parse(d.structure) : {}) as { sheets?: Sheet[]; messages?: Message[]; email?: Record<string, unknown>; [k: string]: unknown };
  const metadata = (d.metadata ? JSON.parse(d.metadata) : {}) as { exif?: { gps?: { lat: number; lon: number } } };
  const gps = metadata.exif?.gps && Number.isFinite(metadata.exif.gps.lat) ? { lat: metadata.exif.gps.lat, lon: metadata.exif.gps.lon } : null;
  if (!text && !gps) return empty;
  const mentions = d.mentions;
  const transactions = text
    ? time('money', () =>
        transactionsOf({ text, mime: d.mime, languages: d.languages, docDate: d.docDate, ...(structure.sheets ? { sheets: structure.sheets } : {}), ...(structure.messages ? { messages: structure.messages } : {}), ...recognisedOf(mentions) }),
      )
    : [];
  const persons: NamedMention[] = mentions.filter((m) => m.type === 'person' || m.type === 'organisation').map((m) => ({ ...m, folded: fold(m.surface) }));
  const folds = new Map<string, string>();
  const folded = (name: string | null) => {
    if (!name) return null;
    let f = folds.get(name);
    if (f === undefined) folds.set(name, (f = fold(name)));
    return f;
  };
  const resolved = transactions.map((t) => ({ ...t, payerEntity: entityNamed(folded(t.payer), t, text, persons), payeeEntity: entityNamed(folded(t.payee), t, text, persons) }));
  const verdicts = time('triage', () => triageDocument({ text, mime: d.mime, docDate: d.docDate, mentions, transactions, watchlisted: new Set(watchlisted), structure: structure as never, gps }));
  const events = time('timeline', () => eventsOfDocument({ rowid: d.rowid, mime: d.mime, docDate: d.docDate, structure: structure as never, mentions, transactions, text, title: d.title }));
  const payments: Payment[] = resolved.map((t) => ({
    payer: t.payerEntity,
    payee: t.payeeEntity,
    amount: t.amount,
    currency: t.currency,
    usd: t.usd,
    ...(t.sheet !== undefined ? { sheet: t.sheet } : {}),
    ...(t.row !== undefined ? { row: t.row } : {}),
    ...(t.start !== undefined ? { start: t.start } : {}),
    ...(t.end !== undefined ? { end: t.end } : {}),
  }));
  const edges = text ? time('graph', () => edgesOfDocument({ rowid: d.rowid, mime: d.mime, text, structure: structure as never, docDate: d.docDate }, mentions, { payments })) : [];
  return { rowid: d.rowid, transactions: resolved, verdicts, events, edges, timings };
}

/** A batch of documents (the worker's unit of work: fewer messages between threads). */
export function analyseBatch(batch: { docs: AnalyseInput[]; watchlisted: string[] }): AnalyseOutput[] {
  const watchlisted = new Set(batch.watchlisted);
  return batch.docs.map((d) => analyseDocument(d, watchlisted));
}
