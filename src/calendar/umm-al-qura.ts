/**
 * Umm al-Qura (Saudi official) Hijri calendar <-> Gregorian conversion, 1343-1500 AH
 * (1924-08-01 to 2077-11-16), driven by the shipped month table in
 * `umm-al-qura-months.ts` (see README.md). Pure functions; Gregorian days are handled
 * as integer day numbers (days since 1970-01-01), so there are no time-zone pitfalls.
 */
import { FIRST_YEAR, LAST_YEAR, MONTH_STARTS } from './umm-al-qura-months.js';

/** A Hijri (Umm al-Qura) date; month 1 = Muharram. */
export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

/** A proleptic Gregorian calendar date; month 1 = January. */
export interface GregorianDate {
  year: number;
  month: number;
  day: number;
}

/** First and last Hijri years covered by the table. */
export const HIJRI_MIN_YEAR: number = FIRST_YEAR;
export const HIJRI_MAX_YEAR: number = LAST_YEAR;

/**
 * Standard Arabic month names, index 0 = محرم. Month 4 is also commonly written
 * ربيع الثاني (Rabi al-Thani); this list uses ربيع الآخر.
 */
export const HIJRI_MONTHS_AR: readonly string[] = [
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة',
  'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة',
];

/** English transliterations of the month names, index 0 = Muharram. */
export const HIJRI_MONTHS_EN: readonly string[] = [
  'Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Thani', 'Jumada al-Ula', 'Jumada al-Akhira',
  'Rajab', 'Shaban', 'Ramadan', 'Shawwal', 'Dhu al-Qadah', 'Dhu al-Hijjah',
];

const MONTH_COUNT = (LAST_YEAR - FIRST_YEAR + 1) * 12;

/** Day number of the start of table month `i` (0-based; `MONTH_COUNT` = sentinel). */
const monthStart = (i: number): number => MONTH_STARTS[i]!;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const show = (d: { year: number; month: number; day: number }): string =>
  `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Inverse of {@link daysFromCivil}. */
function civilFromDays(days: number): GregorianDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Table index of a Hijri year/month; throws RangeError when outside the table. */
function monthIndex(year: number, month: number): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Hijri year ${year} is outside the Umm al-Qura table (${FIRST_YEAR}-${LAST_YEAR} AH)`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Hijri month ${month} is invalid (must be 1-12)`);
  }
  return (year - FIRST_YEAR) * 12 + month - 1;
}

/**
 * Number of days in a Hijri month: 29 or 30, except a few 28/31-day months in
 * 1343-1364 AH that the official table carries (e.g. 1343-09 has 28 days).
 * Throws RangeError for a year outside 1343-1500 or a month outside 1-12.
 */
export function hijriMonthLength(year: number, month: number): 28 | 29 | 30 | 31 {
  const i = monthIndex(year, month);
  return (monthStart(i + 1) - monthStart(i)) as 28 | 29 | 30 | 31;
}

/** True when `h` is an existing Umm al-Qura date within 1343-1500 AH. */
export function isValidHijri(h: HijriDate): boolean {
  try {
    return Number.isInteger(h.day) && h.day >= 1 && h.day <= hijriMonthLength(h.year, h.month);
  } catch {
    return false;
  }
}

/**
 * Converts an Umm al-Qura Hijri date to the Gregorian calendar.
 * Throws RangeError outside 1343-1500 AH or for a day that the month does not have.
 */
export function hijriToGregorian(h: HijriDate): GregorianDate {
  const length = hijriMonthLength(h.year, h.month);
  if (!Number.isInteger(h.day) || h.day < 1 || h.day > length) {
    throw new RangeError(`Hijri date ${show(h)} does not exist: ${pad(h.year, 4)}-${pad(h.month, 2)} has ${length} days`);
  }
  return civilFromDays(monthStart(monthIndex(h.year, h.month)) + h.day - 1);
}

/**
 * Converts a Gregorian date to the Umm al-Qura Hijri calendar.
 * Throws RangeError for an invalid date or one outside 1924-08-01 .. 2077-11-16.
 */
export function gregorianToHijri(g: GregorianDate): HijriDate {
  const { year, month, day } = g;
  const valid = [year, month, day].every(Number.isInteger) && month >= 1 && month <= 12 && day >= 1;
  const days = valid ? daysFromCivil(year, month, day) : NaN;
  if (!valid || civilFromDays(days).day !== day) {
    throw new RangeError(`Gregorian date ${show(g)} is not a valid date`);
  }
  if (days < monthStart(0) || days >= monthStart(MONTH_COUNT)) {
    const first = formatGregorianIso(civilFromDays(monthStart(0)));
    const last = formatGregorianIso(civilFromDays(monthStart(MONTH_COUNT) - 1));
    throw new RangeError(`Gregorian date ${show(g)} is outside the Umm al-Qura table (${first} to ${last})`);
  }
  // Binary search for the last month starting on or before `days`.
  let lo = 0;
  let hi = MONTH_COUNT - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (monthStart(mid) <= days) lo = mid;
    else hi = mid - 1;
  }
  return { year: FIRST_YEAR + Math.floor(lo / 12), month: (lo % 12) + 1, day: days - monthStart(lo) + 1 };
}

/** Formats a Gregorian date as ISO 8601 `YYYY-MM-DD`, e.g. `2016-01-05`. */
export function formatGregorianIso(g: GregorianDate): string {
  return show(g);
}
