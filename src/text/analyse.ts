/**
 * The search analyser, shared by indexing, querying and snippets: words of the exact text with their offsets,
 * each mapped to a search term (lower case, NFKC, Latin diacritics folded, Arabic normalised and light-stemmed,
 * Latin-script words Porter-stemmed). Offsets always point into the exact text; only terms are normalised.
 */
import { stemmer } from 'stemmer';
import { hasArabic, normaliseArabic, stemArabic, stemArabicPrefix } from './arabic.js';

export interface Token {
  /** The analysed search term. */
  term: string;
  /** Offsets of the word in the exact text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

/** A word: letters (tatweel is a letter, Lm), combining marks, digits, and zero-width (non-)joiners inside. */
const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\u200C\u200D]*[\p{L}\p{M}\p{N}])?/gu;
const TERM_PART = /[\p{L}\p{M}\p{N}]+/gu;

/** Latin letters NFD does not decompose. */
const LATIN_SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Words of `text` with their search terms. A word whose normal form splits (ﷺ, ½) yields several tokens on one span. */
export function analyse(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    for (const term of wordTerms(m[0], true)) tokens.push({ term, start, end });
  }
  return tokens;
}

/** The search terms of `text`, in order (what the index stores, space-joined). */
export function analyseTerms(text: string): string[] {
  return analyse(text).map((t) => t.term);
}

/** The term for one query word (several space-joined when the word splits, e.g. "l'homme"). */
export function analyseQueryTerm(word: string): string {
  return analyseTerms(word).join(' ');
}

/**
 * The form a prefix query (`word*`) matches against: normalised but not stemmed, except that an Arabic article
 * or conjunction is removed the way the stemmer removes it, since indexed terms have lost theirs.
 */
export function analysePrefix(word: string): string {
  return analyseNormalised(word)
    .map((t) => (hasArabic(t) ? stemArabicPrefix(t) : t))
    .join(' ');
}

/** Terms of `text` normalised but not stemmed. */
export function analyseNormalised(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(...wordTerms(m[0], false));
  return out;
}

/** Normalise (and optionally stem) one word into its term(s). */
function wordTerms(word: string, stem: boolean): string[] {
  const norm = foldLatin(normaliseArabic(word.normalize('NFKC').toLowerCase()));
  const parts = norm.match(TERM_PART) ?? [];
  return parts.map((part) => (stem ? stemTerm(part) : part));
}

function foldLatin(s: string): string {
  if (!/[^\u0000-\u007F]/.test(s) || hasArabic(s)) return s;
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[ßæœøłđðþı]/g, (c) => LATIN_SPECIAL[c] ?? c)
    .normalize('NFC');
}

function stemTerm(term: string): string {
  if (hasArabic(term)) return stemArabic(term);
  if (/^[a-z]+$/.test(term)) return stemmer(term);
  return term;
}

/** A text's analysed terms, space-separated: what the full-text index holds. */
export function termsOf(text: string): string {
  return analyse(text)
    .map((t) => t.term)
    .join(' ');
}
