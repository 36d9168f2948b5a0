/** Shared by the haul tests: make a small haul once per test file, and read the truth. */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHaul } from '../src/haul/write.js';
import type { Truth } from '../src/haul/truth.js';

export const SMALL_DOCS = 300;

export async function smallHaul(seed = 1, docs = SMALL_DOCS): Promise<{ dir: string; truth: Truth }> {
  const dir = mkdtempSync(join(tmpdir(), `ariadne-haul-${seed}-`));
  await makeHaul({ out: dir, docs, seed });
  const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as Truth;
  return { dir, truth };
}

/** Where the shared third-party data and standards live (beside the repository). */
export const SHARED = new URL('../../shared/', import.meta.url).pathname;
