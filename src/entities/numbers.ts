/**
 * Written numbers for the money and date recognisers, and the folded text they all match against.
 *
 * Folding (`foldText`) makes one regex cover the ways people type the same thing: Arabic-Indic and Persian
 * digits become ASCII, أ إ آ ٱ become ا, ى ي, ة ه, ی ي, ک ك, ھ ه; harakat, tatweel and invisible bidi marks are
 * dropped; presentation forms are unfolded; Latin accents are dropped (é e), typographic apostrophes become ',
 * and no-break, narrow and thin spaces become plain spaces. Matches on the folded text map back to exact
 * offsets in the original through `FoldedText.start`/`end`.
 *
 * Reading separators (`parseDigitAmount`, on the original surface):
 *  - ٫ (U+066B) is always the decimal point, ٬ (U+066C) always a thousands separator;
 *  - spaces (plain, NBSP, narrow NBSP U+202F, thin space) and ' are always thousands separators;
 *  - the last "." or "," is a decimal point when 1 or 2 digits follow it ("5,000.50", "5.000,50", "12,5"),
 *    otherwise a thousands separator ("9.200" is 9200: three decimals are rare in amounts, European grouping
 *    with dots is common in Arabic and French writing);
 *  - thousands groups must be consistent: one separator character, groups of exactly three digits.
 * Arabic number words ("خمسة آلاف", "مليون وأربعمئة ألف", "ألفين") are read by `parseArabicNumberWords`.
 */

// ---------------------------------------------------------------------------------------------------------
// Folded text

/** Per UTF-16 unit: the folded unit, and whether the unit is dropped or unfolded from a presentation form. */
const FOLDED_UNIT = new Uint16Array(0x10000).map((_, code) => code);
const DROP = 1;
const PRESENTATION = 2;
const UNIT_KIND = new Uint8Array(0x10000);

function setFold(from: string, to: string): void {
  FOLDED_UNIT[from.charCodeAt(0)] = to.charCodeAt(0);
}
for (const [from, to] of [['آ', 'ا'], ['أ', 'ا'], ['إ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ی', 'ي'], ['ة', 'ه'], ['ھ', 'ه'], ['ک', 'ك'], ['٫', '.'], ['٬', ','], ['`', "'"]]) {
  setFold(from!, to!);
}
for (const space of '\u00A0\u202F\u2007\u2009\u2002\u2003\u2004\u2005\u2006\u2008\u200A') setFold(space, ' ');
for (const apostrophe of '\u2018\u2019\u02BC\u02BE\u02BF') setFold(apostrophe, "'");
for (let d = 0; d < 10; d++) {
  FOLDED_UNIT[0x0660 + d] = 0x30 + d;
  FOLDED_UNIT[0x06f0 + d] = 0x30 + d;
}
for (let code = 0x00c0; code <= 0x024f; code++) {
  const base = String.fromCharCode(code).normalize('NFD')[0]!;
  if (/[A-Za-z]/.test(base)) FOLDED_UNIT[code] = base.charCodeAt(0);
}
// Tatweel, harakat, superscript alef; zero-width and bidi controls; soft hyphen; BOM.
for (const [from, to] of [[0x0640, 0x0640], [0x064b, 0x065f], [0x0670, 0x0670], [0x200b, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069], [0x00ad, 0x00ad], [0xfeff, 0xfeff]] as const) {
  UNIT_KIND.fill(DROP, from, to + 1);
}
UNIT_KIND.fill(PRESENTATION, 0xfb50, 0xfe00);
UNIT_KIND.fill(PRESENTATION, 0xfe70, 0xfeff);

const isArabicMark = (code: number): boolean => code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670;

/** Text folded for matching, with the way back to original offsets. */
export interface FoldedText {
  readonly text: string;
  /** The original offset where the folded character at `i` comes from. */
  start(i: number): number;
  /** The original end (exclusive) of a match ending before folded `i`, with harakat and tatweel attached to its last letter. */
  end(i: number): number;
}

/** UTF-16 units back to a string; fast, and a lone surrogate (never part of a match) becomes U+FFFD, one unit still. */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return UTF16.decode(units.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 4096)));
  return out;
}

/** Fold a text for matching (see the file comment). */
export function foldText(original: string): FoldedText {
  const n = original.length;
  let units: Uint16Array<ArrayBuffer> = new Uint16Array(n);
  let origin: Int32Array<ArrayBuffer> | undefined;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    const kind = UNIT_KIND[code];
    if (kind === 0) {
      if (origin) origin[j] = i;
      units[j++] = FOLDED_UNIT[code]!;
      continue;
    }
    if (!origin) {
      origin = new Int32Array(n + 1);
      for (let k = 0; k < j; k++) origin[k] = k;
    }
    if (kind === DROP) continue;
    const expansion = String.fromCharCode(code).normalize('NFKC'); // presentation form: "ﻻ" is "لا"
    const needed = j + expansion.length + (n - i - 1); // this expansion, then at most one unit per remaining unit
    if (needed > units.length) {
      units = grow(units, needed);
      origin = grow(origin, needed + 1);
    }
    for (let k = 0; k < expansion.length; k++) {
      const unit = expansion.charCodeAt(k);
      if (UNIT_KIND[unit] === DROP) continue;
      origin[j] = i;
      units[j++] = FOLDED_UNIT[unit]!;
    }
  }
  const text = unitsToString(units, j);
  if (!origin) return { text, start: (i) => i, end: (i) => i };
  origin[j] = n;
  const map = origin;
  return {
    text,
    start: (i) => map[i]!,
    end: (i) => {
      if (i <= 0) return map[0]!;
      let e = map[i - 1]! + 1;
      while (e < n && isArabicMark(original.charCodeAt(e))) e++;
      return e;
    },
  };
}

function grow<T extends Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(array: T, atLeast: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Fold a phrase of a pattern table and make it a regex source: escaped, with any run of space between words. */
function foldedPattern(phrase: string): string {
  return foldText(phrase)
    .text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ +/g, '\\s+');
}

/** Alternation of folded phrases, longest first so that "ألفين" wins over "ألف". */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map(foldedPattern))].sort((a, b) => b.length - a.length).join('|');
}

// Regex pieces for folded text.
export const DIGIT = '[0-9]';
export const HSPACE = '[ \\t]';
/** Space between the parts of a written phrase (a date, an amount and its currency); a wrapped line may break it once. */
export const GAP = `(?:${HSPACE}+|${HSPACE}*\\r?\\n${HSPACE}*)`;
const ARABIC_LETTER = '[\\u0621-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF]';
export const ARABIC_BEFORE = `(?<!${ARABIC_LETTER})`;
export const ARABIC_AFTER = `(?!${ARABIC_LETTER})`;
export const LATIN_BEFORE = '(?<![A-Za-z\\u00C0-\\u024F])';
export const LATIN_AFTER = '(?![A-Za-z\\u00C0-\\u024F])';

// ---------------------------------------------------------------------------------------------------------
// Amounts written with digits

/**
 * A number written with digits (folded), possibly grouped and with a decimal part; the lookarounds keep it from
 * starting or ending inside a longer run of digits, a date (12/05/...) or a time.
 */
export const DIGIT_AMOUNT_SOURCE =
  `(?<![0-9]|[0-9][.,/:\\-])(?:[0-9]{1,3}(?:[,.' ][0-9]{3})+|[0-9]+)(?:[.,][0-9]{1,2})?(?![0-9]|[.,][0-9])`;

/** Map Arabic-Indic and Persian digits to ASCII; same length. */
function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String.fromCharCode(FOLDED_UNIT[c.charCodeAt(0)]!));
}

/** Rounds away binary noise (2.3 * 1e6) while keeping cents. */
export function roundAmount(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The value of a number written with digits (see the file comment for the rules), or undefined when malformed. */
export function parseDigitAmount(written: string): number | undefined {
  const arabicDecimal = written.indexOf('\u066B');
  const s = foldDigits(written)
    .replace(/[\u200B-\u200F]/g, '')
    .replace(/[\u00A0\u202F\u2009']/g, ' ')
    .replace(/\u066C/g, ',');
  if (arabicDecimal >= 0) {
    const [integer, fraction, extra] = s.split('\u066B');
    if (extra !== undefined || !fraction || !/^\d+$/.test(fraction)) return undefined;
    const whole = parseDigitAmount(integer!);
    return whole === undefined ? undefined : roundAmount(Number(`${whole}.${fraction}`));
  }
  const decimal = /[.,](\d{1,2})$/.exec(s);
  const integer = decimal ? s.slice(0, decimal.index) : s;
  if (decimal && integer.includes(decimal[0][0]!)) return undefined; // "5,000,50": a decimal point cannot also group
  const groups = integer.split(/[ ,.]/);
  if (groups.length > 1) {
    if (new Set(integer.replace(/\d/g, '')).size !== 1) return undefined;
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return undefined;
  }
  const digits = groups.join('');
  if (!/^\d+$/.test(digits)) return undefined;
  return roundAmount(Number(decimal ? `${digits}.${decimal[1]}` : digits));
}

// ---------------------------------------------------------------------------------------------------------
// Scale words and Arabic number words (tables in folded spelling: ا for أإآ, ه for ة, ي for ى)

const SCALES: Readonly<Record<string, number>> = {
  الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9, بليون: 1e9,
  تريليون: 1e12, ترليون: 1e12, تريليونات: 1e12, ترليونات: 1e12,
  thousand: 1e3, thousands: 1e3, mille: 1e3, million: 1e6, millions: 1e6,
  billion: 1e9, billions: 1e9, milliard: 1e9, milliards: 1e9, trillion: 1e12, trillions: 1e12,
  mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, // press abbreviations: "$1 mln"
};

/** Arabic dual forms of the scale words: two of the scale ("ألفين" 2000). */
const DUAL_SCALES: Readonly<Record<string, number>> = {
  الفا: 1e3, الفان: 1e3, الفين: 1e3, الفي: 1e3, مليونا: 1e6, مليونان: 1e6, مليونين: 1e6, مليوني: 1e6,
  مليارا: 1e9, ملياران: 1e9, مليارين: 1e9, ملياري: 1e9,
};

const UNITS: Readonly<Record<string, number>> = {
  واحد: 1, واحده: 1, احد: 1, احدي: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثنتا: 2,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9,
};
const TENS: Readonly<Record<string, number>> = {
  عشر: 10, عشره: 10, عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40,
  خمسون: 50, خمسين: 50, ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const HUNDREDS: Readonly<Record<string, number>> = {
  مائه: 100, مئه: 100, مائتان: 200, مائتين: 200, مئتان: 200, مئتين: 200, مائتا: 200, مئتا: 200, مائتي: 200, مئتي: 200,
  ثلاثمائه: 300, ثلاثمئه: 300, اربعمائه: 400, اربعمئه: 400, خمسمائه: 500, خمسمئه: 500, ستمائه: 600, ستمئه: 600,
  سبعمائه: 700, سبعمئه: 700, ثمانمائه: 800, ثمانمئه: 800, ثمانيمائه: 800, تسعمائه: 900, تسعمئه: 900,
};

/** Fractions of a scale: "نصف مليون" (half a million), "مليون ونصف" (a million and a half), "ربع مليون". */
const FRACTIONS: Readonly<Record<string, number>> = { نصف: 0.5, ربع: 0.25 };

const ARABIC_SCALE_WORDS = [...Object.keys(SCALES), ...Object.keys(DUAL_SCALES)].filter((w) => /[\u0600-\u06FF]/.test(w));
const LATIN_SCALE_WORDS = Object.keys(SCALES).filter((w) => /^[a-z]+$/.test(w));

/** "million" → "[Mm]illion": a capital is allowed without making the whole regex case-insensitive. */
const initialEitherCase = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;

/** A scale word (Arabic or Latin), e.g. "آلاف", "million", "Millions". */
export const SCALE_WORD_SOURCE =
  `(?:${ARABIC_BEFORE}(?:${alternation(ARABIC_SCALE_WORDS)})${ARABIC_AFTER}|${LATIN_BEFORE}(?:${[...LATIN_SCALE_WORDS].sort((a, b) => b.length - a.length).map(initialEitherCase).join('|')})${LATIN_AFTER})`;

const ARABIC_NUMBER_WORD = `(?:${alternation([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(HUNDREDS), ...Object.keys(FRACTIONS), ...ARABIC_SCALE_WORDS,
])})${ARABIC_AFTER}`;

/**
 * A run of Arabic number words joined by spaces and the conjunction و, e.g. "ثلاثة آلاف وخمسمائة" (folded);
 * it starts at a word boundary; a leading و is not part of it (group `words`).
 */
export const ARABIC_NUMBER_WORDS_SOURCE =
  `${ARABIC_BEFORE}و?(?<words>${ARABIC_NUMBER_WORD}(?:\\s+(?:و\\s*)?${ARABIC_NUMBER_WORD})*)`;

/** A word folded for the tables: folded spelling, lower case. */
function tableKey(word: string): string {
  return foldText(word).text.toLowerCase();
}

/**
 * The value of a scale word, e.g. 1000 for "آلاف", 2000 for "ألفين", 1e6 for "millions". After a number a dual
 * form is the singular ("25 ألفاً" is 25000).
 */
export function scaleWordValue(word: string, afterNumber = false): number | undefined {
  const key = tableKey(word);
  const dual = DUAL_SCALES[key];
  return dual !== undefined ? (afterNumber ? dual : 2 * dual) : SCALES[key];
}

/**
 * The value of a run of Arabic number words ("خمسة آلاف" 5000, "ألف وخمسمائة" 1500, "مليون وأربعمئة ألف"
 * 1400000, "ثلاث مائة" 300, "أحد عشر ألفاً" 11000, "نصف مليون" 500000, "مليون ونصف" 1500000), or undefined when a word is not a number word or the
 * scales are out of order ("ألف مليون").
 */
export function parseArabicNumberWords(written: string): number | undefined {
  const words = written
    .trim()
    .split(/\s+/)
    .map(tableKey)
    .map((w) => (w.length > 1 && w.startsWith('و') && !(w in UNITS) ? w.slice(1) : w))
    .filter((w) => w !== '' && w !== 'و');
  let total = 0;
  let current = 0;
  let lastUnit = 0;
  let lastScale = Infinity;
  for (const word of words) {
    const unit = UNITS[word];
    if (unit !== undefined) {
      current += unit;
      lastUnit = unit;
      continue;
    }
    const hundred = HUNDREDS[word];
    const ten = TENS[word];
    const scale = SCALES[word] ?? DUAL_SCALES[word];
    const fraction = FRACTIONS[word];
    if (fraction !== undefined) {
      if (current !== 0) return undefined;
      if (lastScale === Infinity) current = fraction; // "نصف مليون": the scale comes next
      else total += fraction * lastScale; // "مليون ونصف": half of the scale just read
    } else if (hundred === 100 && lastUnit >= 3) current += lastUnit * 100 - lastUnit; // "ثلاث مائة"
    else if (hundred !== undefined) current += hundred;
    else if (ten !== undefined) current += ten;
    else if (scale !== undefined) {
      if (scale >= lastScale) return undefined;
      // A dual alone is two of the scale ("ألفين"); after a number "ألفا" is the accusative singular ("أحد عشر ألفاً").
      total += (current || (word in DUAL_SCALES ? 2 : 1)) * scale;
      lastScale = scale;
      current = 0;
    } else return undefined;
    lastUnit = 0;
  }
  const value = total + current;
  return value >= 1 ? roundAmount(value) : undefined;
}
