/**
 * Benchmark: search latency over a fixed set of 200 queries (Arabic and Latin names, phrases, places, prefixes,
 * boolean operators, filters) at the size of a generated haul (10,000 documents) and at BENCH_SCALE documents
 * (default 1,000,000; the haul's documents copied with a distinguishing term), with ripgrep scanning the same
 * text as the no-index baseline. Prints p50/p95; asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHaul } from '../src/haul/write.js';
import { ingest } from '../src/ingest/ingest.js';
import { facetsOf, SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import { search } from '../src/search/search.js';
import { termsOf } from '../src/ingest/extract-task.js';
import type { Truth } from '../src/haul/truth.js';
import { benchQueries } from './lib/queries.js';

const docs = Number(process.env.BENCH_DOCS ?? 10_000);
const scale = Number(process.env.BENCH_SCALE ?? 1_000_000);
const work = mkdtempSync(join(tmpdir(), 'ariadne-bench-search-'));
const haulDir = process.env.BENCH_HAUL ?? join(work, 'h');
if (!existsSync(join(haulDir, 'truth.json'))) {
  console.log(`making a ${docs}-document haul...`);
  await makeHaul({ out: haulDir, docs, seed: 1 });
}
const caseDir = process.env.BENCH_CASE ?? join(work, 'case');
if (!existsSync(join(caseDir, 'case.db'))) {
  console.log('ingesting it (no OCR)...');
  await ingest({ caseDir, paths: [join(haulDir, 'haul')], label: 'bench', ocr: false });
}
const truth = JSON.parse(readFileSync(join(haulDir, 'truth.json'), 'utf8')) as Truth;

/** The query classes, in the order queries() makes them, with their counts. */
const CLASSES: [string, number][] = [['arabic name', 50], ['latin name', 30], ['phrase', 30], ['city', 20], ['word + type + lang', 20], ['prefix*', 15], ['OR / -word', 15], ['word + dates', 20]];

function measure(store: SqliteCaseStore, qs: string[]): { p50: number; p95: number; mean: number; hits: number; byClass: string } {
  for (const q of qs.slice(0, 20)) search(store, q, { limit: 20 });
  const times: number[] = [];
  let hits = 0;
  for (const q of qs) {
    const t = performance.now();
    hits += search(store, q, { limit: 20 }).hits.length;
    times.push(performance.now() - t);
  }
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
  };
  let at = 0;
  const byClass = CLASSES.map(([name, n]) => {
    const xs = times.slice(at, (at += n));
    return `${name} p50 ${pct(xs, 0.5).toFixed(0)} / p95 ${pct(xs, 0.95).toFixed(0)} ms`;
  }).join('; ');
  return { p50: pct(times, 0.5), p95: pct(times, 0.95), mean: times.reduce((s, x) => s + x, 0) / times.length, hits, byClass };
}

/** ripgrep over the same text, for the Latin and Arabic words of the queries (no index: a full scan each time). */
function ripgrep(textFile: string, qs: string[]): number {
  const words = qs.slice(0, 20).map((q) => q.replace(/["*]|\w+:\S+|\bOR\b|-\w+/g, ' ').trim().split(/\s+/)[0] ?? 'x');
  const t = performance.now();
  for (const w of words) spawnSync('rg', ['-c', '-F', '-i', w, textFile], { stdio: 'ignore' });
  return (performance.now() - t) / words.length;
}

const qs = benchQueries(truth);
const store = SqliteCaseStore.open(caseDir);
const n = (store.db.prepare("SELECT count(*) n FROM documents WHERE status = 'done'").get() as { n: number }).n;
const small = measure(store, qs);
const texts = store.db.prepare("SELECT rowid, sha256, mime, text, title, languages, doc_date FROM documents WHERE status = 'done' AND text IS NOT NULL AND text != ''").all() as Record<string, string | number | null>[];
store.close();

const hasRg = spawnSync('rg', ['--version']).status === 0;
const textFile = join(work, 'all.txt');
{
  const out = createWriteStream(textFile);
  for (const t of texts) out.write(String(t.text).replace(/\n/g, ' ') + '\n');
  await new Promise((r) => out.end(r));
}
console.log(`${n} documents: p50 ${small.p50.toFixed(1)} ms, p95 ${small.p95.toFixed(1)} ms, mean ${small.mean.toFixed(1)} ms over ${qs.length} queries (${small.hits} hits)`);
console.log(`  by class: ${small.byClass}`);
if (hasRg) console.log(`  ripgrep, no index, same text: ${ripgrep(textFile, qs).toFixed(1)} ms per query`);

// Scale up: copies of every document, each with its own id and a distinguishing term.
const bigCase = join(work, 'big');
execFileSync('mkdir', ['-p', bigCase]);
copyFileSync(join(caseDir, 'case.db'), join(bigCase, 'case.db'));
const big = SqliteCaseStore.open(bigCase);
const copies = Math.max(1, Math.ceil(scale / Math.max(1, texts.length)));
const terms = texts.map((t) => termsOf(String(t.text)));
const titleTerms = texts.map((t) => termsOf(String(t.title ?? '')));
console.log(`scaling to ${copies * texts.length} documents (${copies} copies of ${texts.length} with text)...`);
const t0 = performance.now();
big.db.pragma('synchronous = OFF');
const insDoc = big.db.prepare("INSERT INTO documents (sha256, mime, depth, status, text, title, languages, doc_date) VALUES (?, ?, 0, 'done', ?, ?, ?, ?)");
const insBlob = big.db.prepare("INSERT INTO blobs (sha256, sha1, md5, size, mime, stored) VALUES (?, '', '', 0, ?, 0)");
const insFts = big.db.prepare('INSERT INTO doc_fts (rowid, terms, title, facets) VALUES (?, ?, ?, ?)');
const facets = texts.map((t) => facetsOf(String(t.mime), JSON.parse(String(t.languages ?? '[]')) as string[], t.doc_date === null ? null : String(t.doc_date)));
for (let c = 1; c < copies; c++) {
  big.transaction(() => {
    texts.forEach((t, i) => {
      const sha = `${String(t.sha256).slice(0, 56)}${c.toString(16).padStart(8, '0')}`;
      insBlob.run(sha, t.mime);
      const rowid = Number(insDoc.run(sha, t.mime, t.text, t.title, t.languages, t.doc_date).lastInsertRowid);
      insFts.run(rowid, `${terms[i]} copy${c}`, titleTerms[i], facets[i]);
    });
  });
  if (c % 10 === 0) process.stderr.write(`  ${c}/${copies} copies\r`);
}
big.db.exec("INSERT INTO doc_fts(doc_fts) VALUES('optimize')");
const buildS = (performance.now() - t0) / 1000;
const bigN = (big.db.prepare("SELECT count(*) n FROM documents WHERE status = 'done'").get() as { n: number }).n;
const large = measure(big, qs);
const ranker = big.ranker.name;
big.close();
console.log(`${bigN} documents (built in ${buildS.toFixed(0)} s), ranked by ${ranker}: p50 ${large.p50.toFixed(1)} ms, p95 ${large.p95.toFixed(1)} ms, mean ${large.mean.toFixed(1)} ms (target p95 < 50 ms)`);
console.log(`  by class: ${large.byClass}`);
// The same queries ranked by FTS5's own bm25() (the same scores, computed without the in-memory row lengths).
process.env.ARIADNE_RANKER = 'bm25';
const plain = SqliteCaseStore.open(bigCase);
const viaBm25 = measure(plain, qs);
plain.close();
delete process.env.ARIADNE_RANKER;
console.log(`  ranked by FTS5 bm25(): p50 ${viaBm25.p50.toFixed(1)} ms, p95 ${viaBm25.p95.toFixed(1)} ms; ${ranker} / bm25() p95 = ${(large.p95 / viaBm25.p95).toFixed(2)}`);
if (hasRg) {
  const bigText = join(work, 'big.txt');
  execFileSync('bash', ['-c', `for i in $(seq ${copies}); do cat '${textFile}'; done > '${bigText}'`]);
  console.log(`  ripgrep, no index, same ${bigN} documents' text: ${ripgrep(bigText, qs).toFixed(1)} ms per query`);
}
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
