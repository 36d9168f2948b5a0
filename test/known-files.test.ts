/**
 * Known-file hash sets: files whose hash is on an imported list (NSRL RDS CSV or plain hash lines) are recorded as
 * known and not extracted; importing a list after ingest takes matching documents out of search.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import { parseHashList } from '../src/intake/known-files.js';
import { search } from '../src/search/search.js';

const hash = (alg: string, s: string) => createHash(alg).update(s).digest('hex');

describe('known files', () => {
  it('parses NSRL RDS CSV and plain hash lists', () => {
    const nsrl = '"SHA-1","MD5","CRC32","FileName","FileSize","ProductCode","OpSystemCode","SpecialCode"\n"0000002D9D62AEBE1E0E9DB6C4C4C2C3B3B0F3C0","8ED4B4ED952526D89899E723F3488DE4","7A5407CA","wow64_microsoft-windows-i..timezones.resources_31bf3856ad364e35_10.0.16299.579_de-de_e0b4a17d5e9dbc56.manifest","2520","148654","362",""\n';
    expect(parseHashList(nsrl).map((h) => h.hash)).toEqual(['0000002d9d62aebe1e0e9db6c4c4c2c3b3b0f3c0', '8ed4b4ed952526d89899e723f3488de4']);
    const plain = `${'a'.repeat(64)}  kernel32.dll\n# comment\n${'B'.repeat(32)}\nnot a hash\n`;
    expect(parseHashList(plain)).toEqual([{ hash: 'a'.repeat(64), name: 'kernel32.dll' }, { hash: 'b'.repeat(32) }]);
  });

  it('records listed files as known, unextracted and unsearchable, before or after ingest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ariadne-known-'));
    const src = join(dir, 'src');
    mkdirSync(src);
    const texts = { 'setup.log': 'windows setup completed zebra', 'driver.inf': 'driver install notes zebra', 'letter.txt': 'meeting in Gaziantep zebra' };
    for (const [n, t] of Object.entries(texts)) writeFileSync(join(src, n), t);
    const caseDir = join(dir, 'case');
    const store = SqliteCaseStore.open(caseDir);
    // Before ingest: a SHA-256 list names setup.log.
    store.importKnown(parseHashList(`${hash('sha256', texts['setup.log'])}  setup.log\n`), 'os-list');
    store.close();
    await ingest({ caseDir, paths: [src], label: 'pc', ocr: false });
    let s = SqliteCaseStore.open(caseDir);
    const status = (name: string) => (s.db.prepare('SELECT d.status, d.text FROM files f JOIN documents d USING (sha256) WHERE f.name = ?').get(name) as { status: string; text: string | null });
    expect(status('setup.log')).toEqual({ status: 'known', text: null });
    expect(status('letter.txt').status).toBe('done');
    expect(search(s, 'zebra').hits).toHaveLength(2);
    // After ingest: an NSRL-style MD5 names driver.inf; it leaves search.
    s.importKnown([{ hash: hash('md5', texts['driver.inf']), name: 'driver.inf' }], 'nsrl');
    expect(status('driver.inf').status).toBe('known');
    expect(search(s, 'zebra').hits.map((h) => h.title)).toEqual(['meeting in Gaziantep zebra']);
    s.close();
    s = SqliteCaseStore.open(caseDir);
    expect((s.stats().byStatus as { status: string; n: number }[]).find((r) => r.status === 'known')?.n).toBe(2);
    s.close();
  });
});
