/**
 * Search over a real case built from crafted files: Arabic normalisation and stemming, English stemming, phrases,
 * boolean operators, prefixes, filters, folded duplicates, safe handling of FTS5 syntax, and snippets whose
 * highlight offsets point into the exact text.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import { search } from '../src/search/search.js';

let store: SqliteCaseStore;
const idOf = new Map<string, string>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ariadne-search-'));
  const a = join(dir, 'laptop');
  const b = join(dir, 'phone');
  mkdirSync(a);
  mkdirSync(b);
  const files: Record<string, string> = {
    'letter-ar.txt': 'التاريخ: 15/03/1437 هـ\nاستلمنا مبلغ ٥٠٠٠ دولار من الأخ أبو حمزة العُبيدي في غازي عنتاب.\nوالسلام عليكم',
    'letter-ar2.txt': 'تم تحويل المبلغ إلى الاخ ابو حمزه العبيدي في اسطنبول عن طريق مكتب الصرافة.',
    'memo-en.txt': 'Meeting arranged with brother Abu Hamza al-Ubaidi in Gaziantep. The transfers were received by the finance office.',
    'recipe-en.txt': 'How to make Turkish coffee: boil water, add coffee, serve. A transfer of flavours.',
    'notes-fr.txt': 'Rencontre avec le frère Abou Hamza el-Obeidi à Bruxelles. Virement reçu.',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(a, name), text);
  // Dated documents for the date filters.
  const mail = (date: string, subject: string) =>
    `From: office@example.org\r\nTo: desk@example.org\r\nSubject: ${subject}\r\nDate: ${date}\r\nMessage-ID: <${subject.replace(/\W/g, '')}@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe quarterly ledger is attached.\r\n`;
  writeFileSync(join(a, 'ledger-2016.eml'), mail('Tue, 15 Mar 2016 10:00:00 +0000', 'Ledger March'));
  writeFileSync(join(a, 'ledger-2018.eml'), mail('Mon, 02 Jul 2018 10:00:00 +0000', 'Ledger July'));
  // A duplicate of the Arabic letter on the phone, and a windows-1256 copy of another text.
  writeFileSync(join(b, 'copy.txt'), files['letter-ar.txt']!);
  writeFileSync(join(b, 'cp1256.txt'), iconv.encode('قائمة الرواتب المصروفة لهذا الشهر للإخوة في الرقة', 'windows-1256'));
  const caseDir = join(dir, 'case');
  await ingest({ caseDir, paths: [a], label: 'laptop', ocr: false });
  await ingest({ caseDir, paths: [b], label: 'phone', ocr: false });
  store = SqliteCaseStore.open(caseDir);
  for (const r of store.db.prepare("SELECT name, sha256 FROM files WHERE chain = ''").all() as { name: string; sha256: string }[]) idOf.set(r.name, r.sha256);
}, 300_000);

const ids = (q: string, opts = {}) => search(store, q, { limit: 50, ...opts }).hits.map((h) => h.id);

describe('search', () => {
  it('matches Arabic across hamza, ta marbuta, diacritics, articles and Arabic-Indic digits', () => {
    expect(ids('أبو حمزة العبيدي')).toEqual(expect.arrayContaining([idOf.get('letter-ar.txt'), idOf.get('letter-ar2.txt')]));
    expect(ids('عبيدي')).toContain(idOf.get('letter-ar.txt'));
    expect(ids('اسطنبول')).toEqual([idOf.get('letter-ar2.txt')]);
    expect(ids('5000')).toContain(idOf.get('letter-ar.txt'));
  });

  it('stems English and finds phrases', () => {
    expect(ids('transfer')).toEqual(expect.arrayContaining([idOf.get('memo-en.txt'), idOf.get('recipe-en.txt')]));
    expect(ids('"Abu Hamza al-Ubaidi"')).toEqual([idOf.get('memo-en.txt')]);
    expect(ids('"Hamza Abu"')).toEqual([]);
  });

  it('supports OR, NOT, -word, prefixes and parentheses', () => {
    expect(ids('transfer -coffee')).toEqual([idOf.get('memo-en.txt')]);
    expect(ids('transfer NOT coffee')).toEqual([idOf.get('memo-en.txt')]);
    expect(ids('Bruxelles OR Gaziantep').sort()).toEqual([idOf.get('memo-en.txt'), idOf.get('notes-fr.txt')].sort());
    expect(ids('Gazian*')).toEqual([idOf.get('memo-en.txt')]);
    expect(ids('(Bruxelles OR Gaziantep) brother')).toEqual([idOf.get('memo-en.txt')]);
  });

  it('filters by language, type, source and path, and folds duplicates into one hit with both paths', () => {
    expect(ids('Hamza', { lang: 'fr' })).toEqual([idOf.get('notes-fr.txt')]);
    expect(ids('Hamza lang:en')).toEqual([idOf.get('memo-en.txt')]);
    expect(ids('حمزة source:phone')).toEqual([idOf.get('copy.txt')]);
    expect(ids('حمزة', { type: 'pdf' })).toEqual([]);
    const hit = search(store, 'غازي عنتاب', { limit: 5 }).hits.find((h) => h.id === idOf.get('letter-ar.txt'))!;
    expect(hit.paths.map((p) => p.source).sort()).toEqual(['laptop', 'phone']);
    expect(ids('الرواتب')).toEqual([idOf.get('cp1256.txt')]);
  });

  it('finds a person written in the other script: a Latin name brings in the Arabic documents of its entity', () => {
    // A spelling no document uses: alone it finds nothing.
    expect(search(store, 'Abu Hamzah al-Obaidi', { limit: 50, expandNames: false }).hits).toEqual([]);
    const { hits, expanded } = search(store, 'Abu Hamzah al-Obaidi', { limit: 50 });
    expect(expanded.length).toBeGreaterThan(0);
    // The names added are the other script's: the query's own script is searched as typed.
    expect(expanded[0]!.names.length).toBeGreaterThan(0);
    expect(expanded[0]!.names.every((n) => /[\u0600-\u06FF]/.test(n))).toBe(true);
    // And the other way round: the Arabic name finds a Latin document (its entity's most frequent Latin spelling).
    expect(ids('ابو حمزه العبيدي').filter((id) => id === idOf.get('memo-en.txt') || id === idOf.get('notes-fr.txt')).length).toBeGreaterThan(0);
    const found = hits.map((h) => h.id);
    expect(found).toEqual(expect.arrayContaining([idOf.get('letter-ar.txt'), idOf.get('letter-ar2.txt')]));
    expect(found).not.toContain(idOf.get('recipe-en.txt'));
    // Never for a single word, nor for a name that is only half there.
    expect(search(store, 'Hamzah', { limit: 50 }).expanded).toEqual([]);
    expect(search(store, 'Hamza al-Ubaidi', { limit: 50 }).expanded).toEqual([]);
  });

  it('never lets a query inject FTS5 syntax', () => {
    for (const q of ['"', 'NEAR(a b)', 'terms:foo', '*', 'a"b', '(((', 'AND OR NOT', '^x', "'; DROP TABLE documents; --"]) {
      expect(() => search(store, q, { limit: 5 })).not.toThrow();
    }
    expect((store.db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n).toBeGreaterThan(5);
  });

  it('cuts snippets from the exact text with highlights at the right offsets', () => {
    const { hits } = search(store, 'العبيدي', { limit: 5 });
    const hit = hits.find((h) => h.id === idOf.get('letter-ar.txt'))!;
    const text = store.textOf(hit.id);
    const hl = hit.snippets[0]!.highlights[0]!;
    // The exact text keeps its diacritic (العُبيدي); the highlight covers it.
    expect(text.slice(hl.start, hl.end)).toBe('العُبيدي');
  });

  it('filters by date range (the year facet narrows inside the index, the exact dates decide)', () => {
    expect(ids('ledger')).toHaveLength(2);
    expect(ids('ledger from:2016-01-01 to:2016-12-31')).toEqual([idOf.get('ledger-2016.eml')]);
    expect(ids('ledger from:2016-03-16')).toEqual([idOf.get('ledger-2018.eml')]);
    expect(ids('ledger to:2016-03-15')).toEqual([idOf.get('ledger-2016.eml')]);
    expect(ids('ledger from:2019-01-01')).toEqual([]);
  });

  it('rebuilds an index made before prefix indexes and the year facet from the documents, on open', () => {
    const queries = ['حمزة', 'Gazian*', 'H*', 'ledger from:2016-01-01 to:2016-12-31', 'transfer lang:en', 'الرواتب'];
    const before = queries.map((q) => ids(q));
    const dir = store.dir;
    store.db.exec('DROP TABLE doc_fts');
    store.db.exec(`CREATE VIRTUAL TABLE doc_fts USING fts5(terms, title, facets, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0")`);
    store.db.pragma('user_version = 3');
    store.close();
    store = SqliteCaseStore.open(dir);
    expect((store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'doc_fts'").get() as { sql: string }).sql).toContain("prefix='1 2'");
    expect(queries.map((q) => ids(q))).toEqual(before);
    expect(before.every((r) => r.length > 0)).toBe(true);
  });
});
