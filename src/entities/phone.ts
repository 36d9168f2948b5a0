/**
 * Phone numbers, validated by libphonenumber-js with its 'max' metadata (exact mobile and fixed-line ranges).
 * Value: E.164; attrs {country}.
 *
 * Candidates are runs of digits with the separators people type (spaces, hyphens, dots, "(0)") in the text
 * with Arabic-Indic and Persian digits folded to ASCII (offsets unchanged); dates, decimals and IBAN-shaped
 * tokens are left out. A candidate is read as:
 *  - international: a leading "+" or "00", or a trailing "+" (where PDF extraction of right-to-left lines
 *    often leaves it); accepted whenever valid;
 *  - national: a leading trunk "0"; accepted only with a cue (a phone word within 300 characters before, or
 *    another phone within 300 characters, as in a contact list);
 *  - bare (no prefix): only with a strong cue (a phone word or "number:" just before on the same line, or
 *    another phone on that line), as an international number that lost its "+" or as a number of a region
 *    that dials without a trunk prefix (Gulf states, Denmark, Norway).
 * On right-to-left lines a whole candidate is also read with its groups reordered, since visual-order
 * extraction prints "0795 737 5841" as "5841 737 0795"; the reading as written stands when it is a mobile of
 * an expected region.
 *
 * The trade-off for national numbers: one is often valid in several regions (07xx xxx xxxx is an Iraqi and a
 * British mobile, 06 xxxxxxxx a French and a Dutch one). The region is, in order: one named by a place on the
 * number's line (or, in prose, the paragraph before) where it is a valid mobile; one whose national grouping
 * matches the one written ("06 17977982" is Dutch, "06 17 97 79 82" French); the first region of
 * `TRUNK_REGIONS` where it is a valid mobile, then where it is valid at all. That list puts first the regions
 * of the cases this workbench serves, then the diaspora. A national number of a region outside the lists is
 * not recognised, and one valid in several regions with nothing to choose between them may get the wrong one.
 */

import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { foldDigits, makeMention } from './digits.js';
import type { Mention, Recogniser } from './types.js';

/** Regions whose numbers are written nationally with a leading 0, tried in this order. */
export const TRUNK_REGIONS: readonly CountryCode[] = [
  'IQ', 'SY', 'TR', 'JO', 'LB', 'SA', 'AE', 'EG', 'DE', 'GB', 'FR', 'NL', 'BE', 'AT', 'SE', 'CH',
];

/** Regions whose numbers are written without any national prefix, tried in this order. */
export const BARE_REGIONS: readonly CountryCode[] = ['QA', 'KW', 'BH', 'OM', 'DK', 'NO'];

/** Place names that point a national number at its region (country names and large cities, en/fr/de/ar). */
const PLACE_HINTS: Readonly<Record<string, readonly string[]>> = {
  IQ: ['iraq', 'irak', 'baghdad', 'bagdad', 'mosul', 'basra', 'erbil', 'العراق', 'بغداد', 'الموصل', 'البصرة', 'أربيل'],
  SY: ['syria', 'syrie', 'damascus', 'damas', 'aleppo', 'alep', 'raqqa', 'سوريا', 'سورية', 'دمشق', 'حلب', 'الرقة'],
  TR: ['turkey', 'türkiye', 'turquie', 'istanbul', 'ankara', 'gaziantep', 'mersin', 'antakya', 'تركيا', 'إسطنبول', 'اسطنبول', 'أنقرة', 'غازي عنتاب', 'مرسين', 'أنطاكية'],
  JO: ['jordan', 'jordanie', 'amman', 'irbid', 'zarqa', 'الأردن', 'عمان', 'عمّان', 'إربد', 'الزرقاء'],
  LB: ['lebanon', 'liban', 'beirut', 'beyrouth', 'sidon', 'لبنان', 'بيروت', 'صيدا'],
  SA: ['saudi', 'arabie saoudite', 'riyadh', 'riyad', 'jeddah', 'djeddah', 'السعودية', 'الرياض', 'جدة'],
  AE: ['emirates', 'émirats', 'dubai', 'dubaï', 'abu dhabi', 'sharjah', 'الإمارات', 'دبي', 'أبوظبي', 'أبو ظبي', 'الشارقة'],
  EG: ['egypt', 'égypte', 'cairo', 'le caire', 'alexandria', 'مصر', 'القاهرة', 'الإسكندرية'],
  DE: ['germany', 'allemagne', 'deutschland', 'berlin', 'hamburg', 'hambourg', 'munich', 'münchen', 'cologne', 'köln', 'frankfurt', 'francfort', 'stuttgart', 'düsseldorf', 'dortmund', 'bremen', 'hanover', 'hannover', 'leipzig', 'dresden', 'ألمانيا', 'برلين', 'هامبورغ', 'هامبورج', 'ميونخ', 'ميونيخ', 'كولونيا', 'فرانكفورت', 'شتوتغارت', 'دوسلدورف', 'دورتموند', 'بريمن', 'هانوفر'],
  GB: ['united kingdom', 'britain', 'england', 'royaume-uni', 'angleterre', 'london', 'londres', 'manchester', 'birmingham', 'leeds', 'glasgow', 'liverpool', 'cardiff', 'بريطانيا', 'المملكة المتحدة', 'إنجلترا', 'لندن', 'مانشستر', 'برمنغهام', 'ليفربول'],
  FR: ['france', 'frankreich', 'paris', 'marseille', 'lyon', 'toulouse', 'lille', 'strasbourg', 'فرنسا', 'باريس', 'مرسيليا', 'ليون', 'تولوز', 'ليل'],
  NL: ['netherlands', 'holland', 'pays-bas', 'niederlande', 'amsterdam', 'rotterdam', 'the hague', 'la haye', 'den haag', 'utrecht', 'eindhoven', 'هولندا', 'أمستردام', 'امستردام', 'روتردام', 'لاهاي', 'أوترخت'],
  BE: ['belgium', 'belgique', 'belgien', 'brussels', 'bruxelles', 'brüssel', 'antwerp', 'anvers', 'antwerpen', 'liège', 'ghent', 'gand', 'charleroi', 'بلجيكا', 'بروكسل', 'أنتويرب', 'انتويرب', 'لييج', 'غنت'],
  AT: ['austria', 'autriche', 'österreich', 'vienna', 'vienne', 'wien', 'graz', 'linz', 'salzburg', 'innsbruck', 'النمسا', 'فيينا', 'غراتس', 'لينتس', 'سالزبورغ'],
  SE: ['sweden', 'suède', 'schweden', 'stockholm', 'gothenburg', 'göteborg', 'malmö', 'malmo', 'uppsala', 'السويد', 'ستوكهولم', 'غوتنبرغ', 'يوتيبوري', 'مالمو'],
  CH: ['switzerland', 'suisse', 'schweiz', 'zurich', 'zürich', 'geneva', 'genève', 'basel', 'bâle', 'bern', 'berne', 'lausanne', 'سويسرا', 'زيورخ', 'جنيف', 'بازل', 'برن'],
  QA: ['qatar', 'doha', 'قطر', 'الدوحة'],
  KW: ['kuwait', 'koweït', 'الكويت'],
  BH: ['bahrain', 'bahreïn', 'manama', 'البحرين', 'المنامة'],
  OM: ['oman', 'muscat', 'mascate', 'عُمان', 'سلطنة عمان', 'مسقط'],
  DK: ['denmark', 'danemark', 'dänemark', 'copenhagen', 'copenhague', 'københavn', 'aarhus', 'odense', 'الدنمارك', 'الدانمارك', 'كوبنهاغن', 'كوبنهاجن', 'آرهوس'],
  NO: ['norway', 'norvège', 'norwegen', 'oslo', 'bergen', 'النرويج', 'أوسلو'],
};

/** Words that say a number is a phone number (en, fr, de, tr, ar); Arabic ones match inside prefixed words. */
const PHONE_WORDS =
  /\b(?:phones?|telephone|t[ée]l(?:[ée]phone)?|mobile|mob|cell(?:phone)?|gsm|handy|telefon(?:nummer)?|rufnummer|cep|call|calls|reach(?:ed)?|contacts?|contacter|joignable|joindre|portable|whats ?app|viber|signal|telegram|sms|fax|numbers?|num[ée]ro|nummer|no\.)(?![\p{L}])|هاتف|تلفون|تليفون|جوال|موبايل|محمول|نقال|خلوي|رقم|أرقام|ارقام|تواصل|اتصال|واتس|فايبر|تلغرام|تيليغرام|فاكس/iu;

/** The narrower set for bare numbers: words that name a phone, not just "number". */
const STRONG_PHONE_WORDS =
  /\b(?:phones?|telephone|t[ée]l(?:[ée]phone)?|mobile|mob|cell(?:phone)?|gsm|handy|telefon(?:nummer)?|rufnummer|call|reach(?:ed)?|joignable|joindre|portable|whats ?app|viber|signal|telegram|sms|fax)(?![\p{L}])|هاتف|تلفون|تليفون|جوال|موبايل|محمول|نقال|خلوي|تواصل|اتصال|واتس|فايبر|تلغرام|تيليغرام|فاكس/iu;

/**
 * A run of digits with separators: an optional "+" or "00", digits separated by at most one space, hyphen or
 * dot, a "(0)" trunk marker or a parenthesised area code, and an optional trailing "+" (RTL visual order).
 */
const CANDIDATE =
  /\+?[ \u00A0]?\(?\d(?:(?:[ \u00A0]?\(0\)[ \u00A0]?|\)[ \u00A0-]?|[-.]|[ \u00A0])?\(?\d){5,20}\+?/g;

/** Characters that, glued before a candidate, mean it is part of something else (a version, a path, an id). */
const BAD_BEFORE = /[\p{Script=Latin}\p{N}_.,/\\@#&%$€£=:+'"-]/u;
const BAD_AFTER = /[\p{Script=Latin}\p{N}_@/\\%]/u;
const SPACE = /[ \u00A0]/;
/** Dates and decimals are digit runs too: 2016-04-07, 07/08/2016, 23.02.2016, 0961005867.2. */
const DATE_OR_DECIMAL = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d+\.\d+)$/;
/** Account numbers (IBAN-shaped tokens) are masked before looking for phones in them. */
const ACCOUNT_NUMBER = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const ARABIC_LETTER = /[\u0620-\u064A\u0671-\u06D3]/;

const MIN_DIGITS = 7;
const MAX_DIGITS = 17;
/** How far (UTF-16 units) a phone word or another phone may be from a national number and still cue it. */
const CUE_WINDOW = 300;
/** How much of a number's line (each side, UTF-16 units) is its context: places, other phones, script. */
const LINE_RADIUS = 200;
/** How far before a bare number on the same line a phone word may be. */
const STRONG_CUE_WINDOW = 80;
/** "number: ", "رقم: ", "الرقم " right before the digits. */
const NUMBER_JUST_BEFORE = /(?:\bnumber|\bnum[ée]ro|\bnummer|رقم|الرقم)\s*[:：]?\s*$/iu;

interface Group {
  start: number;
  end: number;
  digits: string;
}

type Reading = 'international' | 'national' | 'bare';

interface Found {
  start: number;
  end: number;
  phone: PhoneNumber;
  reading: Reading;
}

interface Cues {
  weak(start: number, end: number): boolean;
  strong(start: number, end: number): boolean;
}

/** The document, its folded copy, validation, and the cue tests a reading may need. */
interface Page {
  text: string;
  folded: string;
  validate: Validate;
  /** Place hints of the line at a given offset, memoised: every reading of a line asks again. */
  hints: (start: number, end: number) => CountryCode[];
  cues: Cues;
}

const REGION_OF_PLACE = new Map<string, CountryCode>(
  Object.entries(PLACE_HINTS).flatMap(([region, names]) => names.map((n) => [n, region as CountryCode] as const)),
);
const WORD = /\p{L}[\p{L}\p{M}'-]*/gu;
/** Arabic proclitics a place name may carry: و and, ب in, ل to, ف then. */
const ARABIC_PREFIXES = ['و', 'ب', 'ل', 'ف', 'وب', 'ول'];

function placeRegion(word: string): CountryCode | undefined {
  const region = REGION_OF_PLACE.get(word);
  if (region) return region;
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length > prefix.length + 2) {
      const bare = REGION_OF_PLACE.get(word.slice(prefix.length));
      if (bare) return bare;
    }
  }
  return undefined;
}

/** Regions named by place words (one or two words long) in `context`, nearest to its end first. */
function hintedRegions(context: string): CountryCode[] {
  const words = Array.from(context.toLowerCase().matchAll(WORD), (m) => m[0]);
  const regions: CountryCode[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? placeRegion(`${words[i]} ${words[i + 1]}`) : undefined;
    const region = pair ?? placeRegion(words[i] as string);
    if (region) regions.unshift(region);
    if (pair) i++;
  }
  return regions;
}

/** The part of the line around [start, end) within LINE_RADIUS units of it: the context a number's line gives. */
function lineBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - LINE_RADIUS);
  while (from > floor && text.charCodeAt(from - 1) !== 10) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + LINE_RADIUS);
  while (to < ceiling && text.charCodeAt(to) !== 10) to++;
  return [from, to];
}

/** A line of prose around a number ("He can be reached on …"), as opposed to a list item ("Name - number - e-mail"). */
function isProse(line: string): boolean {
  return STRONG_PHONE_WORDS.test(line) && !/\s[-–]\s/.test(line);
}

/**
 * Where to look for a place that says which region a national number belongs to: its own line (with the next
 * line when the item wraps onto it); in prose, also the paragraph before it, nearest first.
 */
function placeHints(text: string, start: number, end: number): CountryCode[] {
  const [lineStart, lineEnd] = lineBounds(text, start, end);
  let line = text.slice(lineStart, lineEnd);
  if (/[-–]\s*$/.test(line) && text[lineEnd] === '\n') {
    const [, nextEnd] = lineBounds(text, lineEnd + 1, lineEnd + 1);
    line += text.slice(lineEnd, nextEnd);
  }
  const own = hintedRegions(line);
  if (own.length > 0 || !isProse(line)) return own;
  return hintedRegions(text.slice(Math.max(0, lineStart - CUE_WINDOW), lineStart));
}

/** Validation memoised per document: the same digits are read several ways. */
type Validate = (candidate: string, region?: CountryCode) => PhoneNumber | undefined;

function memoisedValidate(): Validate {
  const cache = new Map<string, PhoneNumber | undefined>();
  return (candidate, region) => {
    const key = `${region ?? ''}:${candidate}`;
    if (cache.has(key)) return cache.get(key);
    const phone = parsePhoneNumberFromString(candidate, region);
    const result = phone?.isValid() ? phone : undefined;
    cache.set(key, result);
    return result;
  };
}

const MOBILE = new WeakMap<PhoneNumber, boolean>();

function isMobileType(phone: PhoneNumber): boolean {
  let mobile = MOBILE.get(phone);
  if (mobile === undefined) {
    const type = phone.getType();
    mobile = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
    MOBILE.set(phone, mobile);
  }
  return mobile;
}

/** The digit groups of a number as the region writes it nationally ("06 17977982" in NL, "06 17 97 79 82" in FR). */
function nationalGrouping(phone: PhoneNumber): string {
  return phone.formatNational().replace(/\D+/g, ' ').trim();
}

/**
 * Pick a region for a nationally written number: a hinted region where it is a valid mobile, else a region
 * whose national grouping matches the one written, else the first region where it is a valid mobile, else the
 * first where it is valid at all.
 */
function resolveNational(page: Page, digits: string, grouping: string, regions: readonly CountryCode[], hints: () => CountryCode[]): PhoneNumber | undefined {
  const readings = regions.map((r) => page.validate(digits, r)).filter((p): p is PhoneNumber => p !== undefined);
  if (readings.length <= 1) return readings[0];
  const mobiles = readings.filter(isMobileType);
  for (const hint of hints()) {
    const hinted = mobiles.find((p) => p.country === hint);
    if (hinted) return hinted;
  }
  if (grouping.includes(' ')) {
    const matches = (p: PhoneNumber) => nationalGrouping(p) === grouping;
    const grouped = mobiles.find(matches) ?? readings.find(matches);
    if (grouped) return grouped;
  }
  return mobiles[0] ?? readings[0];
}

interface Read {
  phone: PhoneNumber;
  reading: Reading;
}

/** Read digit groups as one phone number; `plus` says the run carried a "+" at either end. */
function readGroups(page: Page, groups: readonly Group[], plus: boolean, bare: boolean): Read | undefined {
  const kept = groups.filter((g) => !(g.digits === '0' && page.folded[g.start - 1] === '(' && page.folded[g.end] === ')'));
  const digits = kept.map((g) => g.digits).join('');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return undefined;
  if (plus) {
    const phone = page.validate(`+${digits}`) ?? page.validate(`+${groups.map((g) => g.digits).join('')}`);
    return phone ? { phone, reading: 'international' } : undefined;
  }
  if (digits.startsWith('00')) {
    const phone = page.validate(`+${digits.slice(2)}`);
    return phone ? { phone, reading: 'international' } : undefined;
  }
  const start = Math.min(...groups.map((g) => g.start));
  const end = Math.max(...groups.map((g) => g.end));
  const hints = () => page.hints(start, end);
  const grouping = kept.map((g) => g.digits).join(' ');
  if (digits.startsWith('0')) {
    if ((kept[0] as Group).digits.length < 2 || !page.cues.weak(start, end)) return undefined;
    const phone = resolveNational(page, digits, grouping, TRUNK_REGIONS, hints);
    return phone ? { phone, reading: 'national' } : undefined;
  }
  if (!bare || !page.cues.strong(start, end)) return undefined;
  const lostPlus = digits.length >= 10 ? page.validate(`+${digits}`) : undefined;
  const phone = lostPlus ?? resolveNational(page, digits, grouping, BARE_REGIONS, hints);
  return phone ? { phone, reading: 'bare' } : undefined;
}

const REGION_RANK = new Map<string, number>([...TRUNK_REGIONS, ...BARE_REGIONS].map((r, i) => [r, i]));

const rank = (phone: PhoneNumber) => REGION_RANK.get(phone.country ?? '') ?? 99;

/** Between readings of the same digits in different orders: prefer mobiles, then the regions expected. */
function better(a: Read, b: Read): boolean {
  const mobileA = isMobileType(a.phone);
  if (mobileA !== isMobileType(b.phone)) return mobileA;
  return rank(a.phone) < rank(b.phone);
}

/** A reading as written that stands without trying other orders: a mobile in an expected region. */
function plausibleAsWritten(read: Read): boolean {
  return isMobileType(read.phone) && rank(read.phone) < 99;
}

/**
 * The orders in which a run of groups may have been written. Right-to-left lines extracted in visual order
 * reverse the groups ("5841 737 0795"), the space-separated tokens ("49 73 070-341") or the groups within
 * each token ("341-070 49 73").
 */
function orderings(page: Page, run: readonly Group[], reversible: boolean): Group[][] {
  const written = [...run];
  if (!reversible || run.length < 2 || run.some((g) => g.digits === '0' && page.folded[g.start - 1] !== '(')) return [written];
  const tokens: Group[][] = [];
  for (const g of run) {
    const last = tokens[tokens.length - 1];
    if (last && /^[-.]$/.test(page.folded.slice((last[last.length - 1] as Group).end, g.start))) last.push(g);
    else tokens.push([g]);
  }
  const variants = [written, [...run].reverse()];
  if (tokens.length > 1 && tokens.length < run.length) {
    variants.push([...tokens].reverse().flat(), tokens.flatMap((t) => [...t].reverse()));
  }
  return variants;
}

/**
 * Find phones in one candidate span: at each group, the longest run of groups that reads as a phone in any of
 * its possible orders (the best reading when several do), a reading with a prefix or trunk 0 before a bare one.
 */
function readCandidate(page: Page, span: Span, allowBare: boolean): Found[] {
  const groups: Group[] = [];
  for (const m of page.folded.slice(span.start, span.end).matchAll(/\d+/g)) {
    const s = span.start + (m.index ?? 0);
    groups.push({ start: s, end: s + m[0].length, digits: m[0] });
  }
  const [lineStart, lineEnd] = lineBounds(page.text, span.start, span.end);
  const rightToLeft = ARABIC_LETTER.test(page.text.slice(lineStart, lineEnd));
  const found: Found[] = [];
  let i = 0;
  while (i < groups.length) {
    let hit: Found | undefined;
    for (let j = groups.length; j > i && !hit; j--) {
      const run = groups.slice(i, j);
      const leading = span.leadingPlus && i === 0;
      const trailing = span.trailingPlus && j === groups.length;
      // Visual-order reversal affects a whole number, so only a run that is the whole candidate is reordered.
      const reversible = rightToLeft && i === 0 && j === groups.length;
      for (const bare of allowBare ? [false, true] : [false]) {
        let best: Read | undefined;
        for (const [k, order] of orderings(page, run, reversible).entries()) {
          const read = readGroups(page, order, leading || trailing, bare);
          if (!read) continue;
          if (k === 0 && plausibleAsWritten(read)) {
            best = read;
            break;
          }
          if (!best || better(read, best)) best = read;
        }
        if (!best) continue;
        const start = leading ? span.start : (run[0] as Group).start;
        const end = trailing ? span.end : (run[run.length - 1] as Group).end;
        hit = { start, end, ...best };
        break;
      }
    }
    if (hit) {
      found.push(hit);
      const end = hit.end;
      i = groups.findIndex((g) => g.start >= end);
      if (i < 0) break;
      continue;
    }
    // Restart only where a space separates the groups: "341-070" is one token, not two numbers.
    i++;
    while (i < groups.length && !SPACE.test(page.folded[(groups[i] as Group).start - 1] ?? '')) i++;
  }
  return found;
}

/** A "+" standing alone on a right-to-left line: PDF extraction moved it away from its number. */
const DANGLING_PLUS = /(?:^|[\s-])\+(?:\s|$)/;

/** True when one of `anchors` (sorted by start) other than [start, end) overlaps [from, to). */
function anchorWithin(anchors: readonly Found[], start: number, end: number, from: number, to: number): boolean {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((anchors[mid] as Found).end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < anchors.length && (anchors[i] as Found).start < to; i++) {
    const f = anchors[i] as Found;
    if (f.end > from && (f.end <= start || f.start >= end)) return true;
  }
  return false;
}

function cuesFrom(text: string, anchors: readonly Found[]): Cues {
  const near = (start: number, end: number, from: number, to: number) => anchorWithin(anchors, start, end, from, to);
  return {
    weak(start, end) {
      if (PHONE_WORDS.test(text.slice(Math.max(0, start - CUE_WINDOW), start))) return true;
      return near(start, end, start - CUE_WINDOW, end + CUE_WINDOW);
    },
    strong(start, end) {
      const [lineStart, lineEnd] = lineBounds(text, start, end);
      const before = text.slice(Math.max(lineStart, start - STRONG_CUE_WINDOW), start);
      if (STRONG_PHONE_WORDS.test(before) || NUMBER_JUST_BEFORE.test(before)) return true;
      const line = text.slice(lineStart, lineEnd);
      if (ARABIC_LETTER.test(line) && DANGLING_PLUS.test(line)) return true;
      return near(start, end, lineStart, lineEnd);
    },
  };
}

interface Span {
  start: number;
  end: number;
  leadingPlus: boolean;
  trailingPlus: boolean;
}

/** Candidate spans in the folded text, trimmed of stray separators and rejected when glued to other tokens. */
function candidateSpans(folded: string): Span[] {
  const spans: Span[] = [];
  for (const m of folded.matchAll(CANDIDATE)) {
    let start = m.index ?? 0;
    let end = start + m[0].length;
    const leadingPlus = folded[start] === '+';
    let trailingPlus = false;
    if (folded[end - 1] === '+') {
      if (leadingPlus) end--;
      else trailingPlus = true;
    }
    if (!leadingPlus && SPACE.test(folded[start] ?? '')) start++;
    const prev = folded[start - 1] ?? ' ';
    if (BAD_BEFORE.test(prev)) continue;
    if (SPACE.test(prev) && /[\d.,]/.test(folded[start - 2] ?? '')) continue;
    const next = folded[end] ?? ' ';
    if (BAD_AFTER.test(next)) continue;
    if (/[.\-:,/]/.test(next) && /\d/.test(folded[end + 1] ?? '')) continue;
    if (DATE_OR_DECIMAL.test(folded.slice(start, end))) continue;
    spans.push({ start, end, leadingPlus, trailingPlus });
  }
  return spans;
}

/**
 * Three passes: numbers with an international prefix need no cue and are cues for the rest; then nationally
 * written numbers; then bare ones, which need the strongest cues (including the numbers found so far).
 */
function findPhones(text: string): Found[] {
  const folded = foldDigits(text).replace(ACCOUNT_NUMBER, (m) => '#'.repeat(m.length));
  const spans = candidateSpans(folded);
  if (spans.length === 0) return [];
  const validate = memoisedValidate();
  const hintsByLine = new Map<string, CountryCode[]>();
  const hints = (start: number, end: number) => {
    const key = lineBounds(text, start, end).join(':');
    let found = hintsByLine.get(key);
    if (!found) hintsByLine.set(key, (found = placeHints(text, start, end)));
    return found;
  };
  const page = (cues: Cues): Page => ({ text, folded, validate, hints, cues });
  const none: Cues = { weak: () => false, strong: () => false };
  const international = spans.flatMap((span) => readCandidate(page(none), span, false));
  const withNational = spans.flatMap((span) => readCandidate(page(cuesFrom(text, international)), span, false));
  return spans.flatMap((span) => readCandidate(page(cuesFrom(text, withNational)), span, true));
}

const CONFIDENCE: Record<Reading, number> = { international: 0.95, national: 0.8, bare: 0.6 };

export const phoneRecogniser: Recogniser = {
  name: 'phone',
  version: 1,
  types: ['phone'],
  recognise(text: string): Mention[] {
    return findPhones(text).map((f) =>
      makeMention(text, 'phone', f.start, f.end, f.phone.number, 'phone', CONFIDENCE[f.reading], { country: f.phone.country ?? null }),
    );
  },
};
