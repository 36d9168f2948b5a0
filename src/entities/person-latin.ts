/**
 * Persons written in Latin script, chiefly Arabic names in English, French and scholarly transliteration:
 * a kunya (Abu/Abou/Abū/Umm/Oum + name: Abu Hamza, Abou al-Baraa), or a given name from the gazetteer in any
 * usual spelling (Hussein/Husayn/Houssein) or an ʿAbd compound (Abd al-Karim, Abdel Rahman, Abdulkarim), then
 * nasab links (bin/ibn/ben/bint/bent + name) or bare father's names, then nisbas with the article and its
 * assimilated forms (al-, el-, Al , ad-, ash-, as-, ar-…: al-Halabi, Al Tikriti, ash-Shammari) or a bare nisba
 * (Zoba'i, Kubaysi). Capitalised words are a name without those features only after a title (Mr, M., Sheikh,
 * brother, le frère) or as a mail header's display name. Titles go to attrs.honorific, never into the name;
 * sentence-initial capitals, months, places and organisation words do not start a name.
 */
import type { Mention, NamePart, Recogniser } from './types.js';
import { CURATED_CITIES } from './lexicon/cities.js';
import { LATIN_HONORIFICS, LATIN_STRONG_CUES } from './lexicon/honorifics.js';
import { isLatinGivenName, latinNameKey } from './lexicon/name-index.js';
import { LATIN_ORGANISATION_TAILS } from './lexicon/organisation-cues.js';
import {
  ABD_WORDS,
  ARTICLES,
  HIJRI_MONTH_SECOND_WORDS,
  HIJRI_MONTH_WORDS,
  LATIN_KUNYA_HEADS,
  LATIN_NASAB,
  NOT_NAME_WORDS,
  PLACE_WORDS_AFTER,
  PLACE_WORDS_BEFORE,
} from './lexicon/latin-name-words.js';
import { isCapitalised, latinTokens, lineWrap, spacesOnly, type Token } from './lexicon/tokens.js';

const KUNYA_HEADS = new Set(LATIN_KUNYA_HEADS);
const ARTICLE = new Set(ARTICLES);
const NASAB = new Set(LATIN_NASAB);
const ABD = new Set(ABD_WORDS);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const HONORIFIC = new Set(LATIN_HONORIFICS);
const ORG_TAIL = new Set(LATIN_ORGANISATION_TAILS);
const HIJRI_MONTH = new Set(HIJRI_MONTH_WORDS);
const PLACE_AFTER = new Set(PLACE_WORDS_AFTER);
const PLACE_BEFORE = new Set(PLACE_WORDS_BEFORE);
const HIJRI_SECOND = new Set(HIJRI_MONTH_SECOND_WORDS.map(latinNameKey));
/** Spelling keys of a run of words (Abou Kamal and Abu Kamal alike). */
const keyOf = (words: string): string => words.split(/[\s-]+/).map(latinNameKey).join(' ');
/** Places whose names read like a name (Abu Dhabi, Abu Kamal, Umm Qasr, Ras al-Ain), by spelling key. */
const PLACE_NAMES = new Set(CURATED_CITIES.flatMap((c) => c.latin.map((a) => a.text)).filter((a) => /[\s-]/.test(a)).map(keyOf));
/** Titles after which any capitalised words are a name (Mr John Smith, M. Dupont). */
const STRONG_CUE = new Set(LATIN_STRONG_CUES);
/** One-word compounds of ʿAbd: Abdulkarim, Abdelkrim, Abderrahmane, Abdallah (not Abdomen). */
const ABD_COMPOUND = /^ʿ?(?:Abd|ABD)(?:el|ul|al|oul|ou|ur|er|ar|u|e|a|EL|UL|AL|U|A)[a-zà-ÿ'’A-Z]{3,}$/u;
/** A bare nisba: ends in the relative -i/-y/-ie/-ī/-ï (Zubaidi, Kubaysi, Ta'i, Taie, Hadeethi). */
const NISBA_ENDING = /(?:[iyīïÿ]|ie|ee)$/u;
const DIGITS = /^\d/;
const HEADER_LABEL = /(?:^|\n)[ \t]*(?:From|To|Cc|Bcc|Reply-To|Sender|De|À|A|Expéditeur|Destinataire)[ \t]*:[ \t]*$/;
const CHAT_SPEAKER_BEFORE = /(?:^|\n)(?:\[[^\]\n]{6,30}\][ \t]*|[\d/.,: \t]{10,24}-[ \t]*)$/;

type Role = NamePart['role'];

interface Part {
  role: Role;
  from: number;
  to: number;
  /** A gazetteer given name, a kunya, or an ʿAbd compound: known to be a name. */
  known: boolean;
  /** A nasab introduced by bin/ibn/ben/bint. */
  linked?: boolean;
}

interface Parse {
  first: number;
  last: number;
  parts: Part[];
  confidence: number;
}

/** BRIGADES → Brigades, so that upper-case names meet the same word lists. */
function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function hyphenParts(word: string): string[] {
  return word.split('-');
}

/** al-Halabi, el-Deïri, ash-Shammari, Al-Shammari: an article glued to a capitalised word. */
function isArticleWord(word: string): boolean {
  const [article, rest] = hyphenParts(word);
  return rest !== undefined && ARTICLE.has((article ?? '').toLowerCase()) && isCapitalised(rest);
}

function isArticleAlone(word: string): boolean {
  return word === 'Al' || word === 'El' || word === 'AL' || word === 'EL' || word === 'al' || word === 'el';
}

function looksLikeNisba(word: string): boolean {
  const bare = word.replace(/['’ʼʿʾ]/g, '');
  return bare.length >= 3 && NISBA_ENDING.test(bare.toLowerCase());
}

class Reader {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  tok(j: number): string {
    return this.tokens[j]?.text ?? '';
  }

  /**
   * Token j follows token j-1 across spaces only; after a word that cannot end a name (Abu, bin) a wrapped line
   * (one line break and indentation) joins too.
   */
  joined(j: number): boolean {
    const prev = this.tokens[j - 1];
    const cur = this.tokens[j];
    if (prev === undefined || cur === undefined) return false;
    if (spacesOnly(this.text, prev.end, cur.start)) return true;
    return (KUNYA_HEADS.has(prev.text) || NASAB.has(prev.text)) && lineWrap(this.text, prev.end, cur.start);
  }

  /** A capitalised word that may be part of a name (not a function word, title, month or organisation word). */
  nameWord(j: number): boolean {
    const w = this.tok(j);
    const t = titleCase(w);
    return isCapitalised(w) && !NOT_NAME.has(t) && !HONORIFIC.has(t) && !ORG_TAIL.has(t) && !DIGITS.test(w) && !KUNYA_HEADS.has(w);
  }

  given(j: number): boolean {
    const w = this.tok(j);
    return this.nameWord(j) && !w.includes('-') && isLatinGivenName(w);
  }

  /** An ʿAbd compound at j: its last token index, or -1. */
  abd(j: number): number {
    const w = this.tok(j);
    const [head, ...rest] = hyphenParts(w);
    if (ABD.has(head ?? '') && rest.length > 0) return j;
    if (ABD_COMPOUND.test(w)) return j;
    if (!ABD.has(w) || !this.joined(j + 1)) return -1;
    const next = this.tok(j + 1);
    if (isArticleWord(next)) return j + 1;
    if (isArticleAlone(next) && this.joined(j + 2) && isCapitalised(this.tok(j + 2))) return j + 2;
    if (this.nameWord(j + 1) || /^(?:Allah|Allāh|Illah)$/.test(next)) return j + 1;
    return -1;
  }

  /** A name (given, ʿAbd compound, or with `unknownOk` any name word) at j: its last token index, or -1. */
  nameAt(j: number, unknownOk: boolean): { last: number; known: boolean } | undefined {
    const a = this.abd(j);
    if (a >= 0) return { last: a, known: true };
    if (this.given(j)) return { last: j, known: true };
    if (unknownOk && this.nameWord(j) && !this.tok(j).includes('-')) return { last: j, known: false };
    return undefined;
  }

  /** The name after Abu/Umm: a name word, al-Name, Al Name, or an ʿAbd compound. */
  kunyaName(j: number): { last: number; known: boolean } | undefined {
    if (!this.joined(j)) return undefined;
    const w = this.tok(j);
    if (isArticleWord(w)) return { last: j, known: true };
    if (isArticleAlone(w) && this.joined(j + 1) && this.nameWord(j + 1)) return { last: j + 1, known: true };
    return this.nameAt(j, true);
  }

  kunya(i: number): Parse | undefined {
    const name = this.kunyaName(i + 1);
    if (!name) return undefined;
    const parse: Parse = { first: i, last: name.last, parts: [{ role: 'kunya', from: i, to: name.last, known: true }], confidence: name.known ? 0.9 : 0.8 };
    this.tail(parse);
    return parse;
  }

  ism(i: number): Parse | undefined {
    const head = this.nameAt(i, false);
    if (!head) return undefined;
    const parse: Parse = { first: i, last: head.last, parts: [{ role: 'ism', from: i, to: head.last, known: true }], confidence: 0.85 };
    this.nasabs(parse);
    this.tail(parse);
    return parse;
  }

  /** bin/ibn + name, or bare father's and grandfather's names (known, or unknown before an article nisba). */
  nasabs(parse: Parse): void {
    for (let links = 0; links < 3; links++) {
      const j = parse.last + 1;
      if (!this.joined(j)) return;
      if (NASAB.has(this.tok(j)) && this.joined(j + 1)) {
        const name = this.nameAt(j + 1, true);
        if (!name) return;
        parse.parts.push({ role: 'nasab', from: j, to: name.last, known: name.known, linked: true });
        parse.last = name.last;
        continue;
      }
      const name = this.nameAt(j, false);
      if (name) {
        parse.parts.push({ role: 'nasab', from: j, to: name.last, known: true });
        parse.last = name.last;
        continue;
      }
      if (this.nameWord(j) && !this.tok(j).includes('-') && this.joined(j + 1) && isArticleWord(this.tok(j + 1))) {
        parse.parts.push({ role: 'nasab', from: j, to: j, known: false });
        parse.last = j;
      }
      return;
    }
  }

  /** Nisbas and laqabs: al-X, Al X, or a bare nisba-looking word (at most three). */
  tail(parse: Parse): void {
    for (let count = 0; count < 3; count++) {
      const j = parse.last + 1;
      if (!this.joined(j)) return;
      const w = this.tok(j);
      if (isArticleWord(w)) {
        parse.parts.push({ role: 'nisba', from: j, to: j, known: false });
        parse.last = j;
        continue;
      }
      if (isArticleAlone(w) && this.joined(j + 1) && this.nameWord(j + 1) && !this.tok(j + 1).includes('-')) {
        parse.parts.push({ role: 'nisba', from: j, to: j + 1, known: false });
        parse.last = j + 1;
        continue;
      }
      if (this.nameWord(j) && !w.includes('-') && looksLikeNisba(w) && !this.given(j)) {
        parse.parts.push({ role: 'nisba', from: j, to: j, known: false });
        parse.last = j;
        continue;
      }
      return;
    }
  }

  /** Capitalised words after a title or in a display name: 1 to 4 of them, then the usual tail. */
  cued(i: number): Parse | undefined {
    if (!this.nameWord(i) || this.tok(i).includes('-')) return undefined;
    const parse: Parse = { first: i, last: i, parts: [{ role: 'given', from: i, to: i, known: false }], confidence: 0.6 };
    while (parse.last - i < 3 && this.joined(parse.last + 1) && this.nameWord(parse.last + 1) && !this.tok(parse.last + 1).includes('-')) {
      parse.last++;
      parse.parts.push({ role: 'family', from: parse.last, to: parse.last, known: false });
    }
    this.tail(parse);
    return parse;
  }

  /** Titles right before token i (Sheikh, brother, M., Dr.), as written. */
  honorific(i: number): string | undefined {
    const prev = this.tokens[i - 1];
    const cur = this.tokens[i];
    if (!prev || !cur || !HONORIFIC.has(prev.text)) return undefined;
    const gap = this.text.slice(prev.end, cur.start);
    if (/^[ \u00a0]+$/.test(gap)) return prev.text;
    if (/^\.[ \u00a0]+$/.test(gap)) return prev.text + '.';
    return undefined;
  }

  /** A mail header field (From:, À :) or a chat speaker slot right before token i. */
  displayNameSlot(i: number): boolean {
    const cur = this.tokens[i];
    if (!cur) return false;
    const before = this.text.slice(Math.max(0, cur.start - 40), cur.start);
    return HEADER_LABEL.test(before) || CHAT_SPEAKER_BEFORE.test(before);
  }

  /** What follows the parse: a display name must end at "<", a line end, "," or ":". */
  endsDisplayName(parse: Parse): boolean {
    const end = this.tokens[parse.last]?.end ?? 0;
    return /^[ \t]*(?:<|\r?\n|$|,|:|\()/.test(this.text.slice(end, end + 3));
  }

  /**
   * Unknown capitalised words make a name after Mr/M./Dr (any), after another title when the first word is a
   * known given name, and in a display-name slot when they fill it (up to "<", ":" or the line end) and are two
   * words or more (a chat group such as "Brothers:" is not a person).
   */
  cueSuffices(parse: Parse, honorific: string | undefined): boolean {
    if (honorific !== undefined) return STRONG_CUE.has(honorific.replace(/\.$/, '')) || this.given(parse.first);
    return this.endsDisplayName(parse) && (parse.last > parse.first || this.given(parse.first));
  }

  /** A date (1 Rabi al-Thani, Ramadan 1436) rather than a name. */
  isHijriDate(parse: Parse): boolean {
    const first = this.tok(parse.first);
    if (!HIJRI_MONTH.has(first)) return false;
    const prevTok = this.tokens[parse.first - 1];
    const prevText = this.text.slice(Math.max(0, (this.tokens[parse.first]?.start ?? 0) - 4), this.tokens[parse.first]?.start ?? 0);
    if (/\d\s*$/.test(prevText) && prevTok !== undefined) return true;
    const next = hyphenParts(this.tok(parse.first + 1));
    if (next.length > 1 && HIJRI_SECOND.has(latinNameKey(next[1] ?? ''))) return true;
    const end = this.tokens[parse.last]?.end ?? 0;
    return /^\s*\d/.test(this.text.slice(end, end + 3));
  }

  /**
   * The name is a place (Abu Dhabi, Umm Qasr), names one (Abu Nuwas Street, rue Abou Nouas, Salah al-Din
   * province) or heads an organisation (… Bank, … Brigade).
   */
  isPlaceOrOrganisation(parse: Parse): boolean {
    const start = this.tokens[parse.first]?.start ?? 0;
    for (let k = parse.first; k <= parse.last && k < parse.first + 3; k++) {
      if (PLACE_NAMES.has(keyOf(this.text.slice(start, this.tokens[k]?.end ?? 0)))) return true;
    }
    if (this.joined(parse.last + 1) && (ORG_TAIL.has(titleCase(this.tok(parse.last + 1))) || PLACE_AFTER.has(this.tok(parse.last + 1)))) return true;
    return this.joined(parse.first) && PLACE_BEFORE.has(this.tok(parse.first - 1));
  }

  /** The parse at token i; `rejected` when it turned out to be a date, a place or an organisation's name. */
  parseAt(i: number): { parse: Parse; honorific?: string; rejected?: boolean } | undefined {
    const w = this.tok(i);
    if (!isCapitalised(w)) return undefined;
    const honorific = this.honorific(i);
    let parse = KUNYA_HEADS.has(w) ? this.kunya(i) : this.ism(i);
    if (parse && !accepted(parse, honorific !== undefined)) parse = undefined;
    if (!parse && this.nameWord(i) && this.joined(i + 1) && isArticleWord(this.tok(i + 1)) && looksLikeNisba(hyphenParts(this.tok(i + 1))[1] ?? '')) {
      parse = { first: i, last: i, parts: [{ role: 'ism', from: i, to: i, known: false }], confidence: 0.6 };
      this.tail(parse);
    }
    if (!parse && (honorific !== undefined || this.displayNameSlot(i))) {
      parse = this.cued(i);
      if (parse && !this.cueSuffices(parse, honorific)) parse = undefined;
    }
    if (!parse) return undefined;
    if (this.isHijriDate(parse) || this.isPlaceOrOrganisation(parse)) return { parse, rejected: true };
    return honorific === undefined ? { parse } : { parse, honorific };
  }
}

/** A gazetteer ism alone is not a name; it needs a nasab, a nisba, a second known name, or a title before it. */
function accepted(parse: Parse, titled: boolean): boolean {
  if (parse.parts[0]?.role === 'kunya') return true;
  const roles = parse.parts.map((p) => p.role);
  if (roles.includes('nisba') || parse.parts.some((p) => p.linked)) return true;
  if (parse.parts.length >= 2 && parse.parts.every((p) => p.known)) {
    parse.confidence = 0.7;
    return true;
  }
  if (!titled) return false;
  parse.confidence = 0.6;
  return true;
}

export function recognisePersonsLatin(text: string): Mention[] {
  const tokens = latinTokens(text);
  const reader = new Reader(text, tokens);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = reader.parseAt(i);
    if (!found) continue;
    const { parse, honorific } = found;
    if (found.rejected) {
      i = parse.last;
      continue;
    }
    const start = tokens[parse.first]?.start ?? 0;
    const end = tokens[parse.last]?.end ?? 0;
    const surface = text.slice(start, end);
    const parts: NamePart[] = parse.parts.map((p) => ({ role: p.role, text: text.slice(tokens[p.from]?.start ?? start, tokens[p.to]?.end ?? end) }));
    const attrs: Record<string, unknown> = { parts };
    if (honorific !== undefined) attrs.honorific = honorific;
    out.push({
      type: 'person',
      start,
      end,
      surface,
      value: surface,
      recogniser: 'person-latin',
      confidence: Math.min(0.95, parse.confidence + (parse.parts.length > 2 ? 0.05 : 0)),
      attrs,
    });
    i = parse.last;
  }
  return out;
}

export const personLatinRecogniser: Recogniser = {
  name: 'person-latin',
  version: 1,
  types: ['person'],
  recognise: (text) => recognisePersonsLatin(text),
};
