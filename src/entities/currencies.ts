/**
 * Currency names, symbols and codes in Arabic, English and French, mapped to ISO 4217. Works on folded text
 * (numbers.ts `foldText`), so offsets are folded offsets.
 *
 * A currency is written either fully ("دينار عراقي", "Iraqi dinars", "dinars irakiens", "IQD", "د.ع", "$") or as a
 * bare family noun ("دينار", "ليرة", "dinars", "lira"). A bare noun is resolved from the document itself: the
 * fully written currency of its family that the document pays in most often (amount-bearing mentions first;
 * ties: the one named last before it), so a bare "ليرة" in a letter that also says "ليرة تركية" twice is TRY.
 * Without such a cue the noun's regional default applies, with a lower confidence: دينار/dinar → IQD (the dinar
 * of the region these cases come from; JOD, KWD, BHD, LYD, TND and DZD need their adjective), ليرة → SYP, "lira"
 * → TRY (English usage), ريال → SAR, درهم → AED, جنيه → EGP, دولار/dollar → USD. "pounds", "livres" and
 * "francs" have no default (weights, books, CFA francs): they are money only with an adjective or a cue in the
 * document, and never when "of"/"de" follows ("5 pounds of flour").
 */

import { ARABIC_AFTER, alternation, foldText } from './numbers.js';

export type CurrencyFamily = 'dollar' | 'euro' | 'dinar' | 'lira' | 'pound' | 'riyal' | 'dirham' | 'franc';

/** How a currency was decided: written in full, taken from the rest of the document, or the family's default. */
export type CurrencyEvidence = 'written' | 'context' | 'default';

/** A currency word, symbol or code found in a folded text (numbers.ts `foldText`), with folded offsets. */
export interface CurrencyToken {
  start: number;
  end: number;
  /** ISO 4217, when written in full; bare family nouns have none until `resolveCurrencies`. */
  code?: string;
  family?: CurrencyFamily;
  /** The code of a bare noun when the document gives no cue; absent when the noun alone is not money. */
  fallback?: string;
  /** Symbols, codes and abbreviations may precede the amount ("$5", "USD 5"); words follow it. */
  canPrecede: boolean;
}

export interface ResolvedCurrency extends CurrencyToken {
  code: string;
  evidence: CurrencyEvidence;
}

/** Country (ISO 3166-1) of a currency adjective → the currency of that family in that country. */
const CODE_BY_FAMILY_AND_COUNTRY: Readonly<Record<CurrencyFamily, Readonly<Record<string, string>>>> = {
  dollar: { US: 'USD', CA: 'CAD', AU: 'AUD', HK: 'HKD', SG: 'SGD' },
  euro: {},
  dinar: { IQ: 'IQD', JO: 'JOD', KW: 'KWD', BH: 'BHD', LY: 'LYD', TN: 'TND', DZ: 'DZD' },
  lira: { SY: 'SYP', TR: 'TRY', LB: 'LBP' },
  pound: { SY: 'SYP', LB: 'LBP', EG: 'EGP', SD: 'SDG', GB: 'GBP', TR: 'TRY' }, // livre turque
  riyal: { SA: 'SAR', QA: 'QAR', OM: 'OMR', YE: 'YER', IR: 'IRR' },
  dirham: { AE: 'AED', MA: 'MAD' },
  franc: { CH: 'CHF' },
};

/** The families an ISO code belongs to (the Syrian pound is also the Syrian lira). */
const FAMILIES_BY_CODE = new Map<string, CurrencyFamily[]>([['EUR', ['euro']]]);
for (const [family, codes] of Object.entries(CODE_BY_FAMILY_AND_COUNTRY) as [CurrencyFamily, Record<string, string>][]) {
  for (const code of Object.values(codes)) FAMILIES_BY_CODE.set(code, [...(FAMILIES_BY_CODE.get(code) ?? []), family]);
}
const familiesOf = (code: string): readonly CurrencyFamily[] => FAMILIES_BY_CODE.get(code) ?? [];

// ---------------------------------------------------------------------------------------------------------
// Arabic: noun (+ adjective)

interface Noun {
  forms: readonly string[];
  family: CurrencyFamily;
  fallback?: string;
}

const ARABIC_NOUNS: readonly Noun[] = [
  { family: 'dollar', fallback: 'USD', forms: ['دولار', 'دولارا', 'دولارات', 'دولاران', 'دولارين', 'الدولار', 'الدولارات'] },
  { family: 'euro', fallback: 'EUR', forms: ['يورو', 'اليورو', 'يوروهات'] },
  { family: 'dinar', fallback: 'IQD', forms: ['دينار', 'دينارا', 'دنانير', 'ديناران', 'دينارين', 'الدينار', 'الدنانير'] },
  { family: 'lira', fallback: 'SYP', forms: ['ليرة', 'ليرات', 'ليرتان', 'ليرتين', 'الليرة', 'الليرات'] },
  { family: 'pound', fallback: 'EGP', forms: ['جنيه', 'جنيها', 'جنيهات', 'الجنيه', 'الجنيهات'] },
  { family: 'pound', fallback: 'GBP', forms: ['باوند', 'الباوند'] },
  { family: 'riyal', fallback: 'SAR', forms: ['ريال', 'ريالا', 'ريالات', 'الريال', 'الريالات'] },
  { family: 'dirham', fallback: 'AED', forms: ['درهم', 'درهما', 'دراهم', 'الدرهم', 'الدراهم'] },
  { family: 'franc', forms: ['فرنك', 'فرنكات', 'الفرنك'] },
];

/** Arabic country adjectives (masculine, without ال) → ISO 3166-1. */
const ARABIC_ADJECTIVES: Readonly<Record<string, string>> = {
  عراقي: 'IQ', سوري: 'SY', تركي: 'TR', لبناني: 'LB', أردني: 'JO', كويتي: 'KW', بحريني: 'BH', ليبي: 'LY',
  تونسي: 'TN', جزائري: 'DZ', سعودي: 'SA', قطري: 'QA', عماني: 'OM', يمني: 'YE', إيراني: 'IR', إماراتي: 'AE',
  مغربي: 'MA', مصري: 'EG', سوداني: 'SD', أمريكي: 'US', أميركي: 'US', كندي: 'CA', أسترالي: 'AU', إسترليني: 'GB',
  سويسري: 'CH',
};

// The regexes find the noun alone (fast literal alternations); word boundaries and adjectives are checked after.
const ARABIC_NOUN = new RegExp(alternation(ARABIC_NOUNS.flatMap((n) => n.forms)), 'g');
const ARABIC_ADJECTIVE = new RegExp(
  `\\s+(?<adjective>(?:ال)?(?:${alternation(Object.keys(ARABIC_ADJECTIVES))})(?:ه|ا|ين|ون|ات)?)${ARABIC_AFTER}`,
  'y',
);

const fold = (s: string): string => foldText(s).text;
const ARABIC_NOUN_BY_FORM = new Map(ARABIC_NOUNS.flatMap((n) => n.forms.map((f) => [fold(f), n] as const)));
const ARABIC_COUNTRY_BY_STEM = new Map(Object.entries(ARABIC_ADJECTIVES).map(([stem, c]) => [fold(stem), c] as const));

/** The country of an Arabic adjective as matched (folded): without ال and its feminine/plural/accusative ending. */
function arabicAdjectiveCountry(adjective: string): string | undefined {
  const s = adjective.startsWith('ال') ? adjective.slice(2) : adjective;
  for (const ending of ['', 'ه', 'ا', 'ين', 'ون', 'ات']) {
    if (ending && !s.endsWith(ending)) continue;
    const country = ARABIC_COUNTRY_BY_STEM.get(ending ? s.slice(0, -ending.length) : s);
    if (country) return country;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// English and French: (adjective +) noun (+ adjective)

const LATIN_NOUNS: readonly (Noun & { pattern: string })[] = [
  { family: 'dollar', fallback: 'USD', pattern: 'dollars?', forms: [] },
  { family: 'euro', fallback: 'EUR', pattern: 'euros?', forms: [] },
  { family: 'dinar', fallback: 'IQD', pattern: 'dinars?', forms: [] },
  { family: 'lira', fallback: 'TRY', pattern: 'liras?|lire', forms: [] },
  { family: 'pound', pattern: 'pounds?|livres?', forms: [] },
  { family: 'riyal', fallback: 'SAR', pattern: 'riyals?|rials?|ryals?', forms: [] },
  { family: 'dirham', fallback: 'AED', pattern: 'dirhams?|dirhems?', forms: [] },
  { family: 'franc', pattern: 'francs?', forms: [] },
];

/** English adjectives before the noun, French (and "US", "sterling") after it; matched case-insensitively. */
const LATIN_ADJECTIVE_BEFORE =
  "U\\.S\\.|US|American|Iraqi|Syrian|Turkish|Lebanese|Jordanian|Kuwaiti|Bahraini|Libyan|Tunisian|Algerian|Saudi|Qatari|Omani|Yemeni|Iranian|Emirati|UAE|Moroccan|Egyptian|Sudanese|Canadian|Australian|Hong Kong|Singapore|Swiss";
const LATIN_ADJECTIVE_AFTER =
  'US|americaine?s?|sterling|ira[kq]iens?|ira[kq]iennes?|syrien(?:ne)?s?|turcs?|turques?|libanaise?s?|jordanien(?:ne)?s?|koweitiens?|bahreinis?|libyen(?:ne)?s?|tunisien(?:ne)?s?|algerien(?:ne)?s?|saoudien(?:ne)?s?|qataris?|omanaise?s?|yemenites?|iranien(?:ne)?s?|emiratis?|marocaine?s?|egyptien(?:ne)?s?|soudanaise?s?|canadien(?:ne)?s?|australien(?:ne)?s?|suisses?';

/** Latin adjective stems (lower case, no accents) → ISO 3166-1; the first stem the adjective starts with wins. */
const LATIN_COUNTRY_STEMS: readonly [string, string][] = [
  ['u.s.', 'US'], ['us', 'US'], ['americ', 'US'], ['ira', 'IQ'], ['syri', 'SY'], ['tur', 'TR'], ['leban', 'LB'],
  ['liban', 'LB'], ['jordan', 'JO'], ['kuwait', 'KW'], ['koweit', 'KW'], ['bahr', 'BH'], ['liby', 'LY'],
  ['tunis', 'TN'], ['alger', 'DZ'], ['saudi', 'SA'], ['saoudi', 'SA'], ['qatar', 'QA'], ['oman', 'OM'],
  ['yemen', 'YE'], ['iran', 'IR'], ['emirat', 'AE'], ['uae', 'AE'], ['morocc', 'MA'], ['maroc', 'MA'],
  ['egypt', 'EG'], ['sudan', 'SD'], ['soudan', 'SD'], ['canad', 'CA'], ['austral', 'AU'], ['hong kong', 'HK'],
  ['singapore', 'SG'], ['swiss', 'CH'], ['suisse', 'CH'], ['sterling', 'GB'],
];

const LATIN_NOUN = new RegExp(LATIN_NOUNS.map((n) => n.pattern).join('|'), 'gi');
const LATIN_BEFORE_NOUN = new RegExp(`(?:^|[^A-Za-z\\u00C0-\\u024F])(?<before>${LATIN_ADJECTIVE_BEFORE})[ -]+$`, 'i');
const MEASURE_OF = /^\s+(?:(?:of|de)(?![A-Za-z])|d')/i;
const LATIN_AFTER_NOUN = new RegExp(` +(?<after>${LATIN_ADJECTIVE_AFTER})(?![A-Za-z\\u00C0-\\u024F])`, 'iy');

function latinCountry(adjective: string): string | undefined {
  const s = adjective.toLowerCase();
  return LATIN_COUNTRY_STEMS.find(([stem]) => s.startsWith(stem))?.[1];
}

const LATIN_NOUN_TESTS = LATIN_NOUNS.map((n) => [new RegExp(`^(?:${n.pattern})$`, 'i'), n] as const);

function latinNoun(noun: string): Noun | undefined {
  return LATIN_NOUN_TESTS.find(([test]) => test.test(noun))?.[1];
}

// ---------------------------------------------------------------------------------------------------------
// Symbols, ISO codes and abbreviations (case-sensitive)

const SYMBOLS: Readonly<Record<string, string>> = {
  'US$': 'USD', 'U.S.$': 'USD', $US: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '₺': 'TRY', TL: 'TRY',
  'S£': 'SYP', '£S': 'SYP', 'L.S.': 'SYP', 'S.P.': 'SYP', 'L.E.': 'EGP', Dhs: 'AED', '\uFDFC': 'SAR',
};

const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'IQD', 'SYP', 'TRY', 'LBP', 'JOD', 'KWD', 'BHD', 'QAR', 'SAR', 'OMR', 'YER', 'AED', 'MAD',
  'EGP', 'SDG', 'LYD', 'TND', 'DZD', 'IRR', 'CHF', 'CAD', 'AUD', 'HKD', 'SGD', 'RUB', 'CNY', 'JPY', 'AFN', 'PKR',
];

/**
 * Arabic abbreviations: first letter of the noun, a dot, first letter of the country ("ل.س" ليرة سورية).
 * د.أ (JOD) and د.إ (AED) are left out: typed without their hamza they are the same.
 */
const ARABIC_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'ل.س': 'SYP', 'ل.ت': 'TRY', 'ل.ل': 'LBP', 'د.ع': 'IQD', 'د.ك': 'KWD', 'د.ب': 'BHD',
  'د.م': 'MAD', 'د.ت': 'TND', 'د.ج': 'DZD', 'د.ل': 'LYD', 'ر.س': 'SAR', 'ر.ق': 'QAR', 'ر.ع': 'OMR', 'ج.م': 'EGP',
};

const byLength = (a: string, b: string): number => b.length - a.length;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The shapes of symbols, codes and abbreviations; `symbolCode` says which ones are currencies. */
const SYMBOL_CURRENCY = new RegExp(
  [
    ...Object.keys(SYMBOLS).filter((k) => !/^[A-Z]{3}$/.test(k)).sort(byLength).map(escape),
    '[A-Z]{3}',
    `[${[...new Set(Object.keys(ARABIC_ABBREVIATIONS).map((a) => fold(a[0]!)))].join('')}]\\. ?[\\u0621-\\u064A]`,
  ].join('|'),
  'g',
);

const ABBREVIATION_BY_FOLDED = new Map(Object.entries(ARABIC_ABBREVIATIONS).map(([a, code]) => [fold(a), code] as const));

const ISO_CODE_SET = new Set(ISO_CODES);

function symbolCode(surface: string): string | undefined {
  if (ISO_CODE_SET.has(surface)) return surface;
  return SYMBOLS[surface] ?? ABBREVIATION_BY_FOLDED.get(surface.replace(/\s/g, ''));
}

// ---------------------------------------------------------------------------------------------------------

function nounToken(start: number, end: number, noun: Noun, country: string | undefined): CurrencyToken {
  const code = country ? CODE_BY_FAMILY_AND_COUNTRY[noun.family][country] : undefined;
  if (code) return { start, end, code, family: noun.family, canPrecede: false };
  if (noun.family === 'euro') return { start, end, code: 'EUR', family: 'euro', canPrecede: false };
  return { start, end, family: noun.family, ...(noun.fallback ? { fallback: noun.fallback } : {}), canPrecede: false };
}

const isLatinLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isArabicLetter = (c: number): boolean => (c >= 0x621 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff);

/** Is the match [start, end) a whole word of its script? */
function isWhole(text: string, start: number, end: number, isLetter: (c: number) => boolean): boolean {
  return !(start > 0 && isLetter(text.charCodeAt(start - 1))) && !(end < text.length && isLetter(text.charCodeAt(end)));
}

function arabicTokens(text: string): CurrencyToken[] {
  const out: CurrencyToken[] = [];
  for (const m of text.matchAll(ARABIC_NOUN)) {
    const end = m.index + m[0].length;
    const noun = ARABIC_NOUN_BY_FORM.get(m[0]);
    if (!noun || !isWhole(text, m.index, end, isArabicLetter)) continue;
    ARABIC_ADJECTIVE.lastIndex = end;
    const adjective = ARABIC_ADJECTIVE.exec(text);
    const country = adjective ? arabicAdjectiveCountry(adjective.groups!.adjective!) : undefined;
    const withAdjective = !!country && !!CODE_BY_FAMILY_AND_COUNTRY[noun.family][country];
    out.push(nounToken(m.index, withAdjective ? ARABIC_ADJECTIVE.lastIndex : end, noun, withAdjective ? country : undefined));
  }
  return out;
}

/** "US" must be written in capitals: "pay us dollars" is not "US dollars". */
const usableAdjective = (adjective: string | undefined): adjective is string => !!adjective && (!/^us$/i.test(adjective) || adjective === 'US');

function latinTokens(text: string): CurrencyToken[] {
  const out: CurrencyToken[] = [];
  for (const m of text.matchAll(LATIN_NOUN)) {
    const end = m.index + m[0].length;
    const noun = latinNoun(m[0]);
    if (!noun || !isWhole(text, m.index, end, isLatinLetter)) continue;
    const codeFor = (adjective: string | undefined): string | undefined => {
      const country = usableAdjective(adjective) ? latinCountry(adjective) : undefined;
      return country && CODE_BY_FAMILY_AND_COUNTRY[noun.family][country] ? country : undefined;
    };
    const before = LATIN_BEFORE_NOUN.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const beforeCountry = codeFor(before?.groups!.before);
    if (before && beforeCountry) {
      const start = m.index - before[0].length + before[0].indexOf(before.groups!.before!);
      out.push(nounToken(start, end, noun, beforeCountry));
      continue;
    }
    LATIN_AFTER_NOUN.lastIndex = end;
    const after = LATIN_AFTER_NOUN.exec(text);
    const afterCountry = codeFor(after?.groups!.after);
    // "5 pounds of flour", "3 livres de farine": a weight, when the noun has no adjective.
    if (!afterCountry && !noun.fallback && MEASURE_OF.test(text.slice(end, end + 5))) continue;
    out.push(nounToken(m.index, afterCountry ? LATIN_AFTER_NOUN.lastIndex : end, noun, afterCountry));
  }
  return out;
}

function symbolTokens(text: string): CurrencyToken[] {
  const out: CurrencyToken[] = [];
  for (const m of text.matchAll(SYMBOL_CURRENCY)) {
    const end = m.index + m[0].length;
    const code = symbolCode(m[0]);
    if (!code) continue;
    if (/^[A-Za-z]/.test(m[0]) && !isWhole(text, m.index, end, isLatinLetter)) continue;
    if (isArabicLetter(m[0].charCodeAt(0)) && !isWhole(text, m.index, end, isArabicLetter)) continue;
    out.push({ start: m.index, end, code, canPrecede: true });
  }
  return out;
}

/** Every currency word, symbol and code in a folded text, in order, without overlaps (the longest wins). */
export function findCurrencies(text: string): CurrencyToken[] {
  const all = [...arabicTokens(text), ...latinTokens(text), ...symbolTokens(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const out: CurrencyToken[] = [];
  for (const token of all) {
    const last = out[out.length - 1];
    if (last && token.start < last.end) continue;
    out.push(token);
  }
  return out;
}

/**
 * Give every token a code, in the order given (undefined where none can be had): written ones keep theirs; a bare
 * noun takes the most frequent written currency of its family among `preferred` (the caller passes the tokens
 * that carry an amount, so that "سجلت الليرة التركية 373 ليرة" is not read by the currency being priced), else
 * among all tokens (ties: the last named before it, else the first after), else the noun's default; nouns with
 * none of these have no code.
 */
export function resolveCurrencies(
  tokens: readonly CurrencyToken[],
  preferred: readonly CurrencyToken[] = tokens,
): (ResolvedCurrency | undefined)[] {
  const byFamily = (from: readonly CurrencyToken[]): Map<CurrencyFamily, (CurrencyToken & { code: string })[]> => {
    const map = new Map<CurrencyFamily, (CurrencyToken & { code: string })[]>();
    for (const t of from) {
      if (t.code === undefined) continue;
      for (const family of familiesOf(t.code)) {
        const list = map.get(family) ?? [];
        list.push(t as CurrencyToken & { code: string });
        map.set(family, list);
      }
    }
    return map;
  };
  const preferredByFamily = byFamily(preferred);
  const allByFamily = byFamily(tokens);
  return tokens.map((token): ResolvedCurrency | undefined => {
    if (token.code) return { ...token, code: token.code, evidence: 'written' };
    const family = token.family;
    const sameFamily = family ? (preferredByFamily.get(family) ?? allByFamily.get(family)) : undefined;
    if (sameFamily) return { ...token, code: mostFrequentThenNearest(sameFamily, token.start), evidence: 'context' };
    return token.fallback ? { ...token, code: token.fallback, evidence: 'default' } : undefined;
  });
}

/** The most frequent code; ties go to the last one named before `at` (what "the lira" refers back to), else the first after. */
function mostFrequentThenNearest(candidates: readonly (CurrencyToken & { code: string })[], at: number): string {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const distance = (c: CurrencyToken): number => (c.start < at ? at - c.start : Number.MAX_SAFE_INTEGER / 2 + c.start - at);
  let best = candidates[0]!;
  for (const c of candidates) {
    const byCount = counts.get(c.code)! - counts.get(best.code)!;
    if (byCount > 0 || (byCount === 0 && distance(c) < distance(best))) best = c;
  }
  return best.code;
}
