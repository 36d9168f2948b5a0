import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { personArabicRecogniser } from './person-arabic.js';

/** Every invented name below is fictional. */
function persons(text: string) {
  const mentions = personArabicRecogniser.recognise(text, { languages: ['ar'] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value]);
}

function details(text: string) {
  return personArabicRecogniser.recognise(text, { languages: ['ar'] }).map((m) => m.attrs);
}

describe('person-arabic: kunya', () => {
  it('reads أبو/أم + name + nisba and leaves the honorific out', () => {
    const text = 'من: الشيخ أبو تراب الكبيسي\nإلى: الأخ أم حفص الدليمي';
    expect(persons(text)).toEqual([
      [10, 26, 'أبو تراب الكبيسي', 'ابو تراب الكبيسي'],
      [37, 51, 'أم حفص الدليمي', 'ام حفص الدليمي'],
    ]);
    expect(details(text)).toEqual([
      { parts: [{ role: 'kunya', text: 'أبو تراب' }, { role: 'nisba', text: 'الكبيسي' }], honorific: 'الشيخ' },
      { parts: [{ role: 'kunya', text: 'أم حفص' }, { role: 'nisba', text: 'الدليمي' }], honorific: 'الأخ' },
    ]);
  });

  it('starts after a proclitic glued to the kunya (وأبو، لأبي) and takes the hamza-less ابو', () => {
    expect(persons('وصل المبلغ وأبو حمزة العاني في الطريق')).toEqual([[12, 27, 'أبو حمزة العاني', 'ابو حمزه العاني']]);
    expect(persons('سلّم المبلغ لأبي حفص المهاجر')).toEqual([[13, 28, 'أبي حفص المهاجر', 'ابي حفص المهاجر']]);
    expect(persons('ابو عمر الطويل')).toEqual([[0, 14, 'ابو عمر الطويل', 'ابو عمر الطويل']]);
  });

  it('keeps laqabs (الطويل، الدكتور) as parts of the name', () => {
    expect(details('أبو سلمان الدكتور')).toEqual([{ parts: [{ role: 'kunya', text: 'أبو سلمان' }, { role: 'laqab', text: 'الدكتور' }] }]);
  });

  it('takes diacritics and tatweel into the surface and out of the value', () => {
    expect(persons('أَبُو حَمْزَةَ الكُبَيْسِيّ')).toEqual([[0, 27, 'أَبُو حَمْزَةَ الكُبَيْسِيّ', 'ابو حمزه الكبيسي']]);
    expect(persons('أبـو عمر')).toEqual([[0, 8, 'أبـو عمر', 'ابو عمر']]);
  });

  it('does not read أم "or", nor a place spelt like a kunya', () => {
    expect(persons('هل وصل المبلغ أم لا؟')).toEqual([]);
    expect(persons('سافر إلى أبو ظبي ثم إلى أم قصر')).toEqual([]);
  });
});

describe('person-arabic: ism, nasab, nisba', () => {
  it('reads ism + بن/بنت + name + nisba', () => {
    expect(persons('استلمنا من خليل بن إبراهيم الجبوري مبلغ')).toEqual([[11, 34, 'خليل بن إبراهيم الجبوري', 'خليل بن ابراهيم الجبوري']]);
    expect(details('خديجة بنت سالم النعيمي')).toEqual([
      { parts: [{ role: 'ism', text: 'خديجة' }, { role: 'nasab', text: 'بنت سالم' }, { role: 'nisba', text: 'النعيمي' }] },
    ]);
  });

  it('reads a family name with آل', () => {
    expect(details('خالد بن سعد آل مهدي')).toEqual([
      { parts: [{ role: 'ism', text: 'خالد' }, { role: 'nasab', text: 'بن سعد' }, { role: 'family', text: 'آل مهدي' }] },
    ]);
  });

  it('reads compound names (عبد الرحمن، عبدالله) as one ism', () => {
    expect(persons('عبد الرحمن بن عيسى الراوي')).toEqual([[0, 25, 'عبد الرحمن بن عيسى الراوي', 'عبد الرحمن بن عيسي الراوي']]);
    expect(persons('رأيت عبدالله الشمري')).toEqual([[5, 19, 'عبدالله الشمري', 'عبدالله الشمري']]);
  });

  it('needs a nasab, a nisba or a title: a given name that is also a word is not a name alone', () => {
    // Real Arabic text (Apache Tika test document): حكيم "wise" is also a given name.
    const html = iconv.decode(readFileSync('/work/shared/data/samples/formats/testArabicMisleadingCharset.html'), 'windows-1256');
    expect(html).toContain('رجل حكيم');
    expect(persons(html)).toEqual([]);
    expect(persons('المبلغ الحالي صالح للصرف')).toEqual([]);
    expect(persons('وصل الأخ زياد')).toEqual([[9, 13, 'زياد', 'زياد']]);
  });

  it('does not run a name across a line break or a table cell', () => {
    expect(persons('أبو عمر\tالكبيسي')).toEqual([[0, 7, 'أبو عمر', 'ابو عمر']]);
    expect(persons('زياد\nالجبوري')).toEqual([]);
  });
});

describe('person-arabic: the recogniser', () => {
  it('is named and versioned for the registry', () => {
    expect(personArabicRecogniser.name).toBe('person-arabic');
    expect(personArabicRecogniser.version).toBe(1);
    expect(personArabicRecogniser.types).toEqual(['person']);
  });
});
