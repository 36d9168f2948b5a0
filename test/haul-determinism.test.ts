/** The same seed gives a byte-identical haul and truth; another seed gives another haul. */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallHaul } from './haul-helpers.js';

async function manifest(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const st = await stat(p);
        const rel = relative(dir, p);
        // Files of the haul carry their fictional times; truth.json and known-files.txt are stamped when written.
        const time = rel.startsWith('haul/') ? ` ${st.mtime.toISOString()}` : '';
        out.set(rel, `${createHash('sha256').update(await readFile(p)).digest('hex')}${time}`);
      }
    }
  }
  await walk(dir);
  return out;
}

describe('make-haul determinism', () => {
  let a: Map<string, string>;
  let b: Map<string, string>;
  let c: Map<string, string>;
  beforeAll(async () => {
    const [ha, hb, hc] = [await smallHaul(7, 120), await smallHaul(7, 120), await smallHaul(8, 120)];
    [a, b, c] = await Promise.all([manifest(ha.dir), manifest(hb.dir), manifest(hc.dir)]);
  });

  it('writes byte-identical files, times and truth for the same seed', () => {
    expect(a.size).toBeGreaterThan(90);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, digest] of a) expect(b.get(path), path).toBe(digest);
    expect(a.get('truth.json')).toBe(b.get('truth.json'));
  });

  it('writes a different haul for another seed', () => {
    expect(c.get('truth.json')).not.toBe(a.get('truth.json'));
    const shared = [...a.keys()].filter((k) => c.has(k) && k !== 'known-files.txt');
    const same = shared.filter((k) => a.get(k) === c.get(k));
    expect(same.length).toBeLessThan(shared.length / 2 + 1);
  });
});
