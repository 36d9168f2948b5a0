/**
 * Benchmark: ingest of a generated haul (BENCH_DOCS documents, default 10,000), side by side with Recoll
 * (`recollindex` with a fresh configuration over the same folder) as the peer. Prints files/s, MB/s, peak RSS,
 * time per stage, and the ratio to Recoll; then OCR pages/s against `tesseract` run directly on the same pages
 * with the same parallelism. Asserts nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHaul } from '../src/haul/write.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';

// The compiled ingest (npm run build), so worker threads start as they do in production rather than via tsx.
const dist = new URL('../dist/ingest/ingest.js', import.meta.url).href;
const { ingest } = (await import(existsSync(new URL(dist)) ? dist : '../src/ingest/ingest.js')) as typeof import('../src/ingest/ingest.js');

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

/** Peak RSS of a child process tree is not visible from here; ingest runs in-process so its maxRSS is ours. */
const rssBefore = process.resourceUsage().maxRSS;
const t0 = performance.now();
// The case is kept where BENCH_CASE says, so the search benchmark can reuse it.
const caseDir = process.env.BENCH_CASE ?? join(work, 'case');
rmSync(caseDir, { recursive: true, force: true });
const s = await ingest({ caseDir, paths: [haul], label: 'bench', ocr: false });
const ingestMs = performance.now() - t0;
const peakMb = Math.max(rssBefore, process.resourceUsage().maxRSS) / 1024;

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

// OCR: the scanned pages of the haul, through ingest's OCR and through tesseract directly, same parallelism.
const store = SqliteCaseStore.open(caseDir);
const images = (store.db.prepare("SELECT f.path FROM files f JOIN documents d USING (sha256) WHERE f.chain = '' AND d.mime IN ('image/png','image/jpeg') AND f.path LIKE '%can%' ").all() as { path: string }[]).slice(0, Number(process.env.BENCH_OCR_PAGES ?? 40));
store.close();
if (images.length > 0) {
  const ocrSrc = join(work, 'ocr-src');
  mkdirSync(ocrSrc);
  for (const [i, im] of images.entries()) execFileSync('cp', [join(haul, im.path), join(ocrSrc, `${i}-${im.path.split('/').pop()}`)]);
  const t2 = performance.now();
  await ingest({ caseDir: join(work, 'case-ocr'), paths: [ocrSrc], label: 'ocr', ocr: true });
  const oursMs = performance.now() - t2;
  // The same pages with the same single pass as the peer (ara+eng), to separate the pipeline's cost from the
  // default's second reading of Arabic pages.
  process.env.ARIADNE_OCR_LANGS = 'ara+eng';
  const t4 = performance.now();
  await ingest({ caseDir: join(work, 'case-ocr-single'), paths: [ocrSrc], label: 'ocr', ocr: true });
  const singleMs = performance.now() - t4;
  delete process.env.ARIADNE_OCR_LANGS;
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
  console.log(`  ariadne, default (ara+eng, Arabic pages re-read with ara): ${rate(oursMs)} pages/s, ratio ${(directMs / oursMs).toFixed(2)} (target >= 0.9)`);
  console.log(`  ariadne, ARIADNE_OCR_LANGS=ara+eng (the peer's single pass): ${rate(singleMs)} pages/s, ratio ${(directMs / singleMs).toFixed(2)}`);
}
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
