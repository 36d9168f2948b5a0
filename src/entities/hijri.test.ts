import { describe, expect, it } from 'vitest';
import { gregorianDateRecogniser } from './date.js';
import { hijriDateRecogniser } from './hijri.js';

/** [start, end, surface, value, hijri] of each Hijri date; checks offsets on the way. */
function hijri(text: string) {
  const mentions = hijriDateRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.type).toBe('date');
    expect(m.attrs?.calendar).toBe('hijri');
  }
  return mentions.map((m) => [m.start, m.end, m.surface, m.value, m.attrs?.hijri]);
}

describe('Hijri dates', () => {
  it('reads numeric and named Arabic dates, converted with the Umm al-Qura table', () => {
    const text = 'التاريخ: ١١/٠٥/١٤٣٧ هـ، و12 رمضان 1436 هـ و1437/1/4هـ و١٢/٩/١٤٣٦هـ';
    expect(hijri(text)).toEqual([
      [9, 22, '١١/٠٥/١٤٣٧ هـ', '2016-02-20', '1437-05-11'],
      [25, 41, '12 رمضان 1436 هـ', '2015-06-29', '1436-09-12'],
      [43, 53, '1437/1/4هـ', '2015-10-17', '1437-01-04'],
      [55, 66, '١٢/٩/١٤٣٦هـ', '2015-06-29', '1436-09-12'],
    ]);
  });

  it('reads the common Arabic spellings of the months, and غرة for the first', () => {
    const text = 'غرة ذي القعدة 1437هـ و 29 ربيع الثاني 1439 و ٣ جمادى الأولى ١٤٣٨ه و 5 جمادي الاخرة 1439 هـ';
    expect(hijri(text)).toEqual([
      [0, 20, 'غرة ذي القعدة 1437هـ', '2016-08-04', '1437-11-01'],
      [23, 42, '29 ربيع الثاني 1439', '2018-01-16', '1439-04-29'],
      [45, 65, '٣ جمادى الأولى ١٤٣٨ه', '2017-01-31', '1438-05-03'],
      [68, 90, '5 جمادي الاخرة 1439 هـ', '2018-02-21', '1439-06-05'],
    ]);
  });

  it('reads Latin transliterations of the months', () => {
    const text =
      '1 Rabi al-Thani 1440H; 28 Dhu al-Hijjah 1438 AH; 14/08/1435 AH; 3 Rabi I 1437; 10 Jumada II 1439 A.H.; ' +
      '5 Dhul-Qa’dah 1438; 7 Rabiʿ al-Awwal 1436; 2 Chaabane 1437 H';
    expect(hijri(text)).toEqual([
      [0, 21, '1 Rabi al-Thani 1440H', '2018-12-08', '1440-04-01'],
      [23, 47, '28 Dhu al-Hijjah 1438 AH', '2017-09-19', '1438-12-28'],
      [49, 62, '14/08/1435 AH', '2014-06-12', '1435-08-14'],
      [64, 77, '3 Rabi I 1437', '2015-12-14', '1437-03-03'],
      [79, 101, '10 Jumada II 1439 A.H.', '2018-02-26', '1439-06-10'],
      [103, 121, '5 Dhul-Qa’dah 1438', '2017-07-28', '1438-11-05'],
      [123, 144, '7 Rabiʿ al-Awwal 1436', '2014-12-29', '1436-03-07'],
      [146, 163, '2 Chaabane 1437 H', '2016-05-09', '1437-08-02'],
    ]);
  });

  it('reads a date whose parts a wrapped PDF line split', () => {
    expect(hijri('in Doha on 10 Rabi al-Thani 1439\nAH.')).toEqual([
      [11, 35, '10 Rabi al-Thani 1439\nAH', '2017-12-28', '1439-04-10'],
    ]);
  });

  it('reads a month or a year alone, with the Gregorian span it covers', () => {
    const [month, year] = hijriDateRecogniser.recognise('في رمضان 1436هـ، وفي عام 1440 هـ', { languages: ['ar'] });
    expect([month!.surface, month!.value, month!.attrs]).toEqual([
      'رمضان 1436هـ',
      '2015-06',
      { calendar: 'hijri', hijri: '1436-09', precision: 'month', from: '2015-06-18', to: '2015-07-16' },
    ]);
    expect([year!.surface, year!.value, year!.attrs]).toEqual([
      '1440 هـ',
      '2018-09',
      { calendar: 'hijri', hijri: '1440', precision: 'year', from: '2018-09-11', to: '2019-08-30' },
    ]);
  });

  it('reads a day 30 in a month the table gives 29 days as the day after the 29th, less surely', () => {
    const [m] = hijriDateRecogniser.recognise('30 صفر 1438هـ', { languages: [] });
    expect([m!.value, m!.attrs?.hijri]).toEqual(['2016-11-30', '1438-02-30']);
    expect(m!.confidence).toBeLessThan(0.9);
  });

  it('does not read hours, names, Persian solar dates or Gregorian years as Hijri dates', () => {
    expect(hijri('Meet at 1400h; Route 1440 H. Smith; le 12/05/2015 هذا')).toEqual([]);
    expect(hijri('ارزش لیره سوریه افزایش یافت ۱۵ فروردین ۱۳۹۷، ۱۷:۰۸')).toEqual([]);
  });

  it('never yields the same text as a Gregorian date', () => {
    const text = 'التاريخ: 15/12/1438 هـ الموافق 06/09/2017م، و1437/1/4هـ، و٢٠ آب ٢٠١٧';
    const h = hijriDateRecogniser.recognise(text, { languages: [] });
    const g = gregorianDateRecogniser.recognise(text, { languages: [] });
    expect(h.map((m) => m.surface)).toEqual(['15/12/1438 هـ', '1437/1/4هـ']);
    expect(g.map((m) => m.surface)).toEqual(['06/09/2017م', '٢٠ آب ٢٠١٧']);
  });
});
