import { describe, expect, it } from 'vitest';
import { gregorianDateRecogniser } from './date.js';

/** [start, end, surface, value] of each date; checks offsets and attrs on the way. */
function dates(text: string) {
  const mentions = gregorianDateRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.attrs).toEqual({ calendar: 'gregorian' });
  }
  return mentions.map((m) => [m.start, m.end, m.surface, m.value]);
}

describe('Gregorian dates', () => {
  it('reads Levantine and Egyptian month names, a double name and the م suffix', () => {
    const text = 'التاريخ: 31 كانون الأول 2016 ثم ٤ آذار/مارس ٢٠١٥م ثم 20 آب 2017 و1 نوفمبر 2018 و16/10/2015م';
    expect(dates(text)).toEqual([
      [9, 28, '31 كانون الأول 2016', '2016-12-31'],
      [32, 49, '٤ آذار/مارس ٢٠١٥م', '2015-03-04'],
      [53, 63, '20 آب 2017', '2017-08-20'],
      [65, 78, '1 نوفمبر 2018', '2018-11-01'],
      [80, 91, '16/10/2015م', '2015-10-16'],
    ]);
  });

  it('reads dates in a Syrian news wire (2020), and a month with its year alone', () => {
    const text =
      'النظام يمدد المهل القانونية الواردة في تشريعات الضرائب ابتداء من 22-3-2020 (وسائل إعلام النظام). ' +
      'تاريخ النشر: 2020/05/23 10:05. إذ تخطى الدولار الـ 4600 ليرة في 17 آذار الماضي. ' +
      'وكان سعر الصرف قبل اندلاع الأزمة في مارس 2011 يبلغ 48 ليرة للدولار.';
    expect(dates(text)).toEqual([
      [65, 74, '22-3-2020', '2020-03-22'],
      [110, 120, '2020/05/23', '2020-05-23'],
      [213, 222, 'مارس 2011', '2011-03'],
    ]);
  });

  it('reads English and French dates in their usual orders', () => {
    const text = 'Date: July 27, 2016. Signed 4th of March 2015, le 1er mars 2015, 14 juillet 2017, Sept. 3, 2014.';
    expect(dates(text)).toEqual([
      [6, 19, 'July 27, 2016', '2016-07-27'],
      [28, 45, '4th of March 2015', '2015-03-04'],
      [50, 63, '1er mars 2015', '2015-03-01'],
      [65, 80, '14 juillet 2017', '2017-07-14'],
      [82, 95, 'Sept. 3, 2014', '2014-09-03'],
    ]);
  });

  it('needs a capital for an English month and year alone ("may 2015" is usually a verb)', () => {
    expect(dates('in March 2015 we may 2015 not')).toEqual([[3, 13, 'March 2015', '2015-03']]);
  });

  it('reads numeric dates day first unless the document writes a month-first date somewhere', () => {
    expect(dates('Reçu le 04/03/2015 et le 25/12/2015.')).toEqual([
      [8, 18, '04/03/2015', '2015-03-04'],
      [25, 35, '25/12/2015', '2015-12-25'],
    ]);
    expect(dates('Invoice 03/04/2016, paid 12/25/2016')).toEqual([
      [8, 18, '03/04/2016', '2016-03-04'],
      [25, 35, '12/25/2016', '2016-12-25'],
    ]);
  });

  it('gives an ambiguous day/month a lower confidence than a clear one', () => {
    const [ambiguous, clear] = gregorianDateRecogniser.recognise('04/03/2015 و 25/03/2015', { languages: ['ar'] });
    expect(ambiguous!.confidence).toBeLessThan(clear!.confidence);
  });

  it('reads ISO dates inside timestamps and WhatsApp headers', () => {
    expect(dates('Date: 2018-11-07T09:24:20.000Z\n[29/05/2018, 11:16:02] أبو وقاص: السلام عليكم')).toEqual([
      [6, 16, '2018-11-07', '2018-11-07'],
      [32, 42, '29/05/2018', '2018-05-29'],
    ]);
  });

  it('leaves Hijri dates, impossible dates, phone numbers and version strings alone', () => {
    expect(dates('التاريخ: ١١/٠٥/١٤٣٧ هـ و 15/12/1438 و 12 رمضان 1436 هـ و 04/03/2015 هـ')).toEqual([]);
    expect(dates('31/02/2015; 2015-13-01; Tel +963-2015-03-04; v1.2.2015; 12/5/15')).toEqual([]);
  });
});
