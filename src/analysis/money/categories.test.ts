import { describe, expect, it } from 'vitest';
import { categorise, directionOfCategory, directionOfLabel, foreignCountry, reconcile, settleAbroad } from './categories.js';

describe('categorise', () => {
  it.each([
    ['الزكاة والضرائب', 'taxation_zakat'],
    ['زكاة الأنعام', 'taxation_zakat'],
    ['جباية المحلات', 'taxation_zakat'],
    ['zakat and taxes', 'taxation_zakat'],
    ['impôts', 'taxation_zakat'],
    ['بيع النفط', 'oil_sales'],
    ['صهاريج المازوت', 'oil_sales'],
    ['crude oil sales', 'oil_sales'],
    ['ventes de pétrole', 'oil_sales'],
    ['رسوم نقاط التفتيش', 'checkpoint_fees'],
    ['رسوم السيطرات', 'checkpoint_fees'],
    ['checkpoint fees', 'checkpoint_fees'],
    ['droits de passage aux points de contrôle', 'checkpoint_fees'],
    ['بيع الآثار', 'antiquities'],
    ['الركاز', 'antiquities'],
    ['sale of antiquities', 'antiquities'],
    ['vente d’antiquités', 'antiquities'],
    ['فدية', 'ransom'],
    ['ransom for the hostage', 'ransom'],
    ['rançon', 'ransom'],
    ['تبرعات من الخارج', 'donations_abroad'],
    ['donations from abroad', 'donations_abroad'],
    ['dons de l’étranger', 'donations_abroad'],
    ['رواتب', 'salaries'],
    ['salaries', 'salaries'],
    ['salaires', 'salaries'],
    ['حوالة إلى الخارج', 'transfers_abroad'],
    ['transfer abroad', 'transfers_abroad'],
    ['virement à l’étranger', 'transfers_abroad'],
  ])('%s → %s', (text, category) => {
    expect(categorise(text)?.category).toBe(category);
  });

  it('gives the words that decided, as written, with their offsets', () => {
    const v = categorise('استلمنا المبلغ من بيع النفط في القائم')!;
    expect(v).toMatchObject({ category: 'oil_sales', words: 'بيع النفط' });
    expect('استلمنا المبلغ من بيع النفط في القائم'.slice(v.start, v.end)).toBe('بيع النفط');
  });

  it('takes attached conjunctions and prepositions, not words inside other words', () => {
    expect(categorise('والزكاة')?.category).toBe('taxation_zakat');
    expect(categorise('للرواتب')?.category).toBe('salaries');
    expect(categorise('boiler room')).toBeNull(); // "oil" inside a word
    expect(categorise('Abu Ali')).toBeNull();
    expect(categorise('')).toBeNull();
  });

  it('says whether the words themselves say abroad', () => {
    expect(categorise('تبرعات من الخارج')!.abroad).toBe(true);
    expect(categorise('تبرعات')!.abroad).toBe(false);
    expect(categorise('hawala')!.abroad).toBe(false);
  });
});

describe('settleAbroad and reconcile', () => {
  it('a bare donation or transfer needs a foreign place', () => {
    expect(settleAbroad(categorise('hawala'), null)).toMatchObject({ category: 'other' });
    expect(settleAbroad(categorise('hawala'), { country: 'TR', reason: 'place' })).toMatchObject({ category: 'transfers_abroad' });
    expect(settleAbroad(categorise('حوالة إلى الخارج'), null)).toMatchObject({ category: 'transfers_abroad' });
    expect(settleAbroad(categorise('فدية'), null)).toMatchObject({ category: 'ransom' });
    expect(settleAbroad(null, null)).toBeNull();
  });

  it('a category against the money’s direction', () => {
    expect(reconcile('oil_sales', 'fuel', 'spending').category).toBe('other');
    expect(reconcile('oil_sales', 'oil', 'income').category).toBe('oil_sales');
    expect(reconcile('transfers_abroad', 'hawala', 'income').category).toBe('donations_abroad');
    expect(reconcile('salaries', 'salary', 'unknown').category).toBe('salaries');
    expect(directionOfCategory('ransom')).toBe('income');
    expect(directionOfCategory('salaries')).toBe('spending');
    expect(directionOfCategory('other')).toBe('unknown');
  });
});

describe('directionOfLabel', () => {
  it.each([
    ['الواردات', 'income'],
    ['سجل الإيرادات 2015', 'income'],
    ['Income', 'income'],
    ['Recettes', 'income'],
    ['المصروفات', 'spending'],
    ['مصاريف الشهر', 'spending'],
    ['Expenses', 'spending'],
    ['Dépenses', 'spending'],
    ['وارد', 'income'],
    ['صادر', 'spending'],
  ])('%s → %s', (label, direction) => {
    expect(directionOfLabel(label)?.direction).toBe(direction);
  });

  it('names neither, or both', () => {
    expect(directionOfLabel('الحوالات')).toBeNull();
    expect(directionOfLabel('Transfers')).toBeNull();
    expect(directionOfLabel('الواردات والمصروفات')).toBeNull();
    expect(directionOfLabel('Sheet1')).toBeNull();
  });
});

describe('foreignCountry', () => {
  it('a foreign city or country, not a home one', () => {
    expect(foreignCountry(['الموصل', 'إسطنبول'])).toEqual({ country: 'TR', reason: 'place "إسطنبول" (TR)' });
    expect(foreignCountry(['via an exchange office in Gaziantep'])).toMatchObject({ country: 'TR' });
    expect(foreignCountry(['from Kuwait'])).toMatchObject({ country: 'KW' });
    expect(foreignCountry(['الرقة', 'الموصل'])).toBeNull();
    expect(foreignCountry(['Mosul'], ['IQ'])).toBeNull();
    expect(foreignCountry([null, '', '1500'])).toBeNull();
  });
});
