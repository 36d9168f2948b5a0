import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HIJRI_MONTHS_AR,
  HIJRI_MONTHS_EN,
  formatGregorianIso,
  gregorianToHijri,
  hijriMonthLength,
  hijriToGregorian,
  isValidHijri,
} from './umm-al-qura.js';

/** The day-by-day reference table beside the repo (test-only; not needed at run time). */
const CSV_URL = new URL('../../../shared/standards/ummalqura/ummalqura-calendar.csv', import.meta.url);
const rows = readFileSync(CSV_URL, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [rjd, hy, hm, hd, gy, gm, gd] = line.split(',').map(Number) as [number, number, number, number, number, number, number];
    return { rjd, h: { year: hy, month: hm, day: hd }, g: { year: gy, month: gm, day: gd } };
  });

describe('Umm al-Qura table', () => {
  it('converts every row of the reference CSV both ways', () => {
    expect(rows.length).toBe(55_991);
    const mismatches: string[] = [];
    for (const { h, g } of rows) {
      const toG = formatGregorianIso(hijriToGregorian(h));
      const toH = gregorianToHijri(g);
      if (toG !== formatGregorianIso(g) || toH.year !== h.year || toH.month !== h.month || toH.day !== h.day) {
        mismatches.push(`${JSON.stringify(h)} <-> ${formatGregorianIso(g)}: got ${toG}, ${JSON.stringify(toH)}`);
      }
      if (mismatches.length > 10) break;
    }
    expect(mismatches).toEqual([]);
  });

  it('has month lengths that add up to the table and match the CSV', () => {
    let total = 0;
    for (let y = 1343; y <= 1500; y++) {
      for (let m = 1; m <= 12; m++) {
        const length = hijriMonthLength(y, m);
        const lastRow = rows.filter((r) => r.h.year === y && r.h.month === m).at(-1);
        expect(lastRow?.h.day, `${y}-${m}`).toBe(length);
        total += length;
      }
    }
    expect(total).toBe(rows.length);
    expect(rows.at(-1)!.rjd - rows[0]!.rjd + 1).toBe(total);
  });

  it('knows the irregular months of the early official table', () => {
    expect(hijriMonthLength(1343, 9)).toBe(28);
    expect(hijriMonthLength(1345, 5)).toBe(31);
    expect(hijriMonthLength(1440, 9)).toBe(29);
    expect(hijriMonthLength(1440, 8)).toBe(30);
  });

  it('matches spot values', () => {
    expect(hijriToGregorian({ year: 1440, month: 9, day: 1 })).toEqual({ year: 2019, month: 5, day: 6 });
    expect(gregorianToHijri({ year: 2019, month: 5, day: 6 })).toEqual({ year: 1440, month: 9, day: 1 });
    expect(hijriToGregorian({ year: 1437, month: 3, day: 15 })).toEqual({ year: 2015, month: 12, day: 26 });
    expect(hijriToGregorian({ year: 1343, month: 1, day: 1 })).toEqual({ year: 1924, month: 8, day: 1 });
    expect(hijriToGregorian({ year: 1500, month: 12, day: 30 })).toEqual({ year: 2077, month: 11, day: 16 });
    expect(gregorianToHijri({ year: 2000, month: 2, day: 29 })).toEqual({ year: 1420, month: 11, day: 23 });
    expect(formatGregorianIso({ year: 2016, month: 1, day: 5 })).toBe('2016-01-05');
  });

  it('rejects dates outside the table or that do not exist', () => {
    expect(() => hijriToGregorian({ year: 1342, month: 12, day: 29 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 1501, month: 1, day: 1 })).toThrow(/outside the Umm al-Qura table/);
    expect(() => hijriToGregorian({ year: 1440, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 1440, month: 9, day: 30 })).toThrow(/has 29 days/);
    expect(() => hijriToGregorian({ year: 1440, month: 9, day: 0 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 1440, month: 9, day: 1.5 })).toThrow(RangeError);
    expect(() => hijriMonthLength(1501, 1)).toThrow(RangeError);
    expect(() => gregorianToHijri({ year: 1924, month: 7, day: 31 })).toThrow(/outside.*1924-08-01 to 2077-11-16/);
    expect(() => gregorianToHijri({ year: 2077, month: 11, day: 17 })).toThrow(RangeError);
    expect(() => gregorianToHijri({ year: 2019, month: 2, day: 29 })).toThrow(/not a valid date/);
    expect(() => gregorianToHijri({ year: 2019, month: 4, day: 31 })).toThrow(/not a valid date/);
    expect(() => gregorianToHijri({ year: 2019, month: 0, day: 1 })).toThrow(/not a valid date/);
  });

  it('validates Hijri dates', () => {
    expect(isValidHijri({ year: 1440, month: 8, day: 30 })).toBe(true);
    expect(isValidHijri({ year: 1440, month: 9, day: 30 })).toBe(false);
    expect(isValidHijri({ year: 1343, month: 9, day: 29 })).toBe(false);
    expect(isValidHijri({ year: 1345, month: 5, day: 31 })).toBe(true);
    expect(isValidHijri({ year: 1342, month: 1, day: 1 })).toBe(false);
    expect(isValidHijri({ year: 1440, month: 0, day: 1 })).toBe(false);
  });

  it('lists twelve month names in each language', () => {
    expect(HIJRI_MONTHS_AR).toHaveLength(12);
    expect(HIJRI_MONTHS_EN).toHaveLength(12);
    expect(HIJRI_MONTHS_AR[8]).toBe('رمضان');
    expect(HIJRI_MONTHS_EN[8]).toBe('Ramadan');
  });
});
