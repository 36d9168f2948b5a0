/**
 * Organisations. Arabic: a head noun (ديوان، مكتب، مصرف، كتيبة، جمعية… in lexicon/organisation-cues.ts) and its
 * idafa chain up to the first definite word run (ديوان الزكاة، مكتب شؤون الأفراد، مصرف الرافدين), through an
 * attached proclitic (وديوان الزكاة → ديوان الزكاة). Latin: a run of capitalised words closed by a cue word
 * (Zakat Office, Al Rafidain Bank, Abdallah Azzam Brigades), optionally followed by "of/for/de…" and its
 * complement; or a head word with its complement (Ministry of Interior, Bureau des relations publiques); or a
 * known money-transfer network (Western Union). Value: the name, Arabic-normalised or as written.
 */
import { normaliseArabic } from '../text/arabic.js';
import type { Mention, Recogniser } from './types.js';
import {
  ARABIC_ORGANISATION_HEADS,
  ARABIC_WEAK_HEADS,
  FRENCH_ORGANISATION_HEADS,
  LATIN_KNOWN_ORGANISATIONS,
  LATIN_ORGANISATION_HEADS,
  LATIN_ORGANISATION_TAILS,
} from './lexicon/organisation-cues.js';
import { NOT_NAME_WORDS } from './lexicon/latin-name-words.js';
import { arabicTokens, isCapitalised, latinTokens, offsetAfterLetters, readings, spacesOnly, type Token } from './lexicon/tokens.js';

const HEADS = new Set(ARABIC_ORGANISATION_HEADS.map(normaliseArabic));
const WEAK_HEADS = new Set(ARABIC_WEAK_HEADS.map(normaliseArabic));
/** Words that end an Arabic organisation name: prepositions, particles, and the start of a person's name. */
const ARABIC_STOPS = new Set(
  ['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'بين', 'حول', 'عند', 'بعد', 'قبل', 'أبو', 'ابو', 'أم', 'بن', 'الذي', 'التي', 'حسب', 'لدى', 'ضد', 'منذ'].map(normaliseArabic),
);
const TAILS = new Set(LATIN_ORGANISATION_TAILS);
const LATIN_HEADS = new Set(LATIN_ORGANISATION_HEADS);
const FRENCH_HEADS = new Set(FRENCH_ORGANISATION_HEADS);
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'des', 'la', 'pour']);
const NOT_NAME = new Set(NOT_NAME_WORDS.filter((w) => w !== 'Islamic' && w !== 'State'));

const isDefinite = (norm: string): boolean => /^(?:ال|وال|لل)/.test(norm) && norm.length >= 4;

function mention(text: string, start: number, end: number, value: string, confidence: number): Mention {
  return { type: 'organisation', start, end, surface: text.slice(start, end), value, recogniser: 'organisation', confidence };
}

function recogniseArabic(text: string, out: Mention[]): void {
  const tokens = arabicTokens(text);
  const joined = (j: number): boolean => {
    const a = tokens[j - 1];
    const b = tokens[j];
    return a !== undefined && b !== undefined && spacesOnly(text, a.end, b.start, 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const reading = readings(tok.norm).find((r) => HEADS.has(r.norm));
    if (!reading) continue;
    // The chain: at most two indefinite nouns, then at least one definite word, then more definite words.
    let j = i + 1;
    let indefinite = 0;
    while (joined(j) && indefinite < 2 && !isDefinite(tokens[j]?.norm ?? '') && !ARABIC_STOPS.has(tokens[j]?.norm ?? '')) {
      j++;
      indefinite++;
    }
    if (WEAK_HEADS.has(reading.norm) && indefinite > 0) continue;
    let last = -1;
    while (joined(j) && j - i <= 5 && isDefinite(tokens[j]?.norm ?? '')) last = j++;
    if (last < 0) continue;
    const start = tok.start + offsetAfterLetters(tok.text, reading.skip);
    const end = tokens[last]?.end ?? tok.end;
    out.push(mention(text, start, end, normaliseArabic(text.slice(start, end)), 0.75));
    i = last;
  }
}

function recogniseLatin(text: string, out: Mention[]): void {
  const tokens = latinTokens(text);
  const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && spacesOnly(text, a.end, b.start, 1);
  const nameWord = (t: Token | undefined): boolean =>
    t !== undefined && (isCapitalised(t.text) || /^(?:al|el|ad|as|ash|ar|at|az|an)-\p{Lu}/u.test(t.text)) && !NOT_NAME.has(t.text);
  let covered = -1;
  const push = (first: number, last: number, confidence: number): void => {
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    if (start < covered) return;
    out.push(mention(text, start, end, text.slice(start, end), confidence));
    covered = end;
  };
  /** "of the Interior", "de l'Habitat", "des relations publiques": the complement after a head or tail. */
  const complement = (k: number, lowerOk: boolean): number => {
    let last = k;
    let j = k + 1;
    while (joined(tokens[j - 1], tokens[j]) && CONNECTORS.has((tokens[j]?.text ?? '').toLowerCase()) && j - k < 3) j++;
    if (j === k + 1) return k;
    while (j - k <= 6 && joined(tokens[j - 1], tokens[j]) && (nameWord(tokens[j]) || (lowerOk && /^\p{Ll}{3,}$/u.test(tokens[j]?.text ?? '')))) last = j++;
    return last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || tok.start < covered) continue;
    for (const known of LATIN_KNOWN_ORGANISATIONS) {
      if (text.startsWith(known, tok.start) && !/\p{L}/u.test(text.charAt(tok.start + known.length))) {
        const last = tokens.findIndex((t, k) => k >= i && t.end >= tok.start + known.length);
        if (last >= 0) push(i, last, 0.9);
      }
    }
    if (tok.start < covered) continue;
    if (TAILS.has(tok.text)) {
      let first = i;
      while (first - 1 >= 0 && i - first < 5 && joined(tokens[first - 1], tokens[first]) && nameWord(tokens[first - 1])) first--;
      if (first < i) {
        push(first, complement(i, false), 0.7);
        continue;
      }
    }
    const french = FRENCH_HEADS.has(tok.text);
    if (french || LATIN_HEADS.has(tok.text)) {
      const last = complement(i, french);
      if (last > i) push(i, last, 0.7);
    }
  }
}

export function recogniseOrganisations(text: string): Mention[] {
  const out: Mention[] = [];
  recogniseArabic(text, out);
  recogniseLatin(text, out);
  return out.sort((a, b) => a.start - b.start);
}

export const organisationRecogniser: Recogniser = {
  name: 'organisation',
  version: 1,
  types: ['organisation'],
  recognise: (text) => recogniseOrganisations(text),
};
