/**
 * The writer: renders a planned haul to disk (DIR/haul/...) with its truth (DIR/truth.json) and a known-files
 * hash list of the operating-system and program files (DIR/known-files.txt). The only I/O of the generator.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, readdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { planHaul, type HaulPlan, type PlannedFile } from './plan.js';
import { renderSpec } from './render/registry.js';
import { BrowserPool } from './render/browser.js';
import type { RenderContext } from './spec.js';

export interface MakeHaulOptions {
  out: string;
  docs: number;
  seed: number;
  /** Concurrent renders (default: 4; Chromium pages: 2). */
  concurrency?: number;
  /** Replace an existing haul in `out`. */
  force?: boolean;
  onProgress?: (done: number, total: number, bytes: number) => void;
}

export interface MakeHaulResult {
  plan: HaulPlan;
  files: number;
  bytes: number;
  ms: number;
}

/** Runs `tasks` with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length && !failed) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  });
  // Wait for every worker to stop (none starts new work after a failure), then report the first error.
  const results = await Promise.allSettled(workers);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}

async function prepareOut(out: string, force: boolean): Promise<void> {
  const haul = join(out, 'haul');
  const existing = await readdir(haul).catch(() => [] as string[]);
  if (existing.length > 0) {
    if (!force) throw new Error(`${haul} is not empty: choose another --out or pass --force to replace it`);
    await rm(haul, { recursive: true, force: true });
  }
  await mkdir(haul, { recursive: true });
}

export async function makeHaul(opts: MakeHaulOptions): Promise<MakeHaulResult> {
  const t0 = performance.now();
  await prepareOut(opts.out, opts.force ?? false);
  const plan = planHaul({ docs: opts.docs, seed: opts.seed });
  const browser = new BrowserPool({ pages: 2 });
  const ctx: RenderContext = {
    render: (spec) => renderSpec(spec, ctx),
    browser: async () => browser,
  };
  const haul = join(opts.out, 'haul');
  const byDoc = new Map(plan.truth.documents.map((d) => [d.id, d]));
  let done = 0;
  let bytes = 0;
  const finish = async (file: PlannedFile, data: Uint8Array) => {
    const doc = byDoc.get(file.doc);
    if (doc) {
      doc.sha256 = createHash('sha256').update(data).digest('hex');
      doc.bytes = data.byteLength;
    }
    const when = new Date(file.mtime);
    await utimes(join(haul, file.path), when, when);
    done += 1;
    bytes += data.byteLength;
    opts.onProgress?.(done, plan.files.length, bytes);
  };
  try {
    const originals = plan.files.filter((f) => f.spec);
    await pool(originals, opts.concurrency ?? 4, async (file) => {
      const target = join(haul, file.path);
      let data: Uint8Array;
      try {
        data = await renderSpec(file.spec!, ctx);
      } catch (e) {
        throw new Error(`rendering ${file.path} (${file.spec!.kind}) failed: ${(e as Error).message}`, { cause: e });
      }
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, data);
      await finish(file, data);
    });
    for (const file of plan.files.filter((f) => f.copyOf)) {
      const target = join(haul, file.path);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(join(haul, file.copyOf!), target);
      await finish(file, await readFile(target));
    }
  } finally {
    await browser.close();
  }
  await writeFile(join(opts.out, 'truth.json'), JSON.stringify(plan.truth, null, 1) + '\n');
  await writeFile(join(opts.out, 'known-files.txt'), knownFiles(plan));
  return { plan, files: plan.files.length, bytes, ms: performance.now() - t0 };
}

/** SHA-256 of every operating-system and program file: what a known-software hash set (NSRL) would hold. */
function knownFiles(plan: HaulPlan): string {
  const hashes = new Set<string>();
  for (const d of plan.truth.documents) if (d.kind === 'noise' && d.sha256) hashes.add(d.sha256);
  return [...hashes].sort().join('\n') + '\n';
}
