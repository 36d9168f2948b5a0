/**
 * The recognition stage on its own (I/O edge), for documents that ingest did not recognise with the current
 * recognisers: a case made before a recogniser changed, or one made by an older Ariadne. New documents are
 * recognised during extraction, in the workers (extract-task.ts). Batches commit in transactions, so a killed
 * run resumes where it stopped.
 */
import { ENTITIES_VERSION, recognise } from '../entities/registry.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';

export interface RecogniseSummary {
  documents: number;
  mentions: number;
  ms: number;
}

export function recogniseStage(store: SqliteCaseStore, onProgress?: (done: number, total: number) => void): RecogniseSummary {
  const t0 = performance.now();
  const total = store.entities.countNeedingRecognition(ENTITIES_VERSION);
  let documents = 0;
  let mentions = 0;
  let after = 0;
  while (documents < total) {
    const batch = store.entities.needingRecognition(ENTITIES_VERSION, 200, after);
    if (batch.length === 0) break;
    const results = batch.map((d) => ({ doc: d.rowid, ...recognise(d.text, { languages: d.languages }) }));
    store.transaction(() => {
      for (const r of results) store.entities.saveMentions(r.doc, r.mentions, ENTITIES_VERSION, r.errors.join('; ') || undefined);
    });
    after = batch[batch.length - 1]!.rowid;
    documents += batch.length;
    mentions += results.reduce((n, r) => n + r.mentions.length, 0);
    onProgress?.(documents, total);
  }
  return { documents, mentions, ms: performance.now() - t0 };
}
