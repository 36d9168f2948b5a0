import { describe, expect, it } from 'vitest';
import { foldText, parseArabicNumberWords, parseDigitAmount, scaleWordValue } from './numbers.js';

describe('parseDigitAmount', () => {
  it.each([
    ['5000', 5000],
    ['5,000', 5000],
    ['5 000', 5000],
    ['5\u202F000', 5000], // narrow no-break space, as French typesetting writes it
    ['5\u00A0000\u00A0000', 5000000],
    ['5,000.50', 5000.5],
    ['5.000,50', 5000.5],
    ['9.200', 9200], // "1 دولار أمريكي = 9.200 ليرة سورية": dots group thousands
    ['12,5', 12.5],
    ['1 234,75', 1234.75],
    ['٥٠٠٠', 5000],
    ['۵۰۰۰', 5000],
    ['٥٬٠٠٠', 5000],
    ['٥٬٠٠٠٫٥', 5000.5],
    ['٣٫٥', 3.5],
    ['65,761,000', 65761000],
  ])('%s → %d', (written, value) => {
    expect(parseDigitAmount(written)).toBe(value);
  });

  it.each(['5,000,50', '1,2345', '12,34,567', '5.000,000.00', '1 23'])('rejects the inconsistent %s', (written) => {
    expect(parseDigitAmount(written)).toBeUndefined();
  });
});

describe('parseArabicNumberWords', () => {
  it.each([
    ['خمسة آلاف', 5000],
    ['ألف', 1000],
    ['ألفين', 2000],
    ['ألفا', 2000],
    ['عشرة آلاف', 10000],
    ['أحد عشر ألفاً', 11000],
    ['خمسة وعشرون ألف', 25000],
    ['ثلاثة آلاف وخمسمائة', 3500],
    ['ثلاث مائة', 300],
    ['مئتا ألف', 200000],
    ['مليون وأربعمئة ألف', 1400000], // "أكثر من مليون وأربعمئة ألف ل.س"
    ['ثلاثمائة مليون', 300000000], // "ويتحدثها أكثر من ثلاثمائة مليون إنسان"
    ['مليونين', 2000000],
    ['ألف و خمسمائة', 1500],
    ['نصف مليون', 500000],
    ['مليون ونصف', 1500000],
    ['ربع مليون', 250000],
  ])('%s → %d', (written, value) => {
    expect(parseArabicNumberWords(written)).toBe(value);
  });

  it('rejects words that are not numbers and scales out of order', () => {
    expect(parseArabicNumberWords('خمسة رجال')).toBeUndefined();
    expect(parseArabicNumberWords('ألف مليون')).toBeUndefined();
    expect(parseArabicNumberWords('نصف')).toBeUndefined();
  });

  it('reads scale words after digits', () => {
    expect(scaleWordValue('آلاف')).toBe(1000);
    expect(scaleWordValue('ملايين')).toBe(1e6);
    expect(scaleWordValue('مليونين')).toBe(2e6);
    expect(scaleWordValue('ألفاً', true)).toBe(1000);
    expect(scaleWordValue('Millions')).toBe(1e6);
    expect(scaleWordValue('milliards')).toBe(1e9);
    expect(scaleWordValue('dollars')).toBeUndefined();
  });
});

describe('foldText', () => {
  it('folds digits, hamza forms, ta marbuta and spaces without moving offsets', () => {
    const text = 'مبلغ ٥٠٠٠ ليرة سورية في أيار\u00A02015';
    const folded = foldText(text);
    expect(folded.text).toBe('مبلغ 5000 ليره سوريه في ايار 2015');
    expect(folded.start(5)).toBe(5);
    expect(folded.end(9)).toBe(9);
  });

  it('drops harakat, tatweel and bidi marks and maps matches back to the exact text', () => {
    const text = 'بتاريخ \u200F١٤٣٦/٩/١٢هـ دفعنا ألفاً وخمسمائةِ دولارٍ';
    const folded = foldText(text);
    expect(folded.text).toBe('بتاريخ 1436/9/12ه دفعنا الفا وخمسمائه دولار');
    const date = folded.text.indexOf('1436');
    expect(text.slice(folded.start(date), folded.end(date + 10))).toBe('١٤٣٦/٩/١٢هـ');
    const dollar = folded.text.indexOf('دولار');
    expect(text.slice(folded.start(dollar), folded.end(dollar + 5))).toBe('دولارٍ');
  });

  it('unfolds presentation forms and keeps the rest aligned', () => {
    const text = 'ﻻ 500 $';
    const folded = foldText(text);
    expect(folded.text).toBe('لا 500 $');
    expect(text.slice(folded.start(3), folded.end(8))).toBe('500 $');
  });

  it('drops Latin accents and folds typographic apostrophes', () => {
    expect(foldText('5 millions d’euros, Rabiʿ al-Awwal, réglé').text).toBe("5 millions d'euros, Rabi' al-Awwal, regle");
  });
});
