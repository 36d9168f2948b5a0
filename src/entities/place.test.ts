import { describe, expect, it } from 'vitest';
import { placeRecogniser } from './place.js';

/** Every person named below is fictional. */
function places(text: string) {
  const mentions = placeRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value, (m.attrs as { country: string }).country]);
}

describe('place: Arabic names', () => {
  it('reads cities through the article and the proclitics', () => {
    expect(places('نلتقي في الموصل ثم بالرقة وللموصل')).toEqual([
      [9, 15, 'الموصل', 'Mosul', 'IQ'],
      [20, 25, 'الرقة', 'Raqqa', 'SY'],
      [28, 33, 'لموصل', 'Mosul', 'IQ'],
    ]);
    expect(places('نلتقي في غازي عنتاب يوم 12')).toEqual([[9, 19, 'غازي عنتاب', 'Gaziantep', 'TR']]);
  });

  it('gives coordinates and the country', () => {
    const [m] = placeRecogniser.recognise('في مدينة الكويت', { languages: ['ar'] });
    expect(m).toMatchObject({ start: 3, end: 15, surface: 'مدينة الكويت', value: 'Kuwait City', attrs: { country: 'KW', lat: 29.37, lon: 47.98 } });
  });

  it('needs a locative cue for a name that is also a word (صور "pictures", الباب "the door")', () => {
    expect(places('أرسل صور المبلغ وأغلق الباب')).toEqual([]);
    expect(places('وصلنا إلى صور')).toEqual([[10, 13, 'صور', 'Tyre', 'LB']]);
    expect(places('التاريخ\tالمبلغ\tالباب\n')).toEqual([[15, 20, 'الباب', 'Al-Bab', 'SY']]);
  });

  it('picks the Tripoli of the country the document names', () => {
    expect(places('نلتقي في طرابلس')).toEqual([[9, 15, 'طرابلس', 'Tripoli', 'LB']]);
    expect(places('نلتقي في طرابلس عاصمة ليبيا')).toEqual([[9, 15, 'طرابلس', 'Tripoli', 'LY']]);
  });

  it('keeps Amman apart from Oman', () => {
    expect(places('في عمّان')).toEqual([[3, 8, 'عمّان', 'Amman', 'JO']]);
    expect(places('في عُمان وسلطنة عمان')).toEqual([]);
  });
});

describe('place: Latin names', () => {
  it('reads curated English and French names and addresses', () => {
    expect(places('Virement à Hermannstraße 92, 12951 Berlin, puis Anvers et Londres.')).toEqual([
      [35, 41, 'Berlin', 'Berlin', 'DE'],
      [48, 54, 'Anvers', 'Antwerp', 'BE'],
      [58, 65, 'Londres', 'London', 'GB'],
    ]);
    expect(places('We meet in Deir ez-Zor, then Şanlıurfa and Sanliurfa')).toEqual([
      [11, 22, 'Deir ez-Zor', 'Deir ez-Zor', 'SY'],
      [29, 38, 'Şanlıurfa', 'Şanlıurfa', 'TR'],
      [43, 52, 'Sanliurfa', 'Şanlıurfa', 'TR'],
    ]);
  });

  it('does not take a city name inside a person’s name', () => {
    expect(places('Riyadh Khalid al-Halabi is in Riyadh')).toEqual([[30, 36, 'Riyadh', 'Riyadh', 'SA']]);
  });

  it('falls back on GeoNames for other cities, in context, with the geonameid', () => {
    const [kiel] = placeRecogniser.recognise('The shipment left from Kiel yesterday.', { languages: ['en'] });
    expect(kiel).toMatchObject({ start: 23, end: 27, value: 'Kiel', attrs: { country: 'DE', geonameid: 2891122 } });
    expect(places('Kiel is a word here')).toEqual([]);
  });

  it('guards common words that are also cities', () => {
    expect(places('Nice weather. Of course. Mobile phone. Reading the report in Reading.')).toEqual([]);
    expect(places('Rendez-vous à Nice')).toEqual([[14, 18, 'Nice', 'Nice', 'FR']]);
  });

  it('is named and versioned for the registry', () => {
    expect(placeRecogniser.name).toBe('place');
    expect(placeRecogniser.version).toBe(1);
  });
});
