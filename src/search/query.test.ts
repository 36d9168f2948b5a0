import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { analyseTerms } from '../text/analyse.js';
import { parseQuery } from './query.js';

describe('parseQuery: compiled MATCH text', () => {
  test('words are analysed, quoted and ANDed', () => {
    expect(parseQuery('البغدادي').match).toBe('"بغداد"');
    expect(parseQuery('Transfers Connected').match).toBe('("transfer" AND "connect")');
    expect(parseQuery('أحمد').terms).toEqual(['احمد']);
  });

  test('phrases, OR, NOT, -word, parentheses, prefixes', () => {
    expect(parseQuery('"شركة النور" OR bank')).toMatchObject({ match: '("شرك نور" OR "bank")', terms: ['bank'], phrases: [['شرك', 'نور']] });
    expect(parseQuery('(wire OR cash) AND NOT crypto -bitcoin').match).toBe('("wire" OR "cash") NOT ("crypto" OR "bitcoin")');
    expect(parseQuery('connecti*')).toMatchObject({ match: '"connecti"*', prefixes: ['connecti'], terms: [] });
    expect(parseQuery('البنك*').match).toBe('"بنك"*');
  });

  test('filters come back separately; a query of only filters has no match', () => {
    const q = parseQuery('transfer type:pdf lang:ar source:laptop-1 from:2016-01-01 to:2016-12-31 path:"My Docs/2016"');
    expect(q.match).toBe('"transfer"');
    expect(q.filters).toEqual({ type: 'pdf', lang: 'ar', source: 'laptop-1', from: '2016-01-01', to: '2016-12-31', path: 'My Docs/2016' });
    expect(parseQuery('type:pdf type:docx -lang:fr')).toMatchObject({ match: null, filters: { type: 'pdf,docx', '-lang': 'fr' } });
  });

  test('entity and country filters: ids kept as written, repeats joined, negation keyed -field', () => {
    const q = parseQuery('transfer entity:per-b6cae129a3 Entity:org-0A1b2c3d4e country:sy');
    expect(q.match).toBe('"transfer"');
    expect(q.filters).toEqual({ entity: 'per-b6cae129a3,org-0A1b2c3d4e', country: 'sy' });
    expect(parseQuery('country:SY,IQ -country:tr -entity:plc-1 NOT entity:plc-2')).toMatchObject({
      match: null,
      exclude: null,
      filters: { country: 'SY,IQ', '-country': 'tr', '-entity': 'plc-1,plc-2' },
    });
    // A filter word is never a search word, and a bare field name is one.
    expect(parseQuery('entity: country')).toMatchObject({ match: '("entiti" AND "countri")', filters: {} });
  });

  test('a purely negative query matches nothing itself but says what to exclude', () => {
    expect(parseQuery('-spam')).toMatchObject({ match: null, exclude: '"spam"' });
  });

  test.each([
    ['"', null],
    ['*', null],
    ['"unclosed phrase', '"unclos phrase"'],
    ['NEAR(a b)', '("near" AND ("a" AND "b"))'],
    ['terms:secret', '"term secret"'],
    ['x" OR "y', '("x" AND "or" AND "y")'],
    ['a:b* OR ^c', '("a b"* OR "c")'],
    ['))) OR ((', null],
    ['AND OR NOT', null],
  ])('injection attempt %j', (q, match) => {
    const parsed = parseQuery(q);
    expect(parsed.match).toBe(match);
    // Outside the quoted strings only our own syntax remains.
    const bare = (parsed.match ?? '').replace(/"(?:[^"]|"")*"\*?/g, '');
    expect(bare).toMatch(/^[\s()]*(?:(?:AND|OR|NOT)[\s()]*)*$/);
  });
});

describe('parseQuery against SQLite FTS5', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE doc_fts USING fts5(terms, tokenize="unicode61 remove_diacritics 0")`);
  const docs = [
    'وصل محمد البغدادي إلى المطار',
    'التقى أحمد بغدادي مع مدير البنك',
    'The transfers were connected to a shell company in Cyprus',
    'Les virements ont été effectués depuis Genève',
    'Cash payment, no wire transfer',
  ];
  const insert = db.prepare('INSERT INTO doc_fts(rowid, terms) VALUES (?, ?)');
  docs.forEach((text, i) => insert.run(i + 1, analyseTerms(text).join(' ')));
  const search = (q: string) => {
    const { match } = parseQuery(q);
    if (match === null) return [];
    return db.prepare('SELECT rowid FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid').all(match).map((r) => (r as { rowid: number }).rowid);
  };
  afterAll(() => db.close());

  test('Arabic: article, nisba and alef variants', () => {
    expect(search('البغدادي')).toEqual([1, 2]);
    expect(search('بغدادي')).toEqual([1, 2]);
    expect(search('احمد')).toEqual([2]);
    expect(search('"أحمد بغدادي"')).toEqual([2]);
    expect(search('بغداد*')).toEqual([1, 2]);
    expect(search('البنوك OR بنك')).toEqual([2]);
  });

  test('English stemming, French folding, boolean logic', () => {
    expect(search('transfer connection')).toEqual([3]);
    expect(search('transfer -cash')).toEqual([3]);
    expect(search('geneve OR cyprus')).toEqual([3, 4]);
    expect(search('"effectues depuis"')).toEqual([4]);
    expect(search('conn*')).toEqual([3]);
  });

  test.each(['"', '*', 'NEAR(', 'NEAR(a b, 2)', 'terms:x', ':', '^', 'a:b', '"x" OR "', 'a AND', '(((', '-', 'doc_fts:*'])(
    'never an FTS5 syntax error: %j',
    (q) => {
      expect(() => search(q)).not.toThrow();
    },
  );
});
