/**
 * Hijri dates, converted to Gregorian with the Umm al-Qura table (calendar/umm-al-qura.ts):
 * "12 رمضان 1436 هـ", "١٢/٩/١٤٣٦هـ", "1437/1/4هـ", "14/08/1435 AH", "1 Rabi al-Thani 1440H", "رمضان 1436هـ",
 * "1440 AH", "غرة ذي القعدة 1437هـ" (غرة: the first of the month). Month names in their common Arabic spellings
 * (ربيع الآخر/الثاني, جمادى الأولى/الآخرة, ذو/ذي القعدة…) and Latin transliterations (Rabi' al-Awwal, Rabi I,
 * Rabiul Akhir, Jumada al-Ula, Jumada II, Sha'ban, Ramadhan, Dhul-Qa'dah, Dhu al-Hijjah, French Chaabane…).
 * Matching runs on folded text (numbers.ts `foldText`): digits, hamza forms, harakat and tatweel do not matter.
 *
 * value: the Gregorian date YYYY-MM-DD; attrs {calendar: 'hijri', hijri: 'YYYY-MM-DD'}.
 * When the day is missing ("رمضان 1436هـ") the value is the Gregorian YYYY-MM in which the Hijri month begins,
 * and when only the year is written ("1440 AH") the Gregorian YYYY-MM in which the year begins; attrs then
 * carry hijri 'YYYY-MM' or 'YYYY', precision 'month' or 'year' and the exact Gregorian span {from, to}.
 *
 * What makes a date Hijri: the suffix هـ/ه/هجري/للهجرة/AH/H (Latin marks in capitals), or a Hijri month name, or
 * (numeric dates with no suffix, lower confidence) a year within the Umm al-Qura table, 1343-1500, which no
 * Gregorian reading has (date.ts reads years from 1700 only). A day 30 in a month the table gives 29 days
 * (another authority's sighting) is read as the day after the 29th, with a lower confidence.
 */

import {
  HIJRI_MAX_YEAR,
  HIJRI_MIN_YEAR,
  formatGregorianIso,
  hijriMonthLength,
  hijriToGregorian,
} from '../calendar/umm-al-qura.js';
import { ARABIC_AFTER, ARABIC_BEFORE, DIGIT, GAP, HSPACE, LATIN_AFTER, LATIN_BEFORE, alternation, foldText, type FoldedText } from './numbers.js';
import type { Mention, Recogniser } from './types.js';

const NAME = 'hijri-date';

/** The Hijri era mark after a year, in folded text (numbers.ts): هـ, ه, هجري(ة), للهجرة, AH, A.H., H. */
export const HIJRI_SUFFIX_SOURCE = `(?:ه(?:جري(?:ه)?)?${ARABIC_AFTER}|للهجره${ARABIC_AFTER}|A\\.H\\.|AH(?![A-Za-z])|H(?![A-Za-z]))`;

/** Arabic month names as written (folding covers hamza, ة/ه and ى/ي variants). */
const ARABIC_MONTHS: readonly (readonly string[])[] = [
  ['محرم', 'المحرم', 'محرم الحرام'],
  ['صفر', 'صفر الخير'],
  ['ربيع الأول', 'ربيع أول', 'ربيع الاول'],
  ['ربيع الآخر', 'ربيع الثاني', 'ربيع آخر', 'ربيع ثاني', 'ربيع الأخر'],
  ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى', 'جمادى الاولى'],
  ['جمادى الآخرة', 'جمادى الآخر', 'جمادى الثانية', 'جمادى الثاني', 'جمادى الأخرة', 'جمادى ثاني', 'جمادى آخرة'],
  ['رجب', 'رجب الفرد'],
  ['شعبان', 'شعبان المعظم'],
  ['رمضان', 'رمضان المبارك'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة', 'ذا القعدة', 'ذوالقعدة', 'ذيالقعدة'],
  ['ذو الحجة', 'ذي الحجة', 'ذا الحجة', 'ذوالحجة', 'ذيالحجة'],
];

/** Latin transliterations, one regex per month, on folded text (no accents, one kind of apostrophe); case-insensitive. */
const APOSTROPHE = "'?";
const JOIN = '[\\s\\-]*';
const ARTICLE = `(?:(?:[aeu]l|[ae]th|[ae][tdsznr]|l)${APOSTROPHE}[\\s\\-]*)?`;
const RABI = `rab[ie]{1,2}[ae]?${APOSTROPHE}${JOIN}`;
const JUMADA = `j(?:ou|u|o)mad[aei]{0,2}${APOSTROPHE}${JOIN}`;
const DHU = `(?:dh|z|th)(?:ou|[uiao])${APOSTROPHE}${JOIN}`;
const FIRST = `(?:I|1)(?![A-Za-z0-9])`;
const SECOND = `(?:II|2)(?![A-Za-z0-9])`;
const LATIN_MONTHS: readonly string[] = [
  `(?:al[\\s\\-]?)?m[ou]h?arr?am`,
  `s[ae](?:f|ph)[ae]r`,
  `${RABI}(?:${ARTICLE}(?:aw+[ae]l|ow+[ae]l|oul|ula)|${FIRST})`,
  `${RABI}(?:${ARTICLE}(?:th?an[iy]|akh[ie]r|akhar)|${SECOND})`,
  `${JUMADA}(?:${ARTICLE}(?:(?:ou|[uo])u?la|[uo]wla|aw+[ae]l)|${FIRST})`,
  `${JUMADA}(?:${ARTICLE}(?:akhira?h?|th?an[iy](?:ya|yah|a)?|ukhra)|${SECOND})`,
  `rad?jab`,
  `(?:sh|ch)a${APOSTROPHE}a?bane?`,
  `rama(?:dh?|z)an`,
  `(?:sh|ch)aw+al`,
  `${DHU}${ARTICLE}q[ai]${APOSTROPHE}a?da?h?`,
  `${DHU}${ARTICLE}h[ie]j+ah?`,
];

const ARABIC_MONTH = `${ARABIC_BEFORE}(?:${alternation(ARABIC_MONTHS.flat())})${ARABIC_AFTER}`;
const LATIN_MONTH = `${LATIN_BEFORE}(?:${LATIN_MONTHS.join('|')})${LATIN_AFTER}`;
const MONTH = `(?:${ARABIC_MONTH}|${LATIN_MONTH})`;

const arabicMonthKey = (name: string): string => foldText(name).text.replace(/\s+/g, '');
const ARABIC_MONTH_BY_NAME = new Map(ARABIC_MONTHS.flatMap((names, i) => names.map((n) => [arabicMonthKey(n), i + 1] as const)));
const LATIN_MONTH_TESTS = LATIN_MONTHS.map((source) => new RegExp(`^(?:${source})$`, 'i'));

function monthNumber(name: string): number | undefined {
  if (/[\u0600-\u06FF]/.test(name)) return ARABIC_MONTH_BY_NAME.get(arabicMonthKey(name));
  const i = LATIN_MONTH_TESTS.findIndex((re) => re.test(name));
  return i >= 0 ? i + 1 : undefined;
}

/** The era mark, on the same line or, wrapped, at the start of the next (not a bare "H" there). */
const SUFFIX = `(?:${HSPACE}?${HIJRI_SUFFIX_SOURCE}|${HSPACE}*\\r?\\n${HSPACE}*(?!H)${HIJRI_SUFFIX_SOURCE})`;

const DAY = `(?<!${DIGIT}|${DIGIT}[.,/:\\-])${DIGIT}{1,2}(?:st|nd|rd|th|er)?`;
const YEAR = `${DIGIT}{4}(?!${DIGIT})`;
const YEAR_WORD = `(?:(?:سنه|عام|لعام)${HSPACE}+)`;

const NAMED_HIJRI = new RegExp(
  `(?<day>${DAY}|غره)${GAP}(?:(?:من|of)${GAP})?(?:شهر${GAP})?(?<month>${MONTH})[,،]?${GAP}${YEAR_WORD}?(?<year>${YEAR})(?<suffix>${SUFFIX})?` +
    `|(?<monthOnly>${MONTH})[,،]?${GAP}${YEAR_WORD}?(?<monthYear>${YEAR})(?<monthSuffix>${SUFFIX})` +
    `|(?<![0-9/.\\-])(?<yearOnly>${YEAR})(?<yearSuffix>${SUFFIX})` +
    `|(?<![A-Za-z])(?:A\\.H\\.|AH)${HSPACE}?(?<yearAfterAh>${YEAR})`,
  'gi',
);

const NUMERIC_HIJRI = new RegExp(
  `(?<!${DIGIT}|${DIGIT}[-/.])` +
    `(?:(?<d>${DIGIT}{1,2})(?<sep>[-/.])(?<m>${DIGIT}{1,2})\\k<sep>(?<y>${DIGIT}{4})` +
    `|(?<y2>${DIGIT}{4})(?<sep2>[-/.])(?<m2>${DIGIT}{1,2})\\k<sep2>(?<d2>${DIGIT}{1,2}))` +
    `(?!${DIGIT}|[-/.]${DIGIT})(?<suffix>${SUFFIX})?`,
  'g',
);

const num = (s: string): number => Number(s.replace(/\D/g, ''));
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface Candidate {
  start: number;
  end: number;
  value: string;
  confidence: number;
  attrs: Record<string, unknown>;
}

/** A full Hijri date as a candidate, or undefined when it is not in the table. */
function dayCandidate(start: number, end: number, year: number, month: number, day: number, confidence: number): Candidate | undefined {
  if (year < HIJRI_MIN_YEAR || year > HIJRI_MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const length = hijriMonthLength(year, month);
  const overflow = day > length ? day - length : 0; // 30 in a 29-day month: the day after the 29th
  if (overflow > 1) return undefined;
  const g = hijriToGregorian({ year, month, day: day - overflow });
  const gregorian = overflow ? new Date(Date.UTC(g.year, g.month - 1, g.day + 1)) : undefined;
  const value = gregorian ? gregorian.toISOString().slice(0, 10) : formatGregorianIso(g);
  return {
    start,
    end,
    value,
    confidence: overflow ? confidence - 0.15 : confidence,
    attrs: { calendar: 'hijri', hijri: `${pad(year, 4)}-${pad(month)}-${pad(day)}` },
  };
}

/** A Hijri month or year without its day: the value is the Gregorian month the period begins in. */
function periodCandidate(start: number, end: number, year: number, month: number | undefined, confidence: number): Candidate | undefined {
  if (year < HIJRI_MIN_YEAR || year > HIJRI_MAX_YEAR) return undefined;
  const first = hijriToGregorian({ year, month: month ?? 1, day: 1 });
  const lastMonth = month ?? 12;
  const last = hijriToGregorian({ year, month: lastMonth, day: hijriMonthLength(year, lastMonth) });
  return {
    start,
    end,
    value: formatGregorianIso(first).slice(0, 7),
    confidence,
    attrs: {
      calendar: 'hijri',
      hijri: month ? `${pad(year, 4)}-${pad(month)}` : pad(year, 4),
      precision: month ? 'month' : 'year',
      from: formatGregorianIso(first),
      to: formatGregorianIso(last),
    },
  };
}

function namedHijri(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAMED_HIJRI)) {
    const g = m.groups!;
    const start = m.index;
    const end = m.index + m[0].length;
    let c: Candidate | undefined;
    if (g.day !== undefined) {
      const month = monthNumber(g.month!);
      const day = g.day === 'غره' ? 1 : num(g.day); // غرة: the first of the month
      if (month) c = dayCandidate(start, end, num(g.year!), month, day, g.suffix ? 0.95 : 0.85);
    } else if (g.monthOnly !== undefined) {
      const month = monthNumber(g.monthOnly);
      if (month) c = periodCandidate(start, end, num(g.monthYear!), month, 0.8);
    } else {
      // A year alone needs a clear mark: "1440H" or "1440 AH", but not "1440 H. Smith".
      if (g.yearSuffix !== undefined && /^\s+H$/.test(g.yearSuffix)) continue;
      c = periodCandidate(start, end, num(g.yearOnly ?? g.yearAfterAh!), undefined, 0.7);
    }
    // Where the mark alone makes the date Hijri, a Latin one must be in capitals: "1400h" is an hour.
    const deciding = (g.monthSuffix ?? g.yearSuffix ?? (g.yearAfterAh !== undefined ? m[0] : '')).trim();
    if (/[a-z]/.test(deciding) && !/[\u0600-\u06FF]/.test(deciding)) continue;
    if (c) out.push(c);
  }
  return out;
}

function numericHijri(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMERIC_HIJRI)) {
    const g = m.groups!;
    const [year, month, day] = g.y !== undefined ? [num(g.y), num(g.m!), num(g.d!)] : [num(g.y2!), num(g.m2!), num(g.d2!)];
    const c = dayCandidate(m.index, m.index + m[0].length, year, month, day, g.suffix ? 0.95 : 0.7);
    if (c) out.push(c);
  }
  return out;
}

function toMention(folded: FoldedText, text: string, c: Candidate): Mention {
  const start = folded.start(c.start);
  const end = folded.end(c.end);
  return {
    type: 'date',
    start,
    end,
    surface: text.slice(start, end),
    value: c.value,
    recogniser: NAME,
    confidence: Math.round(c.confidence * 100) / 100,
    attrs: c.attrs,
  };
}

export function recogniseHijriDates(text: string): Mention[] {
  const folded = foldText(text);
  const all = [...namedHijri(folded.text), ...numericHijri(folded.text)].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const c of all) {
    if (c.start < lastEnd) continue;
    out.push(toMention(folded, text, c));
    lastEnd = c.end;
  }
  return out;
}

export const hijriDateRecogniser: Recogniser = {
  name: NAME,
  version: 1,
  types: ['date'],
  recognise: (text) => recogniseHijriDates(text),
};
