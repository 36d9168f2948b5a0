/**
 * Ingest of a generated haul, checked against its truth: every file is a blob with its paths, containers are
 * unpacked with their chains, duplicates fold into one document, texts hold what the truth quotes, search finds
 * people in both scripts, a second ingest changes nothing, and verify notices a tampered blob.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallHaul } from './haul-helpers.js';
import { ingest, type IngestSummary } from '../src/ingest/ingest.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import { search } from '../src/search/search.js';
import type { Truth } from '../src/haul/truth.js';

let truth: Truth;
let caseDir: string;
let first: IngestSummary;

/** Document rows keyed by (path, chain) as the truth names them. */
function byPlace(store: SqliteCaseStore): Map<string, string> {
  const rows = store.db.prepare('SELECT path, chain, sha256 FROM files').all() as { path: string; chain: string; sha256: string }[];
  return new Map(rows.map((r) => [[r.path, ...r.chain.split('\u001f').filter(Boolean)].join('|'), r.sha256]));
}

beforeAll(async () => {
  const haul = await smallHaul(5, 150);
  truth = haul.truth;
  caseDir = mkdtempSync(join(tmpdir(), 'ariadne-case-'));
  first = await ingest({ caseDir, paths: [join(haul.dir, 'haul')], label: 'haul-5', custodian: 'Unit 3', seizedAt: '2019-03-23', seizedWhere: 'Site B', ocr: true });
}, 600_000);

describe('ingest of a generated haul', () => {
  it('records every file of the haul with its path, and every member of every container with its chain', () => {
    const store = SqliteCaseStore.open(caseDir);
    const places = byPlace(store);
    const missing = truth.documents.filter((d) => !places.has([d.path, ...d.inner].join('|')));
    store.close();
    expect(missing.map((d) => `${d.path} ${d.inner.join(' » ')}`)).toEqual([]);
  });

  it('stores each content once: duplicates are one document found at several paths', () => {
    const store = SqliteCaseStore.open(caseDir);
    for (const d of truth.documents.filter((x) => x.duplicate_of !== null)) {
      const original = truth.documents.find((x) => x.id === d.duplicate_of)!;
      expect(d.sha256).toBe(original.sha256);
      expect(store.occurrences(d.sha256!).length).toBeGreaterThanOrEqual(2);
    }
    const docs = (store.db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n;
    const blobs = (store.db.prepare('SELECT count(*) n FROM blobs').get() as { n: number }).n;
    expect(docs).toBe(blobs);
    store.close();
  });

  it('extracts every document without error, and the text holds every person and selector the truth quotes', () => {
    const store = SqliteCaseStore.open(caseDir);
    const places = byPlace(store);
    const clean = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
    const failures: string[] = [];
    for (const d of truth.documents) {
      const sha = places.get([d.path, ...d.inner].join('|'))!;
      const doc = store.document(sha);
      if (doc.status !== 'done') failures.push(`${d.id} ${d.kind} ${doc.status} ${doc.errorMessage}`);
      if (d.scanned || d.kind === 'photo' || d.kind === 'noise') continue;
      const text = clean(doc.text ?? '');
      for (const s of [...d.persons.map((p) => p.surface), ...d.selectors.map((x) => x.surface)]) if (!text.includes(clean(s))) failures.push(`${d.id} ${d.kind} lacks "${s}"`);
    }
    store.close();
    expect(failures).toEqual([]);
  });

  it('OCRs scanned pages in Arabic and English and records the method and confidence', () => {
    const store = SqliteCaseStore.open(caseDir);
    const places = byPlace(store);
    const scans = truth.documents.filter((d) => d.kind === 'scan');
    expect(scans.length).toBeGreaterThan(3);
    for (const d of scans) {
      const doc = store.document(places.get([d.path, ...d.inner].join('|'))!);
      expect(doc.method, d.path).toBe('ocr');
      expect(doc.ocrConfidence).toBeGreaterThan(30);
      expect((doc.text ?? '').length).toBeGreaterThan(40);
      expect(doc.languages).toContain(d.languages[0]);
    }
    store.close();
  });

  it('finds people by Arabic name variants and by Latin rendering', () => {
    const store = SqliteCaseStore.open(caseDir);
    const top = truth.documents.filter((d) => d.inner.length === 0 && d.kind === 'docx');
    const mention = top.flatMap((d) => d.persons.filter((p) => p.script === 'arabic').map((p) => ({ d, p })))[0]!;
    // Query with the alef of a hamza written bare and the article dropped: normalisation and stemming must match.
    const words = mention.p.surface.split(' ').map((w) => w.replace(/[أإآ]/g, 'ا'));
    const { hits } = search(store, words.join(' '), { limit: 50 });
    expect(hits.map((h) => h.id)).toContain(mention.d.sha256);
    const latin = top.flatMap((d) => d.persons.filter((p) => p.script === 'latin').map((p) => ({ d, p })))[0]!;
    const phrase = search(store, `"${latin.p.surface}"`, { limit: 50 });
    expect(phrase.hits.map((h) => h.id)).toContain(latin.d.sha256);
    const hit = phrase.hits.find((h) => h.id === latin.d.sha256)!;
    const text = store.textOf(hit.id);
    expect(hit.snippets.length).toBeGreaterThan(0);
    const hl = hit.snippets[0]!.highlights[0]!;
    expect(latin.p.surface.toLowerCase()).toContain(text.slice(hl.start, hl.end).toLowerCase());
    store.close();
  });

  it('keeps the custody record of the source', () => {
    const store = SqliteCaseStore.open(caseDir);
    const [source] = store.sources();
    expect(source).toMatchObject({ label: 'haul-5', custodian: 'Unit 3', seizedAt: '2019-03-23', seizedWhere: 'Site B' });
    expect(store.custodyEvents(source!.id).map((e) => e.action)).toEqual(['registered', 'ingested']);
    store.close();
  });

  it('changes nothing when the same source is ingested again', async () => {
    const before = SqliteCaseStore.open(caseDir);
    const count = (s: SqliteCaseStore, t: string) => (s.db.prepare(`SELECT count(*) n FROM ${t}`).get() as { n: number }).n;
    const snapshot = ['files', 'blobs', 'documents'].map((t) => count(before, t));
    before.close();
    const again = await ingest({ caseDir, paths: first ? [join(truthDir(), 'haul')] : [], label: 'haul-5', ocr: true });
    expect(again.newDocuments).toBe(0);
    const after = SqliteCaseStore.open(caseDir);
    expect(['files', 'blobs', 'documents'].map((t) => count(after, t))).toEqual(snapshot);
    after.close();
  });

  it('verify notices a blob that changed', async () => {
    const store = SqliteCaseStore.open(caseDir);
    const [blob] = store.allBlobs();
    const path = store.blobs.pathOf(blob!.sha256);
    store.close();
    chmodSync(path, 0o644);
    writeFileSync(path, 'tampered');
    const { verifyCase } = await import('../src/store/verify.js');
    const problems = await verifyCase(caseDir);
    expect(problems).toEqual([{ sha256: blob!.sha256, problem: 'changed', actual: expect.any(String) }]);
  });
});

function truthDir(): string {
  const store = SqliteCaseStore.open(caseDir);
  const [source] = store.sources();
  store.close();
  return join(source!.roots[0]!, '..');
}
