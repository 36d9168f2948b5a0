import { describe, expect, test } from 'vitest';
import { analyse, analysePrefix, analyseQueryTerm, analyseTerms } from './analyse.js';

/** [term, exact word] pairs, checking that offsets point into the exact text. */
const pairs = (text: string) => analyse(text).map((t) => [t.term, text.slice(t.start, t.end)]);

describe('analyse', () => {
  test('Arabic: normalised, light-stemmed, offsets into the exact text', () => {
    const text = 'وصل البغدادي إلى بَغْدَاد يوم ٢٠١٦/٠٣/١٢';
    expect(pairs(text)).toEqual([
      ['وصل', 'وصل'],
      ['بغداد', 'البغدادي'],
      ['ال', 'إلى'],
      ['بغداد', 'بَغْدَاد'],
      ['يوم', 'يوم'],
      ['2016', '٢٠١٦'],
      ['03', '٠٣'],
      ['12', '١٢'],
    ]);
  });

  test('alef variants and tatweel inside a word', () => {
    expect(pairs('أحمد احمد محمـــد')).toEqual([
      ['احمد', 'أحمد'],
      ['احمد', 'احمد'],
      ['محمد', 'محمـــد'],
    ]);
  });

  test('English: lower case and Porter stem', () => {
    expect(analyseTerms('Connections were CONNECTED, connecting')).toEqual(['connect', 'were', 'connect', 'connect']);
  });

  test('French and other Latin: diacritics folded', () => {
    expect(pairs('Café ŒUVRE Straße naïve')).toEqual([
      ['cafe', 'Café'],
      ['oeuvr', 'ŒUVRE'],
      ['strass', 'Straße'],
      ['naiv', 'naïve'],
    ]);
  });

  test('NFKC folds ligatures and presentation forms without moving offsets', () => {
    const text = 'ﬁnance \uFE91\uFED0\uFEAA\u0627\u062F';
    expect(pairs(text)).toEqual([
      ['financ', 'ﬁnance'],
      ['بغداد', '\uFE91\uFED0\uFEAA\u0627\u062F'],
    ]);
  });

  test('a word whose normal form splits yields several terms on one span', () => {
    expect(analyse('a ½')).toEqual([
      { term: 'a', start: 0, end: 1 },
      { term: '1', start: 2, end: 3 },
      { term: '2', start: 2, end: 3 },
    ]);
  });

  test('punctuation, CRLF, emoji and surrogate pairs do not shift offsets', () => {
    const text = '😀 Transfer\r\n— to «الحساب» (IBAN: SA03 8000)…';
    const tokens = analyse(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
    expect(tokens.map((t) => t.term)).toEqual(['transfer', 'to', 'حساب', 'iban', 'sa03', '8000']);
  });
});

describe('query-side helpers', () => {
  test('analyseQueryTerm matches what the index stores', () => {
    expect(analyseQueryTerm('البغدادي')).toBe(analyseTerms('بغدادي')[0]);
    expect(analyseQueryTerm('Connection')).toBe('connect');
    expect(analyseQueryTerm("l'homme")).toBe('l homm');
  });

  test('analysePrefix normalises without stemming, dropping an Arabic article', () => {
    expect(analysePrefix('Connecti*')).toBe('connecti');
    expect(analysePrefix('البغداد*')).toBe('بغداد');
    expect(analysePrefix('إبرا*')).toBe('ابرا');
  });
});
