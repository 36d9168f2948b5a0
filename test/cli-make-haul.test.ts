/** `ariadne make-haul` from the built CLI: progress on stderr, a summary with the time taken, clear errors. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;

describe('ariadne make-haul', () => {
  it('writes a haul, shows progress and prints the time taken', () => {
    expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
    const out = mkdtempSync(join(tmpdir(), 'ariadne-cli-'));
    const r = spawnSync('node', [CLI, 'make-haul', '--out', out, '--docs', '25', '--seed', '4'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/wrote 25 documents in \d+ files .* in [\d.]+ s/);
    expect(r.stderr).toMatch(/make-haul \[.*\] \d+% \| \d+\/\d+ files/);
    expect(existsSync(join(out, 'truth.json'))).toBe(true);
    expect(existsSync(join(out, 'known-files.txt'))).toBe(true);

    // A second run into the same folder refuses, unless --force.
    const again = spawnSync('node', [CLI, 'make-haul', '--out', out, '--docs', '25'], { encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not empty: choose another --out or pass --force/);
    const json = execFileSync('node', [CLI, 'make-haul', '--out', out, '--docs', '25', '--seed', '4', '--force', '--quiet', '--json'], { encoding: 'utf8' });
    expect(JSON.parse(json.trim())).toMatchObject({ documents: 25, seed: 4 });
  });

  it('rejects a bad document count with a clear message', () => {
    const r = spawnSync('node', [CLI, 'make-haul', '--out', '/tmp/x', '--docs', 'many'], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--docs must be a positive integer/);
  });
});
