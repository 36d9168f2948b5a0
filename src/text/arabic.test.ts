import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normaliseArabic, stemArabic } from './arabic.js';

const VECTORS = '/work/shared/standards/arabic/lucene-arabic-vectors.tsv';

/** Rows of the Lucene vectors: [filter, input, expected]; '#' lines are comments and the header. */
const rows = readFileSync(VECTORS, 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string, string]);

describe('Lucene Arabic vectors', () => {
  test('the file has normaliser and stemmer rows', () => {
    expect(rows.filter((r) => r[0] === 'normalize').length).toBeGreaterThan(10);
    expect(rows.filter((r) => r[0] === 'stem').length).toBeGreaterThan(15);
    expect(rows.every((r) => r.length === 3 && (r[0] === 'normalize' || r[0] === 'stem'))).toBe(true);
  });

  test.each(rows)('%s %s → %s', (filter, input, expected) => {
    expect(filter === 'normalize' ? normaliseArabic(input) : stemArabic(input)).toBe(expected);
  });
});

describe('normaliseArabic beyond Lucene', () => {
  test('alef wasla and superscript alef', () => {
    expect(normaliseArabic('ٱلرَّحْمَٰن')).toBe('الرحمن');
  });
  test('Arabic-Indic and Persian digits become ASCII', () => {
    expect(normaliseArabic('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });
  test('presentation forms fold to base letters', () => {
    // ﺑﻐﺪاد written with presentation forms B, and the lam-alef ligature ﻻ
    expect(normaliseArabic('\uFE91\uFED0\uFEAA\u0627\u062F')).toBe('بغداد');
    expect(normaliseArabic('\uFEFB')).toBe('لا');
  });
  test('Persian keheh and farsi yeh fold to Arabic kaf and yeh', () => {
    expect(normaliseArabic('کی')).toBe('كي');
  });
  test('Latin text is untouched', () => {
    expect(normaliseArabic('Café 123')).toBe('Café 123');
  });
});

describe('stemArabic length rules', () => {
  test('و needs three letters after it; ال needs two', () => {
    expect(stemArabic('ولد')).toBe('ولد');
    expect(stemArabic('الو')).toBe('الو');
    expect(stemArabic('البيت')).toBe('بيت');
  });
  test('a suffix leaves at least two letters', () => {
    expect(stemArabic('به')).toBe('به');
    expect(stemArabic('كتابها')).toBe('كتاب');
  });
});
