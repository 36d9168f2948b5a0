import { describe, expect, it } from 'vitest';
import { romanise } from './romanise.js';

describe('romanise', () => {
  it('writes Arabic names in Latin letters an analyst can read and say', () => {
    expect(romanise('أبو بكر البغدادي')).toBe('Abu Bakr al-Baghdadi');
    expect(romanise('عبد الكريم البقاري')).toBe('Abd al-Karim al-Baqari');
    expect(romanise('نبيل بن بشير الشمري')).toBe('Nabil bin Bashir ash-Shamri');
    expect(romanise('أم منصور')).toBe('Umm Mansour');
  });
  it('keeps words that are not Arabic as they are', () => {
    expect(romanise('Dr. أحمد')).toBe('Dr. Ahmad');
  });
});
