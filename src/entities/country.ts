/**
 * Countries named in Arabic, English and French (the i18n-iso-countries names plus the colloquial forms in
 * lexicon/countries.ts), value the ISO 3166-1 alpha-2 code. Arabic names are matched word by word after
 * normaliseArabic, through attached proclitics (في العراق، بالعراق، لسوريا); Latin names as whole words with a
 * capital. Adjectives of nationality count for the countries that matter here (Syrian, irakien), with
 * attrs.via = 'adjective', except in money (Syrian pounds, livres syriennes, ليرة سورية) and in a name's nisba
 * (Al Iraqi). Words that are names too need context: عُمان (Oman, not Amman), المغرب not after a prayer word,
 * Jordan not beside another capitalised word; a street named after a country (شارع فلسطين) names no country.
 */
import arNames from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { hasArabic, normaliseArabic } from '../text/arabic.js';
import type { Mention, Recogniser } from './types.js';
import {
  COUNTRY_ADJECTIVES,
  COUNTRY_NAMES_ALSO_PERSONAL,
  COUNTRY_NAMES_NEVER_BARE,
  CURRENCY_WORDS,
  EXTRA_COUNTRY_NAMES,
  type CountryName,
} from './lexicon/countries.js';
import { NOT_NAME_WORDS } from './lexicon/latin-name-words.js';
import { arabicTokens, isCapitalised, latinTokens, offsetAfterLetters, readings, spacesOnly, type ArabicToken, type Token } from './lexicon/tokens.js';

interface Entry {
  words: readonly string[];
  code: string;
}

const NEVER_BARE = new Set(COUNTRY_NAMES_NEVER_BARE.map((n) => (hasArabic(n) ? normaliseArabic(n) : n.toLowerCase())));
const ALSO_PERSONAL = new Set(COUNTRY_NAMES_ALSO_PERSONAL);
const CURRENCY = new Set(CURRENCY_WORDS.map((w) => (hasArabic(w) ? normaliseArabic(w) : w)));
const NOT_NAME = new Set(NOT_NAME_WORDS);
/** Streets named after countries (شارع فلسطين, Palestine Street) name no country. */
const ARABIC_STREET_WORDS = new Set(['شارع', 'طريق', 'ساحة', 'ميدان', 'جادة', 'دوار', 'جسر'].map(normaliseArabic));
const LATIN_STREET_WORDS = new Set(['Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Square', 'Caddesi', 'Cad', 'Sokak', 'Bulvarı', 'Straße', 'Strasse', 'Rue', 'Boulevard', 'Place', 'Platz']);
const PRAYER_WORDS = new Set(['صلاه', 'بعد', 'قبل', 'وقت', 'عند', 'اذان', 'حتي', 'موعد'].map(normaliseArabic));
const DAMMA = '\u064F';

function libraryNames(): CountryName[] {
  const out: CountryName[] = [];
  for (const data of [arNames, enNames, frNames]) {
    for (const [code, names] of Object.entries(data.countries as Record<string, string | string[]>)) {
      for (const name of Array.isArray(names) ? names : [names]) if (!/[(),]/.test(name)) out.push({ name, code });
    }
  }
  return out;
}

/** Lower-cased Latin key: words joined by one space, a final dot dropped (U.S.A. ≈ U.S.A). */
const latinKey = (s: string): string => s.replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();

const arabicByFirst = new Map<string, Entry[]>();
const latinByKey = new Map<string, string>();
const latinFirstWords = new Set<string>();
let latinMaxWords = 1;

for (const { name, code } of [...libraryNames(), ...EXTRA_COUNTRY_NAMES]) {
  if (hasArabic(name)) {
    const norm = normaliseArabic(name);
    if (NEVER_BARE.has(norm)) continue;
    const words = norm.split(' ');
    const list = arabicByFirst.get(words[0] ?? '') ?? [];
    list.push({ words, code });
    arabicByFirst.set(words[0] ?? '', list);
  } else {
    if (NEVER_BARE.has(name.toLowerCase())) continue;
    const words = latinTokens(name);
    if (words.length === 0) continue;
    latinByKey.set(latinKey(name), code);
    latinFirstWords.add((words[0]?.text ?? '').toLowerCase());
    latinMaxWords = Math.max(latinMaxWords, words.length);
  }
}

const ADJECTIVE = new Map(COUNTRY_ADJECTIVES.map((a) => [a.name, a.code]));

function mention(text: string, start: number, end: number, code: string, via: 'name' | 'adjective'): Mention {
  return {
    type: 'country',
    start,
    end,
    surface: text.slice(start, end),
    value: code,
    recogniser: 'country',
    confidence: via === 'name' ? 0.9 : 0.6,
    attrs: { via },
  };
}

function recogniseArabic(text: string, out: Mention[]): void {
  const tokens = arabicTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const prev = tokens[i - 1];
    const prevJoined = prev !== undefined && spacesOnly(text, prev.end, tok.start);
    for (const r of readings(tok.norm)) {
      const start = tok.start + offsetAfterLetters(tok.text, r.skip);
      if (r.norm === 'عمان') {
        if (!tok.text.slice(offsetAfterLetters(tok.text, r.skip)).includes(DAMMA)) continue;
        out.push(mention(text, start, tok.end, 'OM', 'name'));
        break;
      }
      const best = longestArabicName(text, tokens, i, r.norm);
      if (!best) continue;
      const currency = prevJoined && r.skip === 0 && CURRENCY.has(prev.norm);
      const prayer = best.code === 'MA' && best.words.length === 1 && prevJoined && PRAYER_WORDS.has(prev.norm);
      const street = prevJoined && r.skip === 0 && ARABIC_STREET_WORDS.has(prev.norm);
      if (!currency && !prayer && !street) {
        out.push(mention(text, start, (tokens[i + best.words.length - 1] ?? tok).end, best.code, 'name'));
        i += best.words.length - 1;
      }
      break;
    }
  }
}

/** The longest Arabic country name starting at token i (read as `first`), its words on one run of spaces. */
function longestArabicName(text: string, tokens: readonly ArabicToken[], i: number, first: string): Entry | undefined {
  let best: Entry | undefined;
  for (const entry of arabicByFirst.get(first) ?? []) {
    if (best && best.words.length >= entry.words.length) continue;
    const fits = entry.words.every((w, k) => {
      if (k === 0) return true;
      const t = tokens[i + k];
      const before = tokens[i + k - 1];
      return t !== undefined && before !== undefined && t.norm === w && spacesOnly(text, before.end, t.start);
    });
    if (fits) best = entry;
  }
  return best;
}

/** Tokens first..last separated by single spaces (or a French elision: États-Unis d'Amérique). */
function wordsOnOneLine(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) {
    const gap = text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
    if (!/^[ \u00a0](?:[dl]['’])?$/.test(gap)) return false;
  }
  return true;
}

function recogniseLatin(text: string, out: Mention[]): void {
  const tokens = latinTokens(text);
  const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && spacesOnly(text, a.end, b.start);
  const capitalisedWord = (t: Token | undefined): boolean => t !== undefined && isCapitalised(t.text) && !NOT_NAME.has(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (isCapitalised(tok.text) && latinFirstWords.has(tok.text.toLowerCase())) {
      let found = 0;
      let code = '';
      for (let n = Math.min(latinMaxWords, tokens.length - i); n >= 1 && found === 0; n--) {
        const last = tokens[i + n - 1];
        if (!last || !wordsOnOneLine(text, tokens, i, i + n - 1)) continue;
        const hit = latinByKey.get(latinKey(text.slice(tok.start, last.end)));
        if (hit !== undefined) {
          found = n;
          code = hit;
        }
      }
      if (found > 0) {
        const single = found === 1;
        const afterName = single && joined(prev, tok) && capitalisedWord(prev);
        const beforeName = single && ALSO_PERSONAL.has(tok.text) && joined(tok, next) && capitalisedWord(next);
        const last = tokens[i + found - 1] ?? tok;
        const after = tokens[i + found];
        const street = (joined(prev, tok) && LATIN_STREET_WORDS.has(prev?.text ?? '')) || (joined(last, after) && LATIN_STREET_WORDS.has(after?.text ?? ''));
        if (!afterName && !beforeName && !street) {
          out.push(mention(text, tok.start, last.end, code, 'name'));
          i += found - 1;
          continue;
        }
      }
    }
    const adjective = ADJECTIVE.get(tok.text);
    if (adjective === undefined) continue;
    const nextWord = joined(tok, next) ? (next?.text ?? '').toLowerCase() : '';
    const prevWord = joined(prev, tok) ? (prev?.text ?? '') : '';
    if (CURRENCY.has(nextWord) || CURRENCY.has(prevWord.toLowerCase()) || /^(?:al|el)$/i.test(prevWord)) continue;
    out.push(mention(text, tok.start, tok.end, adjective, 'adjective'));
  }
}

export function recogniseCountries(text: string): Mention[] {
  const out: Mention[] = [];
  recogniseArabic(text, out);
  recogniseLatin(text, out);
  return out.sort((a, b) => a.start - b.start);
}

export const countryRecogniser: Recogniser = {
  name: 'country',
  version: 1,
  types: ['country'],
  recognise: (text) => recogniseCountries(text),
};
