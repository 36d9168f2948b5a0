/**
 * Persons written in Arabic script. A name is read word by word as the parts of Arabic onomastics: a kunya
 * (أبو/أم + name: أبو حمزة، أم البراء), or an ism from the given-name gazetteer (زياد، عبد الكريم), then nasab
 * links (بن/ابن/بنت + name), then nisbas (ال…ي: العكيدي، الرقاوي) and laqabs (الطويل، الدكتور). A proclitic
 * و/ف/ب/ل/ك glued to the first word stays outside the mention (وأبو حمزة → أبو حمزة). Honorifics and titles
 * before the name (الشيخ، الأخ، الأمير…) are cues, reported in attrs.honorific, never part of the name. A name
 * after a place or institution noun names that place (شارع أبو نواس، جامع أبي حنيفة) and is not a person.
 */
import { normaliseArabic } from '../text/arabic.js';
import type { Mention, NamePart, Recogniser } from './types.js';
import { CURATED_CITIES } from './lexicon/cities.js';
import { ARABIC_HONORIFICS } from './lexicon/honorifics.js';
import { arabicNameLength } from './lexicon/name-index.js';
import {
  FAMILY_NAMES,
  KUNYA_HEADS,
  LAQABS,
  NASAB_WORDS,
  NEVER_A_NAME,
  NOT_NISBA,
  PLACE_NOUNS,
  STRONG_KUNYA_HEADS,
} from './lexicon/arabic-name-words.js';
import { arabicTokens, lineWrap, offsetAfterLetters, readings, spacesOnly, type ArabicToken } from './lexicon/tokens.js';

const normSet = (words: readonly string[]): Set<string> => new Set(words.map(normaliseArabic));

const KUNYA = normSet(KUNYA_HEADS);
const STRONG_KUNYA = normSet(STRONG_KUNYA_HEADS);
const NASAB = normSet(NASAB_WORDS);
const LAQAB = normSet(LAQABS);
const FAMILY = normSet(FAMILY_NAMES);
const NOT_A_NISBA = normSet(NOT_NISBA);
const NEVER_NAME = normSet(NEVER_A_NAME);
const HONORIFIC = normSet(ARABIC_HONORIFICS);
const PLACE_NOUN = normSet(PLACE_NOUNS);
/** Places spelt like a kunya (أبو ظبي، أبو غريب، أم قصر). */
const KUNYA_PLACES = new Set(
  CURATED_CITIES.flatMap((c) => c.arabic.map((a) => normaliseArabic(a.text))).filter((a) => /^(ابو|ام) /.test(a)),
);

/** The words of a name found so far: token range and parts. */
interface Parse {
  first: number;
  /** Letters of a proclitic glued to the first token, left outside the mention. */
  skip: number;
  last: number;
  /** `linked`: a nasab introduced by بن/ابن/بنت (not a bare father's name). */
  parts: { role: NamePart['role']; from: number; to: number; linked?: boolean }[];
  confidence: number;
}

/** A nisba: ال + at least three letters + the relative ي (العكيدي، الرقاوي), not an ordinary adjective. */
function isNisba(norm: string): boolean {
  return norm.startsWith('ال') && norm.length >= 5 && norm.endsWith('ي') && !NOT_A_NISBA.has(norm);
}

/** A plausible unknown name word: Arabic letters, not a function word, honorific or particle. */
function canBeUnknownName(norm: string): boolean {
  return norm.length >= 2 && !NEVER_NAME.has(norm) && !HONORIFIC.has(norm) && !KUNYA.has(norm) && !NASAB.has(norm);
}

class Reader {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly ArabicToken[],
  ) {}

  /** True when token j follows token j-1 across spaces only, or across a wrapped line after أبو/بن. */
  joined(j: number): boolean {
    const prev = this.tokens[j - 1];
    const cur = this.tokens[j];
    if (prev === undefined || cur === undefined) return false;
    if (spacesOnly(this.text, prev.end, cur.start)) return true;
    return (STRONG_KUNYA.has(prev.norm) || NASAB.has(prev.norm)) && lineWrap(this.text, prev.end, cur.start);
  }

  /** Normalised words from j while they stay on one run of spaces (at most n), with `first` replacing word j. */
  words(j: number, n: number, first?: string): string[] {
    const out: string[] = [];
    for (let k = j; k < j + n && k < this.tokens.length; k++) {
      if (k > j && !this.joined(k)) break;
      out.push(k === j && first !== undefined ? first : (this.tokens[k]?.norm ?? ''));
    }
    return out;
  }

  /** A gazetteer name (or ال + name after a kunya) starting at j: its length in words. */
  nameAt(j: number, kunyaToo: boolean): number {
    const words = this.words(j, 2);
    const n = arabicNameLength(words, kunyaToo);
    if (n > 0 || !kunyaToo) return n;
    const w = words[0] ?? '';
    return w.startsWith('ال') && arabicNameLength([w.slice(2)], true) > 0 ? 1 : 0;
  }

  /** Kunya: أبو/أم + name, at token i read as `head`. */
  kunya(i: number, skip: number, head: string): Parse | undefined {
    const j = i + 1;
    if (!this.joined(j)) return undefined;
    let n = this.nameAt(j, true);
    let confidence = 0.9;
    if (n === 0) {
      const w = this.tokens[j]?.norm ?? '';
      if (!STRONG_KUNYA.has(head) || !canBeUnknownName(w) || isNisba(w)) return undefined;
      n = 1;
      confidence = 0.7;
    }
    if (KUNYA_PLACES.has(`${head} ${this.words(j, n).join(' ')}`)) return undefined;
    const parse: Parse = { first: i, skip, last: j + n - 1, parts: [{ role: 'kunya', from: i, to: j + n - 1 }], confidence };
    this.tail(parse);
    return parse;
  }

  /** Ism (+ nasab chain), at token i read as `first`. */
  ism(i: number, skip: number, first: string): Parse | undefined {
    const n = arabicNameLength(this.words(i, 2, first), false);
    if (n === 0) return undefined;
    const parse: Parse = { first: i, skip, last: i + n - 1, parts: [{ role: 'ism', from: i, to: i + n - 1 }], confidence: 0.85 };
    for (let links = 0; links < 4; links++) {
      const j = parse.last + 1;
      if (!this.joined(j)) break;
      const w = this.tokens[j]?.norm ?? '';
      if (NASAB.has(w) && this.joined(j + 1)) {
        const m = this.nameAt(j + 1, true) || (canBeUnknownName(this.tokens[j + 1]?.norm ?? '') && !isNisba(this.tokens[j + 1]?.norm ?? '') ? 1 : 0);
        if (m === 0) break;
        parse.parts.push({ role: 'nasab', from: j, to: j + m, linked: true });
        parse.last = j + m;
        continue;
      }
      const m = this.nameAt(j, false);
      if (m === 0) break;
      parse.parts.push({ role: 'nasab', from: j, to: j + m - 1 });
      parse.last = j + m - 1;
    }
    this.tail(parse);
    return parse;
  }

  /** Nisbas, family names (also آل + name: آل سعود) and laqabs after the name (at most three). */
  tail(parse: Parse): void {
    for (let count = 0; count < 3; count++) {
      const j = parse.last + 1;
      if (!this.joined(j)) return;
      const w = this.tokens[j]?.norm ?? '';
      if (this.tokens[j]?.text === 'آل' && this.joined(j + 1) && canBeUnknownName(this.tokens[j + 1]?.norm ?? '')) {
        parse.parts.push({ role: 'family', from: j, to: j + 1 });
        parse.last = j + 1;
        continue;
      }
      const nisba = isNisba(w);
      if (!nisba && !LAQAB.has(w) && !FAMILY.has(w)) return;
      if (HONORIFIC.has(w) && this.startsName(j + 1)) return;
      parse.parts.push({ role: nisba ? 'nisba' : FAMILY.has(w) ? 'family' : 'laqab', from: j, to: j });
      parse.last = j;
    }
  }

  /** True when a kunya or a given name starts at token j (on the same run of spaces). */
  startsName(j: number): boolean {
    if (!this.joined(j)) return false;
    const w = this.tokens[j]?.norm ?? '';
    return KUNYA.has(w) || this.nameAt(j, false) > 0;
  }

  /** Honorifics just before token i (at most two, e.g. الأخ المجاهد), as written without a proclitic. */
  honorifics(i: number, skip: number): string | undefined {
    if (skip > 0) return undefined;
    const found: string[] = [];
    for (let j = i - 1; j >= 0 && found.length < 2; j--) {
      if (!this.joined(j + 1)) break;
      const tok = this.tokens[j];
      if (!tok) break;
      const reading = readings(tok.norm).find((r) => HONORIFIC.has(r.norm));
      if (!reading) break;
      found.unshift(tok.text.slice(offsetAfterLetters(tok.text, reading.skip)));
      if (reading.skip > 0) break;
    }
    return found.length > 0 ? found.join(' ') : undefined;
  }

  /** A place or institution noun just before token i: the name names it (شارع أبو نواس، محافظة صلاح الدين). */
  namesAPlace(i: number): boolean {
    const prev = this.tokens[i - 1];
    return prev !== undefined && this.joined(i) && readings(prev.norm).some((r) => PLACE_NOUN.has(r.norm));
  }

  /** The best parse starting at token i, trying the token as written first, then without a proclitic. */
  parseAt(i: number): Parse | undefined {
    const tok = this.tokens[i];
    if (!tok) return undefined;
    for (const r of readings(tok.norm)) {
      const parse = KUNYA.has(r.norm) ? this.kunya(i, r.skip, r.norm) : this.ism(i, r.skip, r.norm);
      if (parse) return parse;
    }
    return undefined;
  }
}

/** A bare ism counts only with a nasab or nisba, or a honorific before it (a single name needs the honorific). */
function accepted(parse: Parse, honorific: string | undefined): boolean {
  if (parse.parts[0]?.role === 'kunya') return true;
  const roles = parse.parts.map((p) => p.role);
  const linked = parse.parts.some((p) => p.role === 'nasab' && p.linked);
  if (linked || roles.includes('nisba') || roles.includes('family')) return true;
  if (honorific === undefined) return false;
  parse.confidence = roles.length > 1 ? 0.7 : 0.5;
  return true;
}

export function recognisePersonsArabic(text: string): Mention[] {
  const tokens = arabicTokens(text);
  const reader = new Reader(text, tokens);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const parse = reader.parseAt(i);
    if (!parse) continue;
    if (parse.skip === 0 && reader.namesAPlace(i)) {
      i = parse.last;
      continue;
    }
    const honorific = reader.honorifics(i, parse.skip);
    if (!accepted(parse, honorific)) continue;
    const firstTok = tokens[parse.first];
    const lastTok = tokens[parse.last];
    if (!firstTok || !lastTok) continue;
    const start = firstTok.start + offsetAfterLetters(firstTok.text, parse.skip);
    const end = lastTok.end;
    const surface = text.slice(start, end);
    const parts: NamePart[] = parse.parts.map((p) => {
      const from = p.from === parse.first ? start : (tokens[p.from]?.start ?? start);
      return { role: p.role, text: text.slice(from, tokens[p.to]?.end ?? end) };
    });
    const attrs: Record<string, unknown> = { parts };
    if (honorific !== undefined) attrs.honorific = honorific;
    out.push({
      type: 'person',
      start,
      end,
      surface,
      value: normaliseArabic(surface),
      recogniser: 'person-arabic',
      confidence: parse.confidence + (parse.parts.length > 1 ? 0.05 : 0),
      attrs,
    });
    i = parse.last;
  }
  return out;
}

export const personArabicRecogniser: Recogniser = {
  name: 'person-arabic',
  version: 1,
  types: ['person'],
  recognise: (text) => recognisePersonsArabic(text),
};
