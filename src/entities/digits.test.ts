import { describe, expect, it } from 'vitest';
import { foldDigits, lineEndOf, lineStartOf, makeMention, MAX_LINE_SCAN } from './digits.js';

describe('digit folding and shared helpers', () => {
  it('folds Arabic-Indic and Persian digits and the Arabic separators, keeping every offset', () => {
    const text = 'للتواصل: +٩٦٣ (٠)٩٣٠ ٤٤٤ ١٣٢ أو ۰۷۹۵۷۳۷۵۸۴۱ — ١٢٬٥٠٠٫٧٥ دولار';
    const folded = foldDigits(text);
    expect(folded).toBe('للتواصل: +963 (0)930 444 132 أو 07957375841 — 12,500.75 دولار');
    expect(folded.length).toBe(text.length);
    expect(folded.indexOf('07957375841')).toBe(text.indexOf('۰۷۹۵۷۳۷۵۸۴۱'));
  });

  it('returns ASCII text unchanged (the same string)', () => {
    const text = 'Tel: +963 (0)987 895 685';
    expect(foldDigits(text)).toBe(text);
  });

  it('builds mentions whose surface is the exact slice', () => {
    const text = 'IBAN : TR12 3766 2065 5369 1458 9145 92';
    expect(makeMention(text, 'iban', 7, 39, 'TR123766206553691458914592', 'iban', 0.99, { country: 'TR' })).toEqual({
      type: 'iban',
      start: 7,
      end: 39,
      surface: 'TR12 3766 2065 5369 1458 9145 92',
      value: 'TR123766206553691458914592',
      recogniser: 'iban',
      confidence: 0.99,
      attrs: { country: 'TR' },
    });
  });

  it('finds line bounds, scanning at most MAX_LINE_SCAN units', () => {
    const text = 'From: a\nTo: b\r\nCc: c';
    expect([lineStartOf(text, 10), lineEndOf(text, 10)]).toEqual([8, 14]);
    expect([lineStartOf(text, 0), lineEndOf(text, 18)]).toEqual([0, 20]);
    const long = 'x'.repeat(3 * MAX_LINE_SCAN);
    expect([lineStartOf(long, 2 * MAX_LINE_SCAN), lineEndOf(long, 10)]).toEqual([MAX_LINE_SCAN, 10 + MAX_LINE_SCAN]);
  });
});
