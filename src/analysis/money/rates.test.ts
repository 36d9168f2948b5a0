import { describe, expect, it } from 'vitest';
import { RATE_SOURCES, toUsd, USD_PER_UNIT_BY_MONTH, usdPerUnit } from './rates.js';

describe('rates', () => {
  it('covers every month of 2013-2020 for every currency', () => {
    for (const [currency, months] of Object.entries(USD_PER_UNIT_BY_MONTH)) {
      expect(Object.keys(months), currency).toHaveLength(96);
      expect(months['2013-01'], currency).toBeGreaterThan(0);
      expect(months['2020-12'], currency).toBeGreaterThan(0);
      for (const v of Object.values(months)) expect(Number.isFinite(v) && v > 0, currency).toBe(true);
    }
    expect(RATE_SOURCES.map((s) => s.currency).sort()).toEqual(['AED', 'EUR', 'IQD', 'SAR', 'SYP', 'TRY', 'USD']);
  });

  it('pegs are exact and need no date', () => {
    expect(toUsd(3750, 'SAR', '2015-06-01')).toBe(1000);
    expect(toUsd(3672.5, 'AED', '2019-01-15')).toBe(1000);
    expect(toUsd(3750, 'SAR', null)).toBe(1000);
    expect(toUsd(5, 'USD', null)).toBe(5);
    expect(toUsd(3750, 'SAR', '1980-01-01')).toBeNull(); // before the peg
  });

  it('the Central Bank of Iraq official rates', () => {
    expect(usdPerUnit('IQD', '2015-12-31')).toBeCloseTo(1 / 1166, 12);
    expect(usdPerUnit('IQD', '2016-01-01')).toBeCloseTo(1 / 1182, 12);
    expect(usdPerUnit('IQD', '2020-11-30')).toBeCloseTo(1 / 1182, 12);
    expect(usdPerUnit('IQD', '2020-12-20')).toBeCloseTo(1 / 1450, 12);
    expect(toUsd(1_182_000, 'IQD', '2017-05')).toBe(1000);
  });

  it('monthly EUR and TRY, official SYP, by the month of the date', () => {
    expect(usdPerUnit('EUR', '2015-03-17')).toBeCloseTo(1.0838, 4);
    expect(usdPerUnit('TRY', '2018-08-10')).toBeCloseTo(1 / 5.727, 6);
    expect(usdPerUnit('SYP', '2018-06-01')).toBeCloseTo(1 / 434, 9);
    expect(usdPerUnit('SYP', '2013-01-10')).toBeCloseTo(1 / 77, 9);
    // SYP weakens over 2013-2016: fewer dollars per pound each year.
    expect(usdPerUnit('SYP', '2016-12')!).toBeLessThan(usdPerUnit('SYP', '2014-12')!);
  });

  it('is null without a rate', () => {
    expect(toUsd(100, 'EUR', null)).toBeNull();
    expect(toUsd(100, 'EUR', '2012-12-31')).toBeNull();
    expect(toUsd(100, 'EUR', '2021-01-01')).toBeNull();
    expect(toUsd(100, 'GBP', '2015-01-01')).toBeNull();
    expect(toUsd(100, 'XXX', '2015-01-01')).toBeNull();
    expect(toUsd(100, 'EUR', 'not a date')).toBeNull();
  });
});
