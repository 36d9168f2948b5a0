/**
 * The analysis stage (I/O edge), run after resolution at the end of every ingest: for each document, its
 * transactions (ledger rows or prose), its country verdicts, its timeline events and its link-graph edges, from
 * the pure functions in src/analysis/ (analyse-task.ts), computed in a worker pool across the cores while the main
 * thread reads the next documents and writes the results. Rebuilt whole each time, like resolution, and written
 * in one transaction, so a re-run (or a run after a kill) gives the same case.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import type { StoredMention } from '../store/sqlite/entity-store.js';
import { analyseBatch, type AnalyseInput, type AnalyseOutput } from './analyse-task.js';

/** Bump when an analyser's output changes. */
export const ANALYSIS_VERSION = 'money@1,triage@1,timeline@1,graph@1';
const BATCH = 40;
/** Below this many documents the pool costs more than it saves. */
const POOL_MIN_DOCUMENTS = 400;

export interface AnalyseSummary {
  documents: number;
  transactions: number;
  verdicts: number;
  events: number;
  edges: number;
  /** Milliseconds per analyser summed over the workers (money, triage, timeline, graph). */
  timings: Record<string, number>;
  ms: number;
}

function workerFile(): { filename: string; execArgv: string[] } {
  const js = fileURLToPath(new URL('./analyse-worker.js', import.meta.url));
  if (existsSync(js)) return { filename: js, execArgv: [] };
  return { filename: fileURLToPath(new URL('./analyse-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

type DocumentRow = {
  rowid: number;
  mime: string;
  text: string | null;
  title: string | null;
  languages: string | null;
  structure: string | null;
  metadata: string | null;
  doc_date: string | null;
};

/**
 * Documents are read a batch at a time and each batch's results are written as soon as every earlier batch's
 * are (so rows are written in the same order every run), inside one transaction opened at the start: memory
 * holds only the batches in flight, and a kill leaves the previous analysis whole.
 */
export async function analyseStage(store: SqliteCaseStore, opts: { workers?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<AnalyseSummary> {
  const t0 = performance.now();
  const ids = store.db.prepare("SELECT rowid FROM documents WHERE status = 'done' ORDER BY rowid").pluck().all() as number[];
  const readBatch = store.db.prepare("SELECT rowid, mime, text, title, languages, structure, metadata, doc_date FROM documents WHERE status = 'done' AND rowid BETWEEN ? AND ? ORDER BY rowid");
  const watchlisted = [...new Set(store.entities.hits().map((h) => h.entity))];
  const input = (r: DocumentRow, mentions: readonly StoredMention[]): AnalyseInput => ({
    rowid: r.rowid,
    mime: r.mime,
    text: r.text ?? '',
    title: r.title,
    languages: JSON.parse(r.languages ?? '[]') as string[],
    structure: r.structure,
    metadata: r.metadata,
    docDate: r.doc_date,
    mentions: mentions.map((m) => ({ id: m.id, type: m.type, start: m.start, end: m.end, surface: m.surface, value: m.value, entity: m.entity, confidence: m.confidence, ...(m.attrs ? { attrs: m.attrs } : {}) })),
  });
  const batchCount = Math.ceil(ids.length / BATCH);
  const batchInput = (i: number) => {
    const [first, last] = [ids[i * BATCH]!, ids[Math.min(ids.length, (i + 1) * BATCH) - 1]!];
    const mentions = store.entities.mentionsOfDocuments(first, last);
    return { docs: (readBatch.all(first, last) as DocumentRow[]).map((r) => input(r, mentions.get(r.rowid) ?? [])), watchlisted };
  };

  const counts = { transactions: 0, verdicts: 0, events: 0, edges: 0 };
  const timings: Record<string, number> = {};
  const write = (outs: AnalyseOutput[]) => {
    for (const out of outs) {
      store.analysis.addTransactions(out.rowid, out.transactions);
      store.analysis.addVerdicts(out.rowid, out.verdicts);
      store.analysis.addEvents(out.events);
      store.analysis.addEdges(out.edges);
      counts.transactions += out.transactions.length;
      counts.verdicts += out.verdicts.length;
      counts.events += out.events.length;
      counts.edges += out.edges.length;
      for (const [k, v] of Object.entries(out.timings)) timings[k] = (timings[k] ?? 0) + v;
    }
  };

  const workers = opts.workers ?? Math.max(1, availableParallelism());
  const pool = ids.length >= POOL_MIN_DOCUMENTS && workers > 1 ? new Piscina({ ...workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 1000 }) : undefined;
  store.db.exec('BEGIN IMMEDIATE');
  try {
    store.analysis.clear();
    if (pool) {
      // At most a few batches in flight; finished batches wait only for the earlier ones to be written.
      const finished = new Map<number, AnalyseOutput[]>();
      let next = 0;
      let written = 0;
      let done = 0;
      const inFlight = new Set<Promise<void>>();
      while (written < batchCount) {
        while (next < batchCount && inFlight.size + finished.size < workers * 2) {
          const i = next++;
          const p: Promise<void> = (pool.run(batchInput(i)) as Promise<AnalyseOutput[]>).then((r) => {
            finished.set(i, r);
            done += r.length;
            opts.onProgress?.(done, ids.length);
            inFlight.delete(p);
          });
          p.catch(() => undefined); // a failure is thrown by the race below, once
          inFlight.add(p);
        }
        if (inFlight.size > 0) await Promise.race(inFlight);
        for (let r = finished.get(written); r !== undefined; r = finished.get(written)) {
          finished.delete(written++);
          write(r);
        }
      }
    } else {
      for (let i = 0; i < batchCount; i++) write(analyseBatch(batchInput(i)));
    }
    store.analysis.finish(ANALYSIS_VERSION, ids.length);
    store.db.exec('COMMIT');
  } catch (err) {
    if (store.db.inTransaction) store.db.exec('ROLLBACK');
    throw err;
  } finally {
    await pool?.destroy();
  }
  return { documents: ids.length, ...counts, timings, ms: performance.now() - t0 };
}
