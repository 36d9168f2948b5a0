/**
 * `kill -9` at any instant during ingest, then the same command again: the case ends with exactly the documents,
 * files and index rows an uninterrupted run gives, none lost, none duplicated.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallHaul } from './haul-helpers.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';

const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;

/** Everything that must match between the two cases, independent of row ids and times. */
function fingerprint(caseDir: string): { documents: string[]; files: string[]; fts: number; mentions: string[]; entities: string[] } {
  const store = SqliteCaseStore.open(caseDir);
  const documents = (store.db.prepare('SELECT sha256, mime, status, error_reason, text, languages FROM documents ORDER BY sha256').all() as Record<string, unknown>[]).map(
    (d) => `${d.sha256} ${d.mime} ${d.status} ${d.error_reason} ${createHash('sha256').update(String(d.text)).digest('hex')} ${d.languages}`,
  );
  const files = (store.db.prepare('SELECT path, chain, sha256, error FROM files ORDER BY path, chain').all() as Record<string, unknown>[]).map((f) => `${f.path}|${f.chain}|${f.sha256}|${f.error}`);
  const fts = (store.db.prepare('SELECT count(*) n FROM doc_fts').get() as { n: number }).n;
  // Mentions by document content (row ids differ between runs) and the resolved entities.
  const mentions = (store.db.prepare('SELECT d.sha256, m.type, m.start, m."end", m.value, m.entity FROM mentions m JOIN documents d ON d.rowid = m.doc ORDER BY d.sha256, m.start, m.type').all() as Record<string, unknown>[]).map(
    (m) => `${m.sha256}|${m.type}|${m.start}|${m.end}|${m.value}|${m.entity}`,
  );
  const entities = (store.db.prepare('SELECT id, type, mentions FROM entities ORDER BY id').all() as Record<string, unknown>[]).map((e) => `${e.id}|${e.type}|${e.mentions}`);
  store.close();
  return { documents, files, fts, mentions, entities };
}

function run(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const p = spawn('node', [CLI, ...args], { stdio: 'ignore' });
    p.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

let haul: string;
let reference: ReturnType<typeof fingerprint>;
let killed: ReturnType<typeof fingerprint>;
let kills = 0;

beforeAll(async () => {
  expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
  const h = await smallHaul(9, 120);
  haul = join(h.dir, 'haul');
  const refCase = mkdtempSync(join(tmpdir(), 'ariadne-ref-'));
  const ref = spawnSync('node', [CLI, 'ingest', haul, '--case', refCase, '--source', 'seized', '--no-ocr', '--quiet'], { encoding: 'utf8' });
  expect(ref.status, ref.stderr).toBe(0);
  reference = fingerprint(refCase);

  const killCase = mkdtempSync(join(tmpdir(), 'ariadne-kill-'));
  const args = ['ingest', haul, '--case', killCase, '--source', 'seized', '--no-ocr', '--quiet'];
  // Kill at growing delays until a run finishes on its own; every run resumes the previous one.
  for (const delay of [150, 400, 700, 1000, 1400, 1900, 2500, 3200, 4000, 5000, 6500, 8000]) {
    const p = spawn('node', [CLI, ...args], { stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => p.on('exit', (code) => r(code)));
    const timer = setTimeout(() => p.kill('SIGKILL'), delay);
    const code = await exited;
    clearTimeout(timer);
    if (code === 0) break;
    kills += 1;
  }
  const last = await run(args);
  expect(last.code).toBe(0);
  killed = fingerprint(killCase);
}, 900_000);

describe('ingest killed with SIGKILL and run again', () => {
  it('was really killed several times mid-run', () => {
    expect(kills).toBeGreaterThanOrEqual(3);
  });

  it('ends with exactly the documents, files and index rows of an uninterrupted run', () => {
    expect(killed.files).toEqual(reference.files);
    expect(killed.documents).toEqual(reference.documents);
    expect(killed.fts).toBe(reference.fts);
    expect(reference.documents.length).toBeGreaterThan(100);
  });

  it('ends with exactly the mentions and entities of an uninterrupted run', () => {
    expect(reference.mentions.length).toBeGreaterThan(500);
    expect(killed.mentions).toEqual(reference.mentions);
    expect(killed.entities).toEqual(reference.entities);
  });
});
