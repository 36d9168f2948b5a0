/**
 * The SQL expression search ranks with. FTS5's bm25() is correct but, at a million documents, spends half its
 * time looking up each matching row's length; build/native/ariadne_rank.so (src/search/native/ariadne_rank.c,
 * built by scripts/setup.sh) computes the same scores, bit for bit, with the lengths held in memory. When the
 * extension is missing, or ARIADNE_RANKER=bm25, the expression is plain bm25(); the ranking is the same.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

/** Column weights of doc_fts (terms, title, facets): a word in the title counts four times. */
export const COLUMN_WEIGHTS = [1.0, 4.0, 0.0] as const;

/** The compiled extension, from src/store/sqlite or dist/store/sqlite alike. */
export const RANKER_PATH = fileURLToPath(new URL('../../../build/native/ariadne_rank.so', import.meta.url));

export type RankerName = 'ariadne_rank' | 'bm25';

/** Loads the ranker into `db` when it can; returns the rank expression for doc_fts and which ranker it is. */
export function loadRanker(db: Database.Database, want: RankerName | undefined = process.env.ARIADNE_RANKER as RankerName | undefined): { expr: string; name: RankerName } {
  const weights = COLUMN_WEIGHTS.map((w) => w.toFixed(1)).join(', ');
  const bm25 = { expr: `bm25(doc_fts, ${weights})`, name: 'bm25' as const };
  if (want === 'bm25' || !existsSync(RANKER_PATH)) return bm25;
  try {
    db.loadExtension(RANKER_PATH);
  } catch {
    return bm25;
  }
  return { expr: `ariadne_rank(doc_fts, 'doc_fts', ${weights})`, name: 'ariadne_rank' };
}
