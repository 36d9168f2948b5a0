/**
 * Gregorian dates: ISO "2015-03-04" (also inside timestamps), numeric "04/03/2015", "4.3.2015", "04-03-2015",
 * month names "4 March 2015", "March 4, 2015", "1er mars 2015", "٤ آذار ٢٠١٥م", "4 آذار/مارس 2015" in English,
 * French and Arabic (Levantine/Iraqi كانون الثاني … كانون الأول, Egyptian/standard يناير … ديسمبر and the Maghreb
 * جانفي … ديسمبر), an optional م (ميلادي) after the year; month and year alone ("آذار 2015", "March 2015") give
 * "YYYY-MM". value YYYY-MM-DD, attrs {calendar: 'gregorian'}.
 *
 * Numeric day/month order: a document that writes 25/12/2015 anywhere is day-first, one that writes 12/25/2015
 * is month-first, and the other dates of that document follow; without such evidence (or with both) dates are
 * read day-first, the convention of Arabic, French and British writing, with a lower confidence when both
 * readings are possible. Only four-digit years between 1700 and 2199 are read: two-digit years are too often
 * parts of phone and reference numbers, and Hijri years (13xx-14xx) belong to hijri.ts, as does any date
 * followed by هـ / AH / H.
 */

import { ARABIC_AFTER, ARABIC_BEFORE, DIGIT, GAP, HSPACE, LATIN_AFTER, LATIN_BEFORE, alternation, foldText, type FoldedText } from './numbers.js';
import { HIJRI_SUFFIX_SOURCE } from './hijri.js';
import type { Mention, Recogniser } from './types.js';

const NAME = 'gregorian-date';
const MIN_YEAR = 1700;
const MAX_YEAR = 2199;

/** Month names, index 0 = January: Arabic (Levantine, Egyptian, Maghreb), English, French, with abbreviations. */
const MONTHS: readonly (readonly string[])[] = [
  ['كانون الثاني', 'كانون ثاني', 'يناير', 'جانفي', 'january', 'jan', 'janvier', 'janv'],
  ['شباط', 'فبراير', 'فيفري', 'february', 'feb', 'février', 'fevrier', 'févr', 'fevr'],
  ['آذار', 'مارس', 'march', 'mar', 'mars'],
  ['نيسان', 'أبريل', 'إبريل', 'أفريل', 'april', 'apr', 'avril', 'avr'],
  ['أيار', 'مايو', 'ماي', 'may', 'mai'],
  ['حزيران', 'يونيو', 'يونيه', 'جوان', 'june', 'jun', 'juin'],
  ['تموز', 'يوليو', 'يوليه', 'جويلية', 'july', 'jul', 'juillet', 'juil'],
  ['آب', 'أغسطس', 'أوت', 'august', 'aug', 'août', 'aout'],
  ['أيلول', 'سبتمبر', 'september', 'sept', 'sep', 'septembre'],
  ['تشرين الأول', 'تشرين أول', 'أكتوبر', 'اكتوبر', 'october', 'oct', 'octobre'],
  ['تشرين الثاني', 'تشرين ثاني', 'نوفمبر', 'نونبر', 'november', 'nov', 'novembre'],
  ['كانون الأول', 'كانون أول', 'ديسمبر', 'دجنبر', 'december', 'dec', 'décembre', 'decembre', 'déc'],
];

/** French month names: lower case is their normal spelling, so month-and-year needs no capital for them. */
const FRENCH_MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);

const isArabic = (s: string): boolean => /[\u0600-\u06FF]/.test(s);
/** A month name as matched in the folded text, made a lookup key. */
const monthKey = (s: string): string => foldText(s).text.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');

const MONTH_BY_NAME = new Map(MONTHS.flatMap((names, i) => names.map((n) => [monthKey(n), i + 1] as const)));

const ARABIC_MONTH = `${ARABIC_BEFORE}(?:${alternation(MONTHS.flat().filter(isArabic))})${ARABIC_AFTER}`;
const LATIN_MONTH = `${LATIN_BEFORE}(?:${alternation(MONTHS.flat().filter((n) => !isArabic(n)))})\\.?${LATIN_AFTER}`;
const MONTH = `(?:${ARABIC_MONTH}|${LATIN_MONTH})`;

const DAY = `(?<!${DIGIT}|${DIGIT}[.,/:\\-])${DIGIT}{1,2}(?:er|st|nd|rd|th)?`;
const YEAR = `${DIGIT}{4}(?!${DIGIT})`;
/** "م" (ميلادي, of the Christian era) right after a year. */
const AD_SUFFIX = `(?:${HSPACE}?م${ARABIC_AFTER})`;
/** A second name of the same month: "آذار/مارس", "آذار (مارس)". */
const ALSO_MONTH = `(?:${HSPACE}*[/(-]${HSPACE}*${MONTH}${HSPACE}*\\)?)`;
const YEAR_WORD = `(?:(?:سنه|عام|لعام)${HSPACE}+)`;

const NAMED_DATE = new RegExp(
  `(?<dmyDay>${DAY})(?:${GAP}(?:of|de|من))?${GAP}(?:شهر${GAP})?(?<dmyMonth>${MONTH})${ALSO_MONTH}?[,،]?${GAP}${YEAR_WORD}?(?<dmyYear>${YEAR})(?<dmyAd>${AD_SUFFIX})?` +
    `|(?<mdyMonth>${LATIN_MONTH})${GAP}(?<mdyDay>${DAY}),?${GAP}(?<mdyYear>${YEAR})` +
    `|(?<myMonth>${MONTH})${ALSO_MONTH}?[,،]?${HSPACE}+${YEAR_WORD}?(?<myYear>${YEAR})(?<myAd>${AD_SUFFIX})?`,
  'gi',
);

/** Not inside a longer number, a phone number or a version string ("v1.2.2015"). */
const NUMERIC_START = `(?<!${DIGIT}|${DIGIT}[-/.]|[A-Za-z])`;

/** yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd, then maybe م. */
const ISO_DATE = new RegExp(
  `${NUMERIC_START}(?<y>${DIGIT}{4})(?<sep>[-/.])(?<m>${DIGIT}{1,2})\\k<sep>(?<d>${DIGIT}{1,2})(?!${DIGIT}|[-/.]${DIGIT})(?<ad>${AD_SUFFIX})?`,
  'g',
);

/** dd/mm/yyyy or mm/dd/yyyy with /, - or . (one separator throughout), then maybe م. */
const NUMERIC_DATE = new RegExp(
  `${NUMERIC_START}(?<a>${DIGIT}{1,2})(?<sep>[-/.])(?<b>${DIGIT}{1,2})\\k<sep>(?<y>${DIGIT}{4})(?!${DIGIT}|[-/.]${DIGIT})(?<ad>${AD_SUFFIX})?`,
  'g',
);

/** What marks a date as Hijri (هـ, هجري, AH, H…): such dates are hijri.ts's. */
const HIJRI_MARK = new RegExp(`${HSPACE}*${HIJRI_SUFFIX_SOURCE}`, 'y');

function followedByHijriMark(text: string, position: number): boolean {
  HIJRI_MARK.lastIndex = position;
  return HIJRI_MARK.test(text);
}

const num = (s: string): number => Number(s.replace(/\D/g, ''));
const pad = (n: number): string => String(n).padStart(2, '0');

function isValidDate(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

interface Candidate {
  start: number;
  end: number;
  value: string;
  confidence: number;
}

function mention(folded: FoldedText, text: string, c: Candidate): Mention {
  const start = folded.start(c.start);
  const end = folded.end(c.end);
  return {
    type: 'date',
    start,
    end,
    surface: text.slice(start, end),
    value: c.value,
    recogniser: NAME,
    confidence: c.confidence,
    attrs: { calendar: 'gregorian' },
  };
}

function namedDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAMED_DATE)) {
    const g = m.groups!;
    const monthText = g.dmyMonth ?? g.mdyMonth ?? g.myMonth!;
    const month = MONTH_BY_NAME.get(monthKey(monthText));
    const year = num(g.dmyYear ?? g.mdyYear ?? g.myYear!);
    if (!month || followedByHijriMark(text, m.index + m[0].length)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (g.myMonth !== undefined) {
      // Month and year alone: English names need their capital ("may 2015" is more often a verb).
      if (!isArabic(monthText) && !FRENCH_MONTHS.has(monthKey(monthText)) && !/^[A-Z]/.test(monthText)) continue;
      if (isValidDate(year, month, 1)) out.push({ start, end, value: `${year}-${pad(month)}`, confidence: 0.75 });
      continue;
    }
    const day = num(g.dmyDay ?? g.mdyDay!);
    if (isValidDate(year, month, day)) out.push({ start, end, value: `${year}-${pad(month)}-${pad(day)}`, confidence: 0.95 });
  }
  return out;
}

function isoDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    const [y, mo, d] = [num(m.groups!.y!), num(m.groups!.m!), num(m.groups!.d!)];
    if (!isValidDate(y, mo, d) || followedByHijriMark(text, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: `${y}-${pad(mo)}-${pad(d)}`, confidence: m.groups!.sep === '-' ? 0.95 : 0.9 });
  }
  return out;
}

/** Numeric dates, with the document's day/month order decided from its unambiguous ones. */
function numericDates(text: string): Candidate[] {
  const found = [...text.matchAll(NUMERIC_DATE)]
    .filter((m) => !followedByHijriMark(text, m.index + m[0].length))
    .map((m) => ({ m, a: num(m.groups!.a!), b: num(m.groups!.b!), y: num(m.groups!.y!) }))
    .filter((f) => f.y >= MIN_YEAR && f.y <= MAX_YEAR);
  const dayFirstSeen = found.some((f) => f.a > 12 && f.b <= 12);
  const monthFirstSeen = found.some((f) => f.b > 12 && f.a <= 12);
  const monthFirst = monthFirstSeen && !dayFirstSeen;
  const out: Candidate[] = [];
  for (const { m, a, b, y } of found) {
    const [day, month] = a > 12 || b > 12 ? (a > 12 ? [a, b] : [b, a]) : monthFirst ? [b, a] : [a, b];
    if (!isValidDate(y, month, day)) continue;
    const ambiguous = a <= 12 && b <= 12 && a !== b;
    const confidence = !ambiguous ? 0.9 : dayFirstSeen || monthFirstSeen ? 0.8 : 0.7;
    out.push({ start: m.index, end: m.index + m[0].length, value: `${y}-${pad(month)}-${pad(day)}`, confidence });
  }
  return out;
}

export function recogniseGregorianDates(text: string): Mention[] {
  const folded = foldText(text);
  const f = folded.text;
  const all = [...namedDates(f), ...isoDates(f), ...numericDates(f)].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const c of all) {
    if (c.start < lastEnd) continue;
    out.push(mention(folded, text, c));
    lastEnd = c.end;
  }
  return out;
}

export const gregorianDateRecogniser: Recogniser = {
  name: NAME,
  version: 1,
  types: ['date'],
  recognise: (text) => recogniseGregorianDates(text),
};
