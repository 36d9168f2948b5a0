/**
 * Dates in the haul: a day in the group's period, written in Gregorian or Hijri (Umm al-Qura) form.
 */
import type { Rng } from './random.js';
import type { Lang } from './spec.js';
import { formatGregorianIso, gregorianToHijri, HIJRI_MONTHS_AR, HIJRI_MONTHS_EN, type HijriDate } from '../calendar/umm-al-qura.js';
import { toArabicIndicDigits } from './selectors/phones.js';

/** The period the fictional haul covers. */
export const PERIOD_START = Date.UTC(2014, 5, 1);
export const PERIOD_END = Date.UTC(2019, 2, 31);
const DAY = 86_400_000;

export interface Day {
  /** Gregorian ISO date, e.g. '2016-01-05'. */
  iso: string;
  year: number;
  month: number;
  day: number;
  hijri: HijriDate;
}

export function dayFromMs(ms: number): Day {
  const d = new Date(ms);
  const g = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  return { iso: formatGregorianIso(g), ...g, hijri: gregorianToHijri(g) };
}

export function randomDay(rng: Rng, from = PERIOD_START, to = PERIOD_END): Day {
  return dayFromMs(from + rng.int(0, Math.floor((to - from) / DAY)) * DAY);
}

export function addDays(day: Day, n: number): Day {
  return dayFromMs(Date.UTC(day.year, day.month - 1, day.day) + n * DAY);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function hijriIso(h: HijriDate): string {
  return `${h.year}-${pad(h.month)}-${pad(h.day)}`;
}

/** A Hijri date as documents write it: 15/03/1437 هـ, 15 ربيع الأول 1437هـ, 1437/3/15 هـ, 15 Rabi al-Awwal 1437 AH. */
export function writeHijri(rng: Rng, h: HijriDate, lang: Lang): string {
  if (lang !== 'ar') {
    return rng.pick([`${h.day} ${HIJRI_MONTHS_EN[h.month - 1]} ${h.year} AH`, `${pad(h.day)}/${pad(h.month)}/${h.year} AH`, `${h.day} ${HIJRI_MONTHS_EN[h.month - 1]} ${h.year}H`]);
  }
  const form = rng.int(0, 3);
  if (form === 0) return `${pad(h.day)}/${pad(h.month)}/${h.year} هـ`;
  if (form === 1) return `${h.day} ${HIJRI_MONTHS_AR[h.month - 1]} ${h.year}هـ`;
  if (form === 2) return `${h.year}/${h.month}/${h.day}هـ`;
  return toArabicIndicDigits(`${pad(h.day)}/${pad(h.month)}/${h.year}`) + ' هـ';
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** Levantine/Iraqi month names (كانون الثاني…) and Egyptian/Gulf ones (يناير…). */
const MONTHS_AR_LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const MONTHS_AR_EGYPT = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** A Gregorian date as prose writes it. */
export function writeGregorian(rng: Rng, d: Day, lang: Lang): string {
  if (lang === 'en') return rng.pick([`${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`, `${MONTHS_EN[d.month - 1]} ${d.day}, ${d.year}`, `${pad(d.day)}/${pad(d.month)}/${d.year}`]);
  if (lang === 'fr') return rng.pick([`${d.day} ${MONTHS_FR[d.month - 1]} ${d.year}`, `${pad(d.day)}/${pad(d.month)}/${d.year}`]);
  return rng.pick([
    `${d.day} ${MONTHS_AR_LEVANT[d.month - 1]} ${d.year}`,
    `${d.day} ${MONTHS_AR_EGYPT[d.month - 1]} ${d.year}`,
    `${pad(d.day)}/${pad(d.month)}/${d.year}م`,
  ]);
}
