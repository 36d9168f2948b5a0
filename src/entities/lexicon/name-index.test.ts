import { describe, expect, it } from 'vitest';
import { normaliseArabic } from '../../text/arabic.js';
import { arabicNameLength, isLatinGivenName, latinNameKey } from './name-index.js';

describe('latinNameKey', () => {
  it('folds the usual transliteration variants together', () => {
    expect(new Set(['Hussein', 'Husain', 'Husayn', 'Houssein', 'Hussain'].map(latinNameKey)).size).toBe(1);
    expect(new Set(['Qais', 'Kais', 'Gais', 'Qays'].map(latinNameKey)).size).toBe(1);
    expect(latinNameKey('Djamel')).toBe(latinNameKey('Jamel'));
    expect(latinNameKey('Othmane')).toBe(latinNameKey('Othman'));
    expect(latinNameKey('Hamzah')).toBe(latinNameKey('Hamza'));
  });

  it('keeps a final -i apart, so a nisba is not a feminine given name', () => {
    expect(latinNameKey('Jemili')).not.toBe(latinNameKey('Jamila'));
    expect(latinNameKey('Obeidi')).not.toBe(latinNameKey('Obeida'));
  });
});

describe('gazetteer lookups', () => {
  it('knows Latin spellings of Arabic given names, not English words', () => {
    expect(['Youssef', 'Ruqayya', 'Dhiyab', 'Fayçal', 'Mouaz'].every(isLatinGivenName)).toBe(true);
    expect(['Please', 'Office', 'Berlin', 'Monday'].some(isLatinGivenName)).toBe(false);
  });

  it('measures one- and two-word Arabic names, and kunya-only names only when asked', () => {
    const words = (s: string) => normaliseArabic(s).split(' ');
    expect(arabicNameLength(words('عبد الكريم بن'), false)).toBe(2);
    expect(arabicNameLength(words('نور الدين'), false)).toBe(2);
    expect(arabicNameLength(words('زياد بن'), false)).toBe(1);
    expect(arabicNameLength(words('دجانة'), false)).toBe(0);
    expect(arabicNameLength(words('دجانة'), true)).toBe(1);
    expect(arabicNameLength(words('المبلغ'), true)).toBe(0);
  });
});
