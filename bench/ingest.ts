/**
 * Benchmark: ingest of a generated haul (BENCH_DOCS documents, default 10,000), side by side with Recoll
 * (`recollindex` with a fresh configuration over the same folder) as the peer. Recoll extracts and indexes, so
 * the comparison is with ingest's extraction and indexing (the entities and analysis stages off); the default
 * ingest, with those stages, is measured too, and their cost printed. Each ingest runs in its own process
 * (bench/lib/ingest-child.ts) so its peak RSS is its own. Then OCR pages/s against `tesseract` run directly on
 * the same pages with the same parallelism. Asserts nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHaul } from '../src/haul/write.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';

import type { IngestSummary } from '../src/ingest/ingest.js';

/** One ingest in a child process: its wall time, its own peak RSS and its summary. */
function ingestChild(caseDir: string, opts: { paths: string[]; ocr?: boolean; entities?: boolean; label?: string }, env: NodeJS.ProcessEnv = process.env): { ms: number; peakMb: number; summary: IngestSummary } {
  const out = execFileSync('npx', ['tsx', 'bench/lib/ingest-child.ts', caseDir, JSON.stringify(opts)], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; peakMb: number; summary: IngestSummary };
}

const docs = Number(process.env.BENCH_DOCS ?? 10_000);
const work = mkdtempSync(join(tmpdir(), 'ariadne-bench-ingest-'));
const haulDir = process.env.BENCH_HAUL ?? join(work, 'h');
if (!existsSync(join(haulDir, 'truth.json'))) {
  console.log(`making a ${docs}-document haul...`);
  await makeHaul({ out: haulDir, docs, seed: 1 });
}
const haul = join(haulDir, 'haul');
const du = Number(execFileSync('du', ['-sb', haul], { encoding: 'utf8' }).split('\t')[0]);
const fileCount = Number(execFileSync('bash', ['-c', `find '${haul}' -type f | wc -l`], { encoding: 'utf8' }).trim());

// The case is kept where BENCH_CASE says, so the search benchmark can reuse it.
const caseDir = process.env.BENCH_CASE ?? join(work, 'case');
// BENCH_OCR_ONLY=1 with an existing BENCH_CASE: only the OCR comparison, on that case's scans.
if (!(process.env.BENCH_OCR_ONLY && existsSync(join(caseDir, 'case.db')))) {
  rmSync(caseDir, { recursive: true, force: true });
  const plain = ingestChild(caseDir, { paths: [haul], entities: false });
  const s = plain.summary;
  const ingestMs = plain.ms;
  const peakMb = plain.peakMb;
  // The default ingest: extraction and indexing, then entities (recognition in the workers, resolution) and analysis.
  const fullCase = join(work, 'case-full');
  const full = ingestChild(fullCase, { paths: [haul] });
  rmSync(fullCase, { recursive: true, force: true });

  // Recoll, same folder, fresh configuration, default file types (no OCR).
  const conf = join(work, 'recoll');
  mkdirSync(conf);
  writeFileSync(join(conf, 'recoll.conf'), `topdirs = ${haul}\nloglevel = 1\nidxflushmb = 50\nthrQSizes = -1 -1 -1\n`);
  const t1 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const p = spawn('recollindex', ['-c', conf, '-z'], { stdio: 'ignore' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`recollindex exited ${code}`))));
  });
  const recollMs = performance.now() - t1;

  const mb = du / 1e6;
  console.log(`haul: ${fileCount} files, ${mb.toFixed(1)} MB`);
  console.log(`ariadne ingest (no OCR): ${(ingestMs / 1000).toFixed(1)} s — ${(fileCount / (ingestMs / 1000)).toFixed(1)} files/s, ${(mb / (ingestMs / 1000)).toFixed(1)} MB/s, peak RSS ${peakMb.toFixed(0)} MB (main thread and workers)`);
  console.log(`  stages: walk+hash+store ${(s.walkMs / 1000).toFixed(1)} s, extract+index ${(s.extractMs / 1000).toFixed(1)} s; ${s.extracted} documents extracted, ${s.errors} errors`);
  console.log(`recollindex (peer): ${(recollMs / 1000).toFixed(1)} s — ${(fileCount / (recollMs / 1000)).toFixed(1)} files/s`);
  console.log(`throughput ratio ariadne / recoll = ${(recollMs / ingestMs).toFixed(2)} (target >= 1.5)`);
  const fs = full.summary;
  console.log(`ariadne ingest, default (entities and analysis too): ${(full.ms / 1000).toFixed(1)} s, peak RSS ${full.peakMb.toFixed(0)} MB; extract+index ${(fs.extractMs / 1000).toFixed(1)} s, resolution and screening ${(fs.resolveMs / 1000).toFixed(1)} s, analysis ${(fs.analyseMs / 1000).toFixed(1)} s`);
  console.log(`  the entities and analysis stages add ${(((full.ms - ingestMs) / ingestMs) * 100).toFixed(0)} % to ingest (targets: entities at most 30 %, analysis at most 20 %)`);
}

// OCR: the scanned pages of the haul, through ingest's OCR and through tesseract directly, same parallelism.
const store = SqliteCaseStore.open(caseDir);
const images = (store.db.prepare("SELECT f.path FROM files f JOIN documents d USING (sha256) WHERE f.chain = '' AND d.mime IN ('image/png','image/jpeg') AND f.path LIKE '%can%' ").all() as { path: string }[]).slice(0, Number(process.env.BENCH_OCR_PAGES ?? 40));
store.close();
if (images.length > 0) {
  const ocrSrc = join(work, 'ocr-src');
  mkdirSync(ocrSrc);
  for (const [i, im] of images.entries()) execFileSync('cp', [join(haul, im.path), join(ocrSrc, `${i}-${im.path.split('/').pop()}`)]);
  // OCR alone: the entities and analysis stages off, as for the comparison with Recoll.
  const oursMs = ingestChild(join(work, 'case-ocr'), { paths: [ocrSrc], label: 'ocr', ocr: true, entities: false }).ms;
  // The same pages with the same single pass as the peer (ara+eng), to separate the pipeline's cost from the
  // default's second reading of Arabic pages.
  const singleMs = ingestChild(join(work, 'case-ocr-single'), { paths: [ocrSrc], label: 'ocr', ocr: true, entities: false }, { ...process.env, ARIADNE_OCR_LANGS: 'ara+eng' }).ms;
  const files = readdirSync(ocrSrc);
  const par = availableParallelism();
  const t3 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: par }, async () => {
      while (next < files.length) {
        const f = files[next++] as string;
        await new Promise<void>((resolve) => {
          const p = spawn('tesseract', [join(ocrSrc, f), 'stdout', '-l', 'ara+eng', 'tsv'], { stdio: 'ignore', env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
          p.on('exit', () => resolve());
        });
      }
    }),
  );
  const directMs = performance.now() - t3;
  const rate = (ms: number) => (files.length / (ms / 1000)).toFixed(2);
  console.log(`OCR on ${files.length} scanned pages, ${par} at a time: tesseract directly (-l ara+eng) ${rate(directMs)} pages/s`);
  console.log(`  ariadne, default ('auto': a probe picks ara or eng, doubtful words re-read): ${rate(oursMs)} pages/s, ratio ${(directMs / oursMs).toFixed(2)} (target >= 0.9)`);
  console.log(`  ariadne, ARIADNE_OCR_LANGS=ara+eng (the peer's single pass): ${rate(singleMs)} pages/s, ratio ${(directMs / singleMs).toFixed(2)}`);
}
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
