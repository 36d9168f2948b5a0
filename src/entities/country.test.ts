import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryRecogniser } from './country.js';

const UN_LIST = '/work/shared/data/watchlists/un-consolidated-2018-excerpt.xml';

function countries(text: string) {
  const mentions = countryRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value]);
}

describe('country: Arabic', () => {
  it('reads names through the proclitics and the article', () => {
    expect(countries('وصل من العراق إلى تركيا ثم بالأردن ولسوريا')).toEqual([
      [7, 13, 'العراق', 'IQ'],
      [18, 23, 'تركيا', 'TR'],
      [28, 34, 'الأردن', 'JO'],
      [37, 42, 'سوريا', 'SY'],
    ]);
    expect(countries('المملكة العربية السعودية وسورية')).toEqual([
      [0, 24, 'المملكة العربية السعودية', 'SA'],
      [26, 31, 'سورية', 'SY'],
    ]);
  });

  it('keeps money, streets and the maghrib prayer out', () => {
    expect(countries('استلمنا مبلغ 5000 ليرة سورية من الأخ')).toEqual([]);
    expect(countries('شارع فلسطين 84، جدة')).toEqual([]);
    expect(countries('نلتقي بعد المغرب')).toEqual([]);
    expect(countries('سافر إلى المغرب')).toEqual([[9, 15, 'المغرب', 'MA']]);
  });

  it('reads عُمان as Oman only with its damma or after سلطنة (bare عمان is also Amman)', () => {
    expect(countries('في عُمان')).toEqual([[3, 8, 'عُمان', 'OM']]);
    expect(countries('سلطنة عمان')).toEqual([[0, 10, 'سلطنة عمان', 'OM']]);
    expect(countries('في عمان')).toEqual([]);
  });
});

describe('country: English and French', () => {
  it('reads names, multi-word names and French names', () => {
    expect(countries('He travelled from Turkey to the United Arab Emirates, puis en Irak et aux États-Unis d\'Amérique.')).toEqual([
      [18, 24, 'Turkey', 'TR'],
      [32, 52, 'United Arab Emirates', 'AE'],
      [62, 66, 'Irak', 'IQ'],
      [74, 95, "États-Unis d'Amérique", 'US'],
    ]);
  });

  it('reads a real sanctions-list comment (UN consolidated list)', () => {
    const xml = readFileSync(UN_LIST, 'utf8');
    const comment = 'Jo Yong Chol is a DPRK Ministry of State Security Official stationed in Syria supporting KOMID.';
    expect(xml).toContain(comment);
    expect(countries(comment)).toEqual([[72, 77, 'Syria', 'SY']]);
  });

  it('reads adjectives of the region but not in money or a nisba', () => {
    const text = 'the Syrian regime paid 500 Syrian pounds and 200 livres syriennes to Abou Yahya Al Iraki';
    expect(countries(text)).toEqual([[4, 10, 'Syrian', 'SY']]);
    expect(countryRecogniser.recognise('un ressortissant irakien', { languages: [] })[0]?.attrs).toEqual({ via: 'adjective' });
  });

  it('does not take a country name that is part of a person’s name or a common word', () => {
    expect(countries('Michael Jordan went to Jordan')).toEqual([[23, 29, 'Jordan', 'JO']]);
    expect(countries('New Jersey, Chad Smith, M. Maurice')).toEqual([]);
  });

  it('is named and versioned for the registry', () => {
    expect(countryRecogniser.name).toBe('country');
    expect(countryRecogniser.version).toBe(1);
  });
});
