/**
 * Every real third-party sample in ../shared/data/samples ingests: formats (PDF with Arabic, HTML lying about
 * its charset, EML, MBOX, MSG, PST, JPEG with GPS), hostile files, and 210 mailing-list messages with threading.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../src/ingest/ingest.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import { search } from '../src/search/search.js';
import { SHARED } from './haul-helpers.js';

let caseDir: string;
let summary: IngestSummary;
const docAt = (store: SqliteCaseStore, path: string, chain = '') =>
  store.document((store.db.prepare('SELECT sha256 FROM files WHERE path = ? AND chain = ?').get(path, chain) as { sha256: string }).sha256);

beforeAll(async () => {
  caseDir = mkdtempSync(join(tmpdir(), 'ariadne-samples-'));
  summary = await ingest({ caseDir, paths: [join(SHARED, 'data/samples')], label: 'samples', ocr: true });
}, 600_000);

describe('ingest of the shared samples', () => {
  it('records every file and extracts all but the hostile ones without error', () => {
    expect(summary.files).toBe(228); // 11 formats, 7 hostile, 210 mailing-list messages
    const store = SqliteCaseStore.open(caseDir);
    const errors = store.db.prepare("SELECT f.path, d.error_reason FROM files f JOIN documents d USING (sha256) WHERE d.status = 'error' AND f.chain = ''").all() as { path: string; error_reason: string }[];
    store.close();
    for (const e of errors) expect(e.path, `${e.path}: ${e.error_reason}`).toMatch(/^hostile\//);
  });

  it('decodes the HTML page whose meta tag lies about its charset', () => {
    const store = SqliteCaseStore.open(caseDir);
    const d = docAt(store, 'formats/testArabicMisleadingCharset.html');
    store.close();
    expect(d.mime).toBe('text/html');
    expect(d.text).toMatch(/[\u0627-\u064a]{3,}/);
    expect(d.languages).toContain('ar');
    expect((d.metadata as { encoding: string }).encoding).toBe('windows-1256');
  });

  it('reads the mixed English and Arabic PDF in logical order, per page', () => {
    const store = SqliteCaseStore.open(caseDir);
    const d = docAt(store, 'formats/test-E+A.pdf');
    store.close();
    expect(d.method).toBe('text-layer');
    expect(d.pageCount).toBeGreaterThanOrEqual(1);
    expect(d.text).toContain('كلينتون');
    expect(d.text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFC]/);
    expect(d.languages).toEqual(expect.arrayContaining(['ar', 'en']));
  });

  it('reads mail headers and bodies from EML, MSG, MBOX and PST, with attachments as children', () => {
    const store = SqliteCaseStore.open(caseDir);
    for (const p of ['formats/testRFC822_eml', 'formats/testMSG_forwarded.msg', 'formats/testEML_embedded_xhtml_and_img.eml']) {
      const d = docAt(store, p);
      expect(d.status, p).toBe('done');
      expect((d.structure as { email?: { subject?: string } }).email?.subject, p).toBeTruthy();
    }
    const pstChildren = store.db.prepare("SELECT count(*) n FROM files WHERE path = 'formats/testPST_variousBodyTypes.pst' AND chain != ''").get() as { n: number };
    expect(pstChildren.n).toBeGreaterThanOrEqual(4);
    // The sample's inline PDF part is empty (Tika's test file keeps the part, not its bytes): a child all the same.
    const inline = store.db.prepare("SELECT f.name FROM files f WHERE f.path = 'formats/testRFC822-mixed-with-pdf-inline' AND f.chain != ''").all() as { name: string }[];
    expect(inline.map((x) => x.name)).toContain('tzora-titan-4-hummer-xl-manual.pdf');
    store.close();
  });

  it('reads EXIF GPS from the geotagged JPEGs', () => {
    const store = SqliteCaseStore.open(caseDir);
    const d = docAt(store, 'formats/testJPEG_GEO.jpg');
    store.close();
    const gps = (d.metadata as { exif?: { gps?: { lat: number; lon: number } } }).exif?.gps;
    expect(gps?.lat).toBeTypeOf('number');
    expect(gps?.lon).toBeTypeOf('number');
  });

  it('keeps the threading headers of all 210 mailing-list messages and finds them by search', () => {
    const store = SqliteCaseStore.open(caseDir);
    const rows = store.db.prepare("SELECT d.structure FROM files f JOIN documents d USING (sha256) WHERE f.path LIKE 'email/lkml-maildir/%' AND f.chain = ''").all() as { structure: string }[];
    expect(rows).toHaveLength(210);
    const emails = rows.map((r) => (JSON.parse(r.structure) as { email: { messageId?: string; inReplyTo?: string } }).email);
    expect(emails.every((e) => e.messageId)).toBe(true);
    expect(emails.filter((e) => e.inReplyTo).length).toBeGreaterThan(100);
    const { hits } = search(store, 'kernel patch', { limit: 5, source: 'samples' });
    expect(hits.length).toBeGreaterThan(0);
    store.close();
  });
});
