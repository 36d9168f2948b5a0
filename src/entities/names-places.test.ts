import { describe, expect, it } from 'vitest';
import { NAME_PLACE_RECOGNISERS } from './names-places.js';

/** A mixed message in the style of a seized haul; the people are fictional. */
const MESSAGE = [
  'From: Abou Talha el-Fallahi <talha@example.org>',
  'التاريخ: 1437/05/18هـ',
  'من: الأمير أبو دجانة الراوي',
  'نرجو ترتيب لقاء في غازي عنتاب مع ديوان الزكاة.',
  'Please meet brother Khalid bin Yusuf al-Ubaidi in Manama, Bahrain.',
].join('\n');

describe('names and places', () => {
  it('lists each recogniser once, at version 1', () => {
    const names = NAME_PLACE_RECOGNISERS.map((r) => r.name);
    expect(names).toEqual(['person-arabic', 'person-latin', 'organisation', 'country', 'place']);
    expect(NAME_PLACE_RECOGNISERS.every((r) => r.version === 1)).toBe(true);
  });

  it('finds the persons, organisation, place and country of a mixed message, offsets exact', () => {
    const found = NAME_PLACE_RECOGNISERS.flatMap((r) => r.recognise(MESSAGE, { languages: ['ar', 'en'] }));
    for (const m of found) expect(MESSAGE.slice(m.start, m.end)).toBe(m.surface);
    expect(found.map((m) => `${m.type}:${m.surface}`).sort()).toEqual(
      [
        'person:Abou Talha el-Fallahi',
        'person:أبو دجانة الراوي',
        'person:Khalid bin Yusuf al-Ubaidi',
        'organisation:ديوان الزكاة',
        'place:غازي عنتاب',
        'place:Manama',
        'country:Bahrain',
      ].sort(),
    );
  });
});
