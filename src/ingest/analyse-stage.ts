/**
 * The analysis stage (I/O edge), run after resolution at the end of every ingest: for each document, its
 * transactions (ledger rows or prose), its country verdicts, its timeline events and its link-graph edges, all
 * from pure functions in src/analysis/, written in one transaction. Payers and payees are resolved to the person
 * entities mentioned at the same place. Rebuilt whole each time, like resolution, so a re-run gives the same case.
 */
import type { Message, Sheet } from '../extract/types.js';
import { edgesOfDocument, type Payment } from '../analysis/graph/edges.js';
import { transactionsOf } from '../analysis/money/index.js';
import { eventsOfDocument } from '../analysis/timeline/events.js';
import { triageDocument } from '../analysis/triage/index.js';
import type { AnalysisMention, Transaction } from '../analysis/types.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { normaliseArabic } from '../text/arabic.js';

/** Bump when an analyser's output changes. */
export const ANALYSIS_VERSION = 'money@1,triage@1,timeline@1,graph@1';

export interface AnalyseSummary {
  documents: number;
  transactions: number;
  verdicts: number;
  events: number;
  edges: number;
  /** Milliseconds per analyser (money, triage, timeline, graph); the rest is reading and writing. */
  timings: Record<string, number>;
  ms: number;
}

const fold = (s: string) => normaliseArabic(s).replace(/\s+/g, ' ').trim().toLowerCase();

/** The person (or organisation) entity written as `name` in the document, nearest the transaction's place. */
function entityNamed(name: string | null, tx: Transaction, text: string, persons: AnalysisMention[]): string | null {
  if (!name) return null;
  const want = fold(name);
  const candidates = persons.filter((m) => m.entity && (fold(m.surface) === want || want.includes(fold(m.surface))));
  if (candidates.length === 0) return null;
  // Prose: the mention inside the transaction's sentence; ledgers: the first mention of that name.
  const inside = tx.start !== undefined ? candidates.find((m) => m.start >= (tx.start ?? 0) && m.end <= (tx.end ?? text.length)) : undefined;
  return (inside ?? candidates[0]!).entity;
}

export function analyseStage(store: SqliteCaseStore, onProgress?: (done: number, total: number) => void): AnalyseSummary {
  const t0 = performance.now();
  const docs = store.db
    .prepare("SELECT rowid, mime, text, title, languages, structure, metadata, doc_date FROM documents WHERE status = 'done' ORDER BY rowid")
    .all() as { rowid: number; mime: string; text: string | null; title: string | null; languages: string | null; structure: string | null; metadata: string | null; doc_date: string | null }[];
  const watchlisted = new Set(store.entities.hits().map((h) => h.entity));
  const counts = { transactions: 0, verdicts: 0, events: 0, edges: 0 };
  /** Milliseconds per analyser, for the summary. */
  const timings: Record<string, number> = {};
  const time = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const r = f();
    timings[name] = (timings[name] ?? 0) + performance.now() - t;
    return r;
  };
  store.transaction(() => {
    store.analysis.clear();
    docs.forEach((d, i) => {
      const text = d.text ?? '';
      // The extractors' structure; each analyser reads the parts it knows (its own structural type).
      const structure = (d.structure ? JSON.parse(d.structure) : {}) as { sheets?: Sheet[]; messages?: Message[]; email?: Record<string, unknown>; [k: string]: unknown };
      const metadata = (d.metadata ? JSON.parse(d.metadata) : {}) as { exif?: { gps?: { lat: number; lon: number } } };
      const gps = metadata.exif?.gps && Number.isFinite(metadata.exif.gps.lat) ? { lat: metadata.exif.gps.lat, lon: metadata.exif.gps.lon } : null;
      if (!text && !gps) return;
      const mentions: AnalysisMention[] = store.entities.mentionsOfDocument(d.rowid).map((m) => ({
        id: m.id,
        type: m.type,
        start: m.start,
        end: m.end,
        surface: m.surface,
        value: m.value,
        entity: m.entity,
        ...(m.attrs ? { attrs: m.attrs } : {}),
      }));
      const languages = JSON.parse(d.languages ?? '[]') as string[];
      const transactions = text
        ? time('money', () => transactionsOf({ text, mime: d.mime, languages, docDate: d.doc_date, ...(structure.sheets ? { sheets: structure.sheets } : {}), ...(structure.messages ? { messages: structure.messages } : {}) }))
        : [];
      const persons = mentions.filter((m) => m.type === 'person' || m.type === 'organisation');
      const resolved = transactions.map((t) => ({ ...t, payerEntity: entityNamed(t.payer, t, text, persons), payeeEntity: entityNamed(t.payee, t, text, persons) }));
      store.analysis.addTransactions(d.rowid, resolved);
      const verdicts = time('triage', () => triageDocument({ text, mime: d.mime, docDate: d.doc_date, mentions, transactions, watchlisted, structure: structure as never, gps }));
      store.analysis.addVerdicts(d.rowid, verdicts);
      const events = time('timeline', () => eventsOfDocument({ rowid: d.rowid, mime: d.mime, docDate: d.doc_date, structure: structure as never, mentions, transactions, text, title: d.title }));
      store.analysis.addEvents(events);
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
      const edges = text ? time('graph', () => edgesOfDocument({ rowid: d.rowid, mime: d.mime, text, structure: structure as never, docDate: d.doc_date }, mentions, { payments })) : [];
      store.analysis.addEdges(edges);
      counts.transactions += resolved.length;
      counts.verdicts += verdicts.length;
      counts.events += events.length;
      counts.edges += edges.length;
      if (i % 200 === 0) onProgress?.(i, docs.length);
    });
    store.analysis.finish(ANALYSIS_VERSION, docs.length);
  });
  return { documents: docs.length, ...counts, timings, ms: performance.now() - t0 };
}
