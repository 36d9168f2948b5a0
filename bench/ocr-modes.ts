/**
 * Benchmark: OCR strategies on the haul's scanned pages, against the text the generator put on them. For each
 * mode: mean character error rate by page language, pages/s (two pages at a time) and the CPU seconds of
 * Tesseract and Ariadne together (from bash's `times`, so other load on the machine does not count).
 *   npx tsx bench/ocr-modes.ts [HAUL_DIR] [PAGES]      (default: a 1,000-document haul made here, 60 pages)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTesseractOcr } from '../src/extract/ocr.js';
import type { Truth, TruthDocument } from '../src/haul/truth.js';
import { makeHaul } from '../src/haul/write.js';

const MODES = ['ara+eng', 'auto', 'ara'];

/** Folds what OCR cannot or need not tell apart: whitespace, bidi marks, Arabic letter variants and marks. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/\s+/g, ' ')
    .trim();
}

function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

/** One mode, in this process: prints one JSON line. */
async function runMode(haul: string, mode: string, pages: number): Promise<void> {
  const truth = JSON.parse(readFileSync(join(haul, 'truth.json'), 'utf8')) as Truth;
  const scans = truth.documents.filter((d) => d.scanned && d.text && d.inner.length === 0 && !d.duplicate_of).slice(0, pages);
  const ocr = createTesseractOcr({ languages: mode });
  const results: { doc: TruthDocument; cer: number }[] = [];
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (let d = scans[next++]; d; d = scans[next++]) {
      const bytes = readFileSync(join(haul, 'haul', d.path));
      const r = d.path.endsWith('.pdf') ? await ocr.pdfPage(bytes, 1) : await ocr.image(bytes);
      const ref = fold(d.text ?? '');
      results.push({ doc: d, cer: distance(ref, fold(r.text)) / Math.max(1, [...ref].length) });
    }
  };
  await Promise.all([worker(), worker()]);
  const seconds = (performance.now() - t0) / 1000;
  const mean = (f: (d: TruthDocument) => boolean) => {
    const xs = results.filter((r) => f(r.doc));
    return { cer: xs.reduce((s, r) => s + r.cer, 0) / Math.max(1, xs.length), n: xs.length };
  };
  const latin = (d: TruthDocument) => /[A-Za-z]/.test(d.text ?? '');
  console.log(
    JSON.stringify({
      mode,
      pages: results.length,
      pagesPerSecond: results.length / seconds,
      all: mean(() => true),
      arabic: mean((d) => d.languages[0] === 'ar' && !latin(d)),
      arabicWithLatin: mean((d) => d.languages[0] === 'ar' && latin(d)),
      english: mean((d) => d.languages[0] === 'en'),
      french: mean((d) => d.languages[0] === 'fr'),
    }),
  );
}

const [, , first, second, third] = process.argv;
if (first === '--mode') {
  await runMode(second!, third!, Number(process.env.BENCH_OCR_PAGES ?? 60));
} else {
  const haul = first ?? join(mkdtempSync(join(tmpdir(), 'ariadne-bench-ocr-')), 'h');
  if (!existsSync(join(haul, 'truth.json'))) {
    console.log('making a 1,000-document haul...');
    await makeHaul({ out: haul, docs: 1000, seed: 1 });
  }
  process.env.BENCH_OCR_PAGES = second ?? '60';
  execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
  const rows: Record<string, unknown>[] = [];
  for (const mode of MODES) {
    // bash's `times` prints the CPU time of the finished children (node and every Tesseract it ran).
    const out = spawnSync('bash', ['-c', `npx tsx bench/ocr-modes.ts --mode "$1" "$2" && times`, 'x', haul, mode], { encoding: 'utf8', env: process.env });
    const lines = out.stdout.trim().split('\n');
    const row = JSON.parse(lines.find((l) => l.startsWith('{')) ?? '{}') as Record<string, unknown>;
    const [user = 0, sys = 0] = [...(lines[lines.length - 1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    rows.push({ ...row, cpuSeconds: user + sys });
  }
  const base = rows[0]!.cpuSeconds as number;
  const f = (x: { cer: number; n: number }) => `${x.cer.toFixed(3)} (${x.n})`;
  console.log('mode       pages/s  CPU s  speed vs ara+eng (CPU)  CER all       arabic        arabic+latin  english       french');
  for (const r of rows as any[]) {
    console.log(`${r.mode.padEnd(10)} ${r.pagesPerSecond.toFixed(2).padStart(7)}  ${r.cpuSeconds.toFixed(1).padStart(5)}  ${(base / r.cpuSeconds).toFixed(2).padStart(22)}  ${f(r.all).padEnd(12)}  ${f(r.arabic).padEnd(12)}  ${f(r.arabicWithLatin).padEnd(12)}  ${f(r.english).padEnd(12)}  ${f(r.french)}`);
  }
}
