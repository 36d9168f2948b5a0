/**
 * Benchmark: `make-haul` at the size (10,000 documents by default; BENCH_DOCS to change), against a peer
 * measured in the same run: copying the finished haul with `cp -r` (the I/O floor for writing those bytes).
 * Prints figures and ratios; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHaul } from '../src/haul/write.js';

const docs = Number(process.env.BENCH_DOCS ?? 10_000);
const out = mkdtempSync(join(tmpdir(), 'ariadne-bench-haul-'));
const t0 = performance.now();
const r = await makeHaul({ out, docs, seed: 1 });
const genMs = performance.now() - t0;
const maxRssMb = process.resourceUsage().maxRSS / 1024;

const copy = join(out, 'copy');
const t1 = performance.now();
execFileSync('cp', ['-r', join(out, 'haul'), copy]);
const cpMs = performance.now() - t1;

const perDoc = (d: number) => ((genMs / d) * 1000).toFixed(0);
console.log(`make-haul --docs ${docs}: ${(genMs / 1000).toFixed(1)} s (${(docs / (genMs / 1000)).toFixed(1)} documents/s, ${perDoc(docs)} µs/document)`);
console.log(`  files ${r.files}, ${(r.bytes / 1e6).toFixed(1)} MB, peak RSS ${maxRssMb.toFixed(0)} MB, target < 300 s: ${genMs < 300_000 ? 'met' : 'MISSED'}`);
console.log(`peer cp -r of the same haul: ${(cpMs / 1000).toFixed(1)} s; generation / copy = ${(genMs / cpMs).toFixed(1)}x`);
rmSync(out, { recursive: true, force: true });
