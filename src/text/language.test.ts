import { describe, expect, test } from 'vitest';
import { detectLanguages, primaryLanguage } from './language.js';

const ARABIC =
  'في قرية من القرى كان هناك رجل حكيم يعرف كل شيء عن الحياة، وكان يعلم الناس كيف يعيشون بسلام وانسجام. ' +
  'اللغة العربية هي واحدة من أكثر اللغات انتشارا في العالم.';
const ENGLISH =
  'The shipment left the port of Aden on the third of May and reached Djibouti two days later. ' +
  'The captain said that the cargo had been inspected by customs before departure.';
const FRENCH =
  "L'été dernier, nous sommes allés à la plage près de Nice avec toute la famille. " +
  "Le temps était magnifique et nous avons mangé des fruits de mer tous les soirs.";

describe('detectLanguages', () => {
  test('single-language paragraphs', () => {
    expect(detectLanguages(ARABIC)).toEqual(['ar']);
    expect(detectLanguages(ENGLISH)).toEqual(['en']);
    expect(detectLanguages(FRENCH)).toEqual(['fr']);
  });

  test('a mixed document lists each language, largest share first', () => {
    expect(detectLanguages(`${ARABIC}\n${ARABIC}\n${ENGLISH}`)).toEqual(['ar', 'en']);
    expect(detectLanguages(`${FRENCH}\n\n${ENGLISH}\n${ENGLISH}\n${ENGLISH}\n${ARABIC}\n${ARABIC}`)).toEqual(['en', 'ar', 'fr']);
  });

  test('a language with a tiny share is left out', () => {
    expect(detectLanguages(`${ARABIC} ${ARABIC} ${ARABIC} (ref. INV)`)).toEqual(['ar']);
  });

  test('short texts go by script only', () => {
    expect(detectLanguages('محمد علي')).toEqual(['ar']);
    expect(detectLanguages('Hello there')).toEqual([]);
    expect(detectLanguages('12 345 !!')).toEqual([]);
  });

  test('primaryLanguage', () => {
    expect(primaryLanguage(`${ENGLISH}\n${FRENCH}\n${FRENCH}`)).toBe('fr');
    expect(primaryLanguage('')).toBeUndefined();
  });
});
