/**
 * Bad input never stops a run and never escapes its bounds: every hostile sample, a zip bomb, a deep nest of
 * archives, an XML and a DOCX that try to fetch from a server (XXE), and a 1 GB file of zeros are recorded
 * (extracted, or with a clear reason), within bounded time and memory, and nothing touches the network.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, Zip, ZipDeflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../src/ingest/ingest.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import { SHARED } from './haul-helpers.js';

let server: Server;
let requests = 0;
let port = 0;
let caseDir: string;
let summary: IngestSummary;
let ms = 0;
let rssMb = 0;

/** A zip holding `mb` megabytes of zeros, built in chunks so the test stays small in memory. */
function zeroBomb(mb: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const entry = new ZipDeflate('zeros.bin', { level: 9 });
  zip.add(entry);
  const mbZeros = new Uint8Array(1 << 20);
  for (let i = 0; i < mb; i++) entry.push(mbZeros, i === mb - 1);
  zip.end();
  return Buffer.concat(parts);
}

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests += 1;
    res.end('<!ENTITY x "pwned">');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;

  const dir = mkdtempSync(join(tmpdir(), 'ariadne-hostile-'));
  const src = join(dir, 'src');
  mkdirSync(src);
  for (const f of readdirSync(join(SHARED, 'data/samples/hostile'))) copyFileSync(join(SHARED, 'data/samples/hostile', f), join(src, f));
  const xxe = `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % ext SYSTEM "http://127.0.0.1:${port}/dtd"> %ext; <!ENTITY e SYSTEM "http://127.0.0.1:${port}/e">]>\n<r>&e;</r>\n`;
  writeFileSync(join(src, 'xxe-local.xml'), xxe);
  // A DOCX whose document.xml declares the same external entities.
  const enc = new TextEncoder();
  writeFileSync(
    join(src, 'xxe.docx'),
    zipSync({
      '[Content_Types].xml': enc.encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      'word/document.xml': enc.encode(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e SYSTEM "http://127.0.0.1:${port}/docx">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>hello &e;</w:t></w:r></w:p></w:body></w:document>`),
    }),
  );
  writeFileSync(join(src, 'bomb.zip'), zeroBomb(300));
  // 12 zips nested inside each other.
  let nest: Uint8Array = enc.encode('deep inside');
  for (let i = 0; i < 12; i++) nest = zipSync({ [`level${i}.${i === 0 ? 'txt' : 'zip'}`]: nest });
  writeFileSync(join(src, 'nest.zip'), nest);
  // 1 GB of zeros (sparse on disk).
  const fd = openSync(join(src, 'zeros.img'), 'w');
  ftruncateSync(fd, 1024 * 1024 * 1024);
  closeSync(fd);

  caseDir = join(dir, 'case');
  const t0 = performance.now();
  summary = await ingest({ caseDir, paths: [src], label: 'hostile', ocr: false, limits: { timeoutMs: 30_000 } });
  ms = performance.now() - t0;
  rssMb = process.resourceUsage().maxRSS / 1024;
}, 600_000);

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('hostile input', () => {
  it('records every file and goes on', () => {
    expect(summary.files).toBe(12);
    const store = SqliteCaseStore.open(caseDir);
    const top = store.db.prepare("SELECT f.name, d.status, d.error_reason FROM files f JOIN documents d USING (sha256) WHERE f.chain = ''").all() as { name: string; status: string; error_reason: string | null }[];
    store.close();
    expect(top).toHaveLength(12);
    for (const d of top) expect(['done', 'error'], d.name).toContain(d.status);
  });

  it('fetches nothing from the network (XXE)', () => {
    expect(requests).toBe(0);
  });

  it('refuses the zip bomb and the deep nest by their limits, with reasons', () => {
    const store = SqliteCaseStore.open(caseDir);
    const errors = store.db.prepare("SELECT f.path, f.chain, d.error_reason, d.error_message FROM files f JOIN documents d USING (sha256) WHERE d.status = 'error'").all() as { path: string; chain: string; error_reason: string; error_message: string }[];
    store.close();
    const bomb = errors.find((e) => e.path === 'bomb.zip');
    expect(bomb, JSON.stringify(errors)).toBeDefined();
    expect(bomb!.error_reason).toBe('limit');
    const nest = errors.find((e) => e.path === 'nest.zip' && e.chain !== '');
    expect(nest?.error_message).toMatch(/nesting deeper than/);
    const oom = errors.find((e) => e.path === 'testZIP_corrupted_oom.zip');
    expect(oom, 'the zip declaring a 2 GB entry').toBeDefined();
    for (const e of errors) expect(e.error_message.length).toBeGreaterThan(5);
  });

  it('stays within bounded time and memory, 1 GB of zeros included', () => {
    expect(ms).toBeLessThan(240_000);
    expect(rssMb).toBeLessThan(1536);
    const store = SqliteCaseStore.open(caseDir);
    const zeros = store.db.prepare("SELECT d.status, d.mime, b.size FROM files f JOIN documents d USING (sha256) JOIN blobs b USING (sha256) WHERE f.path = 'zeros.img'").get() as { status: string; mime: string; size: number };
    store.close();
    expect(zeros.size).toBe(1024 * 1024 * 1024);
    expect(zeros.status).toBe('done');
  });
});
