/**
 * The ariadne_rank extension (src/search/native/ariadne_rank.c) must give FTS5's bm25() scores bit for bit, for
 * every matching row, for every kind of query; and its in-memory row lengths must follow the index when it
 * changes, through this connection or another.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.js';
import { parseQuery } from '../src/search/query.js';
import { search } from '../src/search/search.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import { loadRanker } from '../src/store/sqlite/ranker.js';

const WORDS = ['أبو', 'حمزة', 'العبيدي', 'مبلغ', 'دولار', 'الرقة', 'Hamza', 'transfer', 'meeting', 'Gaziantep', 'ledger', 'office', 'brother', 'Raqqa'];
let dir: string;
let caseDir: string;

/** A deterministic text: `n` words drawn from WORDS with repetitions, so term frequencies and lengths vary. */
function text(seed: number, n: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[(x >>> 8) % (i % 3 === 0 ? 4 : WORDS.length)]!);
  }
  return out.join(' ');
}

function writeDocs(folder: string, from: number, count: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = from; i < from + count; i++) writeFileSync(join(folder, `doc-${i}.txt`), text(i, 5 + ((i * 37) % 200)));
}

const QUERIES = ['حمزة', 'أبو حمزة', '"أبو حمزة"', 'Hamza OR transfer', 'ledger -Raqqa', 'Gazi*', 'H*', 'brother office meeting', '(مبلغ OR دولار) الرقة'];

/** Every matching row's score under both rankers, in rowid order. */
function scores(db: Database.Database, expr: string, q: string): { rowid: number; rank: number }[] {
  const match = `{terms title} : (${parseQuery(q).match})`;
  return db.prepare(`SELECT rowid, ${expr} AS rank FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid`).all(match) as { rowid: number; rank: number }[];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ariadne-rank-'));
  writeDocs(join(dir, 'a'), 0, 300);
  caseDir = join(dir, 'case');
  await ingest({ caseDir, paths: [join(dir, 'a')], label: 'a', ocr: false });
}, 300_000);

describe('ariadne_rank', () => {
  it('is loaded, and scores every matching row exactly as bm25()', () => {
    const store = SqliteCaseStore.open(caseDir);
    expect(store.ranker.name).toBe('ariadne_rank');
    let rows = 0;
    for (const q of QUERIES) {
      const bm25 = scores(store.db, 'bm25(doc_fts, 1.0, 4.0, 0.0)', q);
      const ours = scores(store.db, store.ranker.expr, q);
      expect(ours, q).toEqual(bm25);
      expect(new Set(bm25.map((r) => r.rank)).size, q).toBeGreaterThan(3);
      rows += bm25.length;
    }
    expect(rows).toBeGreaterThan(1000);
    store.close();
  });

  it('follows the index when another connection adds documents, and when its own connection re-indexes one', async () => {
    const store = SqliteCaseStore.open(caseDir);
    const check = () => {
      for (const q of QUERIES) expect(scores(store.db, store.ranker.expr, q), q).toEqual(scores(store.db, 'bm25(doc_fts, 1.0, 4.0, 0.0)', q));
    };
    check();
    // Another connection (ingest opens its own) adds 100 documents.
    writeDocs(join(dir, 'b'), 300, 100);
    await ingest({ caseDir, paths: [join(dir, 'b')], label: 'b', ocr: false });
    check();
    // This connection re-indexes a document under the same rowid with a different length.
    const { rowid } = store.db.prepare('SELECT min(rowid) rowid FROM doc_fts').get() as { rowid: number };
    store.db.prepare('DELETE FROM doc_fts WHERE rowid = ?').run(rowid);
    store.db.prepare('INSERT INTO doc_fts (rowid, terms, title, facets) VALUES (?, ?, ?, ?)').run(rowid, 'حمز '.repeat(3) + 'ledger '.repeat(400), '', '');
    check();
    store.close();
  }, 300_000);

  it('gives search the same hits in the same order as bm25()', () => {
    const store = SqliteCaseStore.open(caseDir);
    const fallback = SqliteCaseStore.open(caseDir);
    const plain = loadRanker(fallback.db, 'bm25');
    expect(plain.name).toBe('bm25');
    Object.assign(fallback, { ranker: plain });
    for (const q of QUERIES) {
      const a = search(store, q, { limit: 30 }).hits.map((h) => [h.id, h.rank]);
      const b = search(fallback, q, { limit: 30 }).hits.map((h) => [h.id, h.rank]);
      expect(a, q).toEqual(b);
      expect(a.length, q).toBeGreaterThan(0);
    }
    store.close();
    fallback.close();
  });
});
