/**
 * Word tokens with their exact offsets, shared by the name and place recognisers: Arabic-script words (with their
 * normalised form and attached proclitics و ف ب ل ك peeled off on demand) and Latin-script words (hyphenated
 * forms such as al-Halabi and Deir ez-Zor kept whole, internal apostrophes as in Zoba'i and Raʿd kept, a trailing
 * possessive 's left out). All regexes are linear: one character class per repetition, no nested ambiguity.
 */
import { normaliseArabic } from '../../text/arabic.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface ArabicToken extends Token {
  /** normaliseArabic(text). */
  norm: string;
}

const AR_LETTER = '\\u0620-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF';
const AR_MARK = '\\u0640\\u064B-\\u065F\\u0670\\u06D6-\\u06ED';
const ARABIC_WORD = new RegExp(`[${AR_LETTER}][${AR_LETTER}${AR_MARK}]*`, 'g');
const ARABIC_MARK = new RegExp(`[${AR_MARK}]`);

/** The Arabic-script words of a text, in order. */
export function arabicTokens(text: string): ArabicToken[] {
  const out: ArabicToken[] = [];
  for (const m of text.matchAll(ARABIC_WORD)) {
    const start = m.index;
    out.push({ text: m[0], start, end: start + m[0].length, norm: normaliseArabic(m[0]) });
  }
  return out;
}

/** Offset (in `raw`) just after its first `letters` letters and any diacritics that follow them. */
export function offsetAfterLetters(raw: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < letters) {
    if (!ARABIC_MARK.test(raw[i] ?? '')) seen++;
    i++;
  }
  while (i < raw.length && ARABIC_MARK.test(raw[i] ?? '')) i++;
  return i;
}

/** A token read without an attached proclitic: `skip` letters of the raw token were peeled off. */
export interface Reading {
  norm: string;
  skip: number;
}

const ONE_LETTER_PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const TWO_LETTER_PROCLITICS = new Set(['وب', 'ول', 'فب', 'فل', 'وك', 'فك']);

/**
 * The ways to read a normalised token: as is, then without one or two proclitic letters (وأبو → أبو, بالرقة →
 * الرقة, وللموصل → الموصل: ل before the article drops its alif, so لل… is read as ال…).
 */
export function readings(norm: string): Reading[] {
  const out: Reading[] = [{ norm, skip: 0 }];
  const add = (rest: string, skip: number): void => {
    if (rest.length < 2) return;
    out.push({ norm: rest, skip });
    if (rest.startsWith('ل') && !rest.startsWith('ال') && norm.slice(skip - 1, skip) === 'ل') out.push({ norm: 'ا' + rest, skip });
  };
  if (ONE_LETTER_PROCLITICS.has(norm.slice(0, 1))) add(norm.slice(1), 1);
  if (TWO_LETTER_PROCLITICS.has(norm.slice(0, 2))) add(norm.slice(2), 2);
  return out;
}

/**
 * True when only spaces (at most `max` of them: wider gaps are table columns) separate `a` from `b`, with no
 * line break, tab or punctuation.
 */
export function spacesOnly(text: string, a: number, b: number, max = 3): boolean {
  if (b <= a || b - a > max) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x200e && c !== 0x200f && c !== 0x202f) return false;
  }
  return true;
}

/** True when spaces and exactly one line break separate `a` from `b` (a name wrapped onto the next line). */
export function lineWrap(text: string, a: number, b: number): boolean {
  const gap = text.slice(a, b);
  return gap.length <= 40 && /^[ \u00a0]*\r?\n[ \u00a0]*$/.test(gap);
}

const LATIN_LETTER = '\\p{Script=Latin}\\p{M}';
const APOSTROPHE = "'’ʼʿʾ‘";
const LATIN_PART = `[ʿʾ]?[\\p{Script=Latin}][${LATIN_LETTER}]*(?:[${APOSTROPHE}][${LATIN_LETTER}]+)*[ʿʾ]?`;
/** After a hyphen a part may open with an apostrophe: al-'Uyayri. */
const LATIN_WORD = new RegExp(`${LATIN_PART}(?:-['’]?${LATIN_PART})*`, 'gu');
const POSSESSIVE = /['’]s$/;
const ELISION = /^(?:[dlDLjJnNsStT]|[qQ]u)['’](?=[ʿʾ]?\p{Lu})/u;

/** The Latin-script words of a text; French elisions (d'Abou) and a trailing possessive ('s) are left out. */
export function latinTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(LATIN_WORD)) {
    let start = m.index;
    let word = m[0];
    const elision = ELISION.exec(word);
    if (elision) {
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    if (POSSESSIVE.test(word) && word.length > 3) word = word.slice(0, -2);
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

/** True when the word starts with an upper-case letter (after an optional ʿ or ʾ). */
export function isCapitalised(word: string): boolean {
  const first = word.replace(/^[ʿʾ]/, '').charAt(0);
  return first !== '' && first !== first.toLowerCase() && first === first.toUpperCase();
}
