/**
 * Person (and organisation) names in either script: parse into tokens with roles, and compare two names.
 *
 * Parsing rides on transliterate.ts's segments (kunya, nasab, Abd-/al-Din/al-Rahman compounds, articles,
 * honorifics) and assigns roles by position: a kunya (Abu/Umm X), the ism (the first given name), nasab (bin X, or
 * the middle of a chain such as "Hisham Abdul Rahman Shamari"), nisba (an al- name, the usual last element),
 * laqab (an epithet such as al-Tawil); names without Arabic structure get given/family. List order
 * "SURNAME, Given" (OFAC writes "AL-BAGHDADI, Abu Bakr") is turned round first.
 *
 * Comparison:
 *  - Token similarity is a weighted edit distance over the phonetic forms (transliterate.ts), with asymmetric
 *    costs across scripts (Latin writes the short vowels Arabic omits; an Arabic long vowel missing from the Latin
 *    costs more), near consonant classes (th/s, kh/k, g/j/q) and transpositions. Known common given names are
 *    settled by a small lexicon (Hasan is not Husayn, Muhammad is not Mahmud, whatever the spelling). Partial
 *    readings (a truncated name, Abdul Jamil against Jamil) count as weak fuzzy matches.
 *  - Tokens align greedily by similarity in any order (a crossed order costs a little; a token aligned to another
 *    slot, an ism to a nasab, costs more), and two adjacent tokens may align with one (Azizirahman ~ Aziz
 *    al-Rahman). Each pair says how it matched: exact, transliteration (same consonant skeleton), fuzzy, initial.
 *  - An unmatched token is `missing`, or a *conflict* when the other name's same slot is open (an unmatched token
 *    there, or one matched elsewhere): two different isms weigh most (brothers share their nasab chain and
 *    nisba), while a dropped nasab costs little.
 *  - Tokens are weighted by role and by rarity (screening passes the list's frequencies; by default lexicon names
 *    are common), and a fuzzy token counts for less than its similarity.
 *  - Weak evidence is flagged `ambiguous` and capped: a kunya alone ("Abu Muhammad") at 0.5, agreement on a single
 *    token at 0.6, agreement on very common names only ("Muhammad Ali") at 0.75, so that a clusterer does not merge
 *    them with everyone.
 */
import type { NamePart } from '../entities/types.js';
import { weightedLevenshtein, levenshtein, makeEditCosts, type EditCosts } from './fuzzy.js';
import {
  PHONETIC_SYMBOLS,
  CONSONANTS,
  foldArabic,
  isLeadingMarker,
  latinPhonetic,
  foldLatin,
  segmentName,
  splitWords,
  skeletonOf,
  ultraOf,
  type NameSegment,
  type WordScript,
} from './transliterate.js';

export type NameKind = 'person' | 'organisation' | 'other';
/** A token's role: the recognisers' NamePart roles, plus `word` for the words of an organisation's name. */
export type TokenRole = NamePart['role'] | 'word';
/** Where a token sits: two names conflict when both have an unmatched token in the same slot. */
export type Slot = 'kunya' | 'first' | 'middle' | 'last';

export interface NameToken {
  /** As written (with its article or marker: "al-Shammari", "bin Othman", "Abu Khattab"). */
  text: string;
  role: TokenRole;
  slot: Slot;
  script: WordScript;
  /** Folded core text (no article or marker). */
  core: string;
  /** Phonetic form (transliterate.ts) and another reading when a glued article is ambiguous. */
  phon: string;
  alt?: string;
  /** Consonant-skeleton key (kunya keys carry "abu:"/"umm:"), the alternative's, and the coarse blocking key. */
  key: string;
  altKey?: string;
  ultra: string;
  umm?: boolean;
  initial?: boolean;
  /** An organisation's legal form or a function word: nearly no weight, never a conflict. */
  stop?: boolean;
  /** Weight of the token's role (before rarity). */
  weight: number;
  codes: readonly number[];
  altCodes?: readonly number[];
  /** Consonants in the phonetic form (normalises distances). */
  consonants: number;
  /** The common given names (lexicon entries) this token may be. */
  lex?: number[];
  /** Bit mask of the coarse consonant classes in the phonetic form (a quick lower bound on distance). */
  mask: number;
  /** An Abd- compound's distinctive part (al-Rahman of Abd al-Rahman), encoded, with its consonant count. */
  abdRest?: readonly number[];
  abdRestConsonants?: number;
}

export interface ParsedName {
  text: string;
  kind: NameKind;
  script: 'arabic' | 'latin' | 'mixed' | 'other';
  tokens: NameToken[];
  honorifics: string[];
  /** Only a kunya (perhaps with an epithet): weak evidence on its own. */
  kunyaOnly: boolean;
  /** Tokens that carry identity (not initials, not stopwords). */
  content: number;
}

export type MatchType = 'exact' | 'transliteration' | 'fuzzy' | 'initial' | 'missing';

export interface TokenPair {
  /** Token text in name a and in name b (a missing token has only one side). */
  a?: string;
  b?: string;
  type: MatchType;
  /** Token similarity 0..1 (0 for missing). */
  score: number;
  role: TokenRole;
  /** For missing tokens: the other name has an unmatched token in the same slot (a different name there). */
  conflict?: boolean;
}

export interface NameComparison {
  score: number;
  /** Weak evidence: a kunya-only name, or agreement on a single token. */
  ambiguous: boolean;
  pairs: TokenPair[];
  explanation: string;
}

export interface CompareOptions {
  /**
   * How rare a token is, 0..1 (1: rare, informative). Screening passes the watchlist's token frequencies; by
   * default very common Arabic given names get 0.5 and everything else 1.
   */
  rarity?: (token: NameToken) => number;
  /** Token pairs below this similarity do not align (default 0.72). */
  minTokenSim?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Cost tables

const SYM = PHONETIC_SYMBOLS;
const CODE = new Int8Array(128).fill(-1);
for (let i = 0; i < SYM.length; i++) CODE[SYM.charCodeAt(i)] = i;

/** Coarse consonant classes: a consonant of one class can only become another class at cost ≥ 0.5. */
const CLASS_OF: Record<string, number> = { T: 0, D: 0, S: 0, X: 0, J: 0, K: 1, G: 1, C: 1, H: 1, B: 2, F: 2, W: 2, Y: 3, L: 4, R: 4, M: 5, N: 5 };

function classMask(phon: string): number {
  let m = 0;
  for (const c of phon) {
    const k = CLASS_OF[c];
    if (k !== undefined) m |= 1 << k;
  }
  return m;
}

/** The coarse class of the first consonant (-1 when none). */
function firstClass(t: NameToken): number {
  for (let i = 0; i < t.codes.length; i++) {
    const c = CLASS_OF[SYM[t.codes[i]!]!];
    if (c !== undefined) return c;
  }
  return -1;
}

function popcount(x: number): number {
  let n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

/** Symbol codes of a phonetic form (plain small-integer arrays: cheaper to allocate than typed arrays). */
function encode(phon: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < phon.length; i++) out.push(CODE[phon.charCodeAt(i)]!);
  return out;
}

const isCons = (c: string): boolean => CONSONANTS.includes(c) ;

function setSym(t: EditCosts, x: string, y: string, cost: number): void {
  const i = SYM.indexOf(x);
  const j = SYM.indexOf(y);
  t.sub[i * t.size + j] = cost;
  t.sub[j * t.size + i] = cost;
}

/** Near consonant classes (th/s: Othman-Osman; kh/k: Khalaf-Kalaf; g ambiguous between j and q...). */
const NEAR_CONSONANTS: [string, string, number][] = [
  ['T', 'D', 0.5], ['T', 'S', 0.5], ['D', 'S', 0.7], ['K', 'G', 0.15], ['J', 'G', 0.3], ['K', 'C', 0.1],
  ['S', 'C', 0.3], ['G', 'C', 0.2], ['K', 'H', 0.5], ['X', 'S', 0.5], ['X', 'J', 0.5], ['J', 'Y', 0.5], ['J', 'D', 0.6],
  ['B', 'F', 0.6], ['F', 'W', 0.5], ['W', 'B', 0.6], ['K', 'J', 0.6], ['G', 'H', 0.6], ['M', 'N', 0.7], ['L', 'R', 0.8],
  ['H', 'h', 0.1],
];

/** Latin–Latin and Arabic–Arabic costs. */
function sameScriptCosts(): EditCosts {
  const t = makeEditCosts(SYM.length, 1, 1, 0.6);
  for (const [x, y, c] of NEAR_CONSONANTS) setSym(t, x, y, c);
  const vowelSubs: [string, string, number][] = [
    ['a', 'e', 0.15], ['i', 'e', 0.15], ['o', 'u', 0.1], ['a', 'o', 0.4], ['e', 'o', 0.4], ['e', 'u', 0.45], ['a', 'i', 0.55],
    ['a', 'u', 0.55], ['i', 'u', 0.55], ['i', 'o', 0.5], ['a', 'A', 0.1], ['i', 'I', 0.1], ['u', 'U', 0.1], ['o', 'U', 0.15],
    ['e', 'I', 0.25], ['e', 'A', 0.25], ['A', 'i', 0.6], ['A', 'u', 0.6], ['I', 'a', 0.6], ['I', 'u', 0.6], ['U', 'a', 0.6],
    ['U', 'i', 0.6], ['A', 'o', 0.45], ['I', 'o', 0.55], ['U', 'e', 0.5], ['A', 'I', 0.7], ['A', 'U', 0.7], ['I', 'U', 0.7],
    ['W', 'U', 0.2], ['W', 'u', 0.25], ['W', 'o', 0.3], ['Y', 'I', 0.2], ['Y', 'i', 0.25], ['h', 'a', 0.2], ['h', 'e', 0.2],
  ];
  for (const [x, y, c] of vowelSubs) setSym(t, x, y, c);
  const indel: Record<string, number> = { a: 0.3, e: 0.2, i: 0.35, o: 0.3, u: 0.35, A: 0.45, I: 0.55, U: 0.55, h: 0.2, H: 0.7, W: 0.5, Y: 0.5 };
  for (const [s, c] of Object.entries(indel)) {
    t.del[SYM.indexOf(s)] = c;
    t.ins[SYM.indexOf(s)] = c;
  }
  return t;
}

/** Arabic (first string) against Latin (second): Latin short vowels are nearly free, Arabic long vowels are not. */
function crossScriptCosts(): EditCosts {
  const t = makeEditCosts(SYM.length, 1, 1, 0.7);
  for (const [x, y, c] of NEAR_CONSONANTS) setSym(t, x, y, c);
  const sub = (ar: string, la: string, c: number): void => {
    t.sub[SYM.indexOf(ar) * t.size + SYM.indexOf(la)] = c;
  };
  // Arabic produces only A I U (long), a (ta marbuta), h (final ha) among the vowels.
  for (const [ar, row] of Object.entries({
    A: { a: 0, e: 0.1, o: 0.35, i: 0.6, u: 0.6, A: 0, I: 0.7, U: 0.7, h: 0.5 },
    I: { i: 0, e: 0.1, I: 0, a: 0.6, u: 0.6, o: 0.6, U: 0.7, A: 0.7, Y: 0.1 },
    U: { u: 0, o: 0.05, U: 0, a: 0.6, i: 0.6, e: 0.6, I: 0.7, A: 0.7, W: 0.1 },
    a: { a: 0, e: 0.05, A: 0.1, h: 0.1, i: 0.4, o: 0.5, u: 0.5 },
    h: { a: 0.1, e: 0.1, h: 0, H: 0.1 },
    W: { U: 0.1, u: 0.15, o: 0.2 },
    Y: { I: 0.1, i: 0.2 },
    H: { h: 0.1 },
  } as Record<string, Record<string, number>>)) {
    for (const [la, c] of Object.entries(row)) sub(ar, la, c);
  }
  const del: Record<string, number> = { A: 0.35, I: 0.5, U: 0.5, a: 0.2, h: 0.15, H: 0.6, W: 0.4, Y: 0.4 };
  const ins: Record<string, number> = { a: 0.1, e: 0.1, i: 0.1, o: 0.1, u: 0.1, A: 0.4, I: 0.55, U: 0.55, h: 0.15, H: 0.6, W: 0.9, Y: 0.5 };
  for (const [s, c] of Object.entries(del)) t.del[SYM.indexOf(s)] = c;
  for (const [s, c] of Object.entries(ins)) t.ins[SYM.indexOf(s)] = c;
  return t;
}

const SAME = sameScriptCosts();
const CROSS = crossScriptCosts();

// ---------------------------------------------------------------------------------------------------------
// Given-name knowledge

/**
 * Common Arabic given names with their usual Latin spellings. Phonetics cannot tell some apart in Latin script
 * (Hasan and Husayn, Muhammad and Mahmud, Jamal and Jamil share consonants and differ in long vowels that Latin
 * writes like short ones): when both tokens are known names, the lexicon decides — the same name whatever the
 * spelling, or two different names however close the spelling. A spelling listed under two names (Hamed, Amir,
 * Salim, Said, Rashid, Majid) is compatible with both.
 */
const GIVEN_NAMES: [arabic: string, latin: string][] = [
  ['محمد', 'Muhammad Mohammad Mohammed Mohamed Mohamad Muhammed Mohamud Mehmet Muhamad Mouhamed Mhammed Mohd Mouhammad Muhamed Mahomed Mohammud'],
  ['محمود', 'Mahmoud Mahmud Mahmood Mahmut Mehmood'],
  ['أحمد', 'Ahmad Ahmed Ahmet Ahmadou'],
  ['حامد', 'Hamid Hamed Haamid'],
  ['حمد', 'Hamad Hamed'],
  ['حمدي', 'Hamdi Hamdy'],
  ['حمود', 'Hamoud Hammoud Hamud Hamood'],
  ['حسن', 'Hasan Hassan Hassen Hasen Hassane'],
  ['حسين', 'Husayn Husain Hussain Hussein Husein Hossein Hosein Houssein Hussien Husseyn Huseyin Hussayn Housein'],
  ['حسني', 'Husni Hosni Housni'],
  ['حسام', 'Husam Hossam Hussam Houssam'],
  ['أمين', 'Amin Ameen Emin Amine'],
  ['أمير', 'Amir Ameer Emir'],
  ['عامر', 'Amer Aamer Amir Aamir'],
  ['عمر', 'Umar Omar Omer Umer Oumar'],
  ['عمار', 'Ammar Amar'],
  ['عمرو', 'Amr Amro Amru Amrou'],
  ['جمال', 'Jamal Gamal Djamel Djamal Jamaal Jamel'],
  ['جميل', 'Jamil Jameel Gamil Djamil Jamiel Jamile'],
  ['سعيد', 'Said Saeed Saied Sayeed Saeid Saaid'],
  ['سعد', 'Saad Sad Saadi'],
  ['سيد', 'Sayyid Sayed Sayid Syed Seyed Seyyed Said Sayyed'],
  ['سعود', 'Saud Saoud Saoud'],
  ['سالم', 'Salem Salim Saalim'],
  ['سليم', 'Salim Saleem Selim Slim'],
  ['سلمان', 'Salman Selman Salmane'],
  ['سليمان', 'Sulayman Sulaiman Suleiman Soliman Sleiman Suleyman Slimane Suliman Sulaimon Souleiman Souleymane'],
  ['صالح', 'Salih Saleh Salah'],
  ['صلاح', 'Salah Salaheddine'],
  ['خالد', 'Khalid Khaled Khalad Khaleed'],
  ['خليل', 'Khalil Khaleel'],
  ['خلف', 'Khalaf Kalaf Khelef'],
  ['خليفة', 'Khalifa Khalifah Khalifeh'],
  ['كريم', 'Karim Kareem Kerim Karime'],
  ['ناصر', 'Nasser Nasir Naser Nacer Nassir'],
  ['نصر', 'Nasr Naser'],
  ['منصور', 'Mansour Mansur Mansoor'],
  ['رشيد', 'Rashid Rasheed Rachid Rachide'],
  ['راشد', 'Rashed Rashid Rached'],
  ['علي', 'Ali Aly'],
  ['يوسف', 'Yusuf Yousef Youssef Yousif Yusef Youssouf Yussuf Yousuf Yosef Yusif'],
  ['يونس', 'Yunus Younis Younes Yunis Younus'],
  ['إبراهيم', 'Ibrahim Ebrahim Brahim Ibraheem Ibrahima'],
  ['إسماعيل', 'Ismail Esmail Ismael Ismayil Ismaeel Smail'],
  ['عثمان', 'Uthman Othman Osman Usman Outhmane Othmane'],
  ['عباس', 'Abbas Abas'],
  ['فيصل', 'Faisal Faysal Feisal Faycal Fayssal Faisel'],
  ['فهد', 'Fahd Fahad'],
  ['مصطفى', 'Mustafa Mostafa Moustafa Mustapha Mostapha'],
  ['طارق', 'Tariq Tarek Tarik Tareq'],
  ['زياد', 'Ziad Ziyad Ziyaad'],
  ['زيد', 'Zaid Zayd Zeid Zayed'],
  ['مهدي', 'Mahdi Mehdi Mahdy'],
  ['هادي', 'Hadi Hady'],
  ['عادل', 'Adil Adel'],
  ['عدنان', 'Adnan'],
  ['جاسم', 'Jasim Jassim Jasem Jassem'],
  ['قاسم', 'Qasim Kassem Qassem Kasim Qassim Gasim Kacem'],
  ['هاشم', 'Hashim Hashem Hachem'],
  ['هشام', 'Hisham Hesham Hicham'],
  ['جعفر', 'Jafar Jaafar Jaffar'],
  ['يحيى', 'Yahya Yehia Yahia'],
  ['عيسى', 'Isa Issa Eissa'],
  ['موسى', 'Musa Moussa Mousa Mussa Mousse'],
  ['أنس', 'Anas'],
  ['إياد', 'Iyad Eyad Iyed'],
  ['أيمن', 'Ayman Aymen Aiman'],
  ['نبيل', 'Nabil Nabeel'],
  ['بلال', 'Bilal Belal'],
  ['عمران', 'Imran Omran Emran'],
  ['أسامة', 'Usama Osama Oussama Ousama'],
  ['حمزة', 'Hamza Hamzah Hamzeh'],
  ['رياض', 'Riyad Riad Riyadh'],
  ['رضا', 'Rida Reda Reza Ridha'],
  ['مازن', 'Mazin Mazen'],
  ['ماجد', 'Majid Majed'],
  ['مجيد', 'Majeed Majid Madjid'],
  ['وليد', 'Walid Waleed Oualid'],
  ['خضر', 'Khidr Khader Khodr Khadr'],
  ['بشير', 'Bashir Basheer Bachir'],
  ['بشار', 'Bashar Bachar'],
  ['نور', 'Nur Nour Noor'],
  ['منير', 'Munir Mounir Moneer'],
  ['ياسر', 'Yasir Yasser Yaser'],
  ['ياسين', 'Yasin Yassin Yassine Yaseen'],
  ['عاصم', 'Asim Asem Assem'],
  ['قيس', 'Qays Qais Kais Gais Kays'],
  ['غانم', 'Ghanim Ghanem Ganim'],
  ['شاكر', 'Shakir Shaker Chaker'],
  ['نوري', 'Nuri Nouri Noori'],
  ['فاضل', 'Fadil Fadhil Fadel Fazil'],
  ['فضل', 'Fadl Fadhl Fazl'],
  ['رائد', 'Raed Raid'],
  ['رعد', 'Raad Rad'],
  ['سفيان', 'Sufyan Sofiane Soufiane Sufian'],
  ['مريم', 'Maryam Mariam Meryem Miriam'],
  ['فاطمة', 'Fatima Fatma Fatimah Fatemeh'],
  ['خديجة', 'Khadija Khadijah Khadidja'],
  ['عائشة', 'Aisha Aicha Aysha Ayesha Aishah'],
  ['زينب', 'Zaynab Zainab Zeinab'],
  ['رقية', 'Ruqayya Ruqaya Rukaya Roukaya Ruqaiya'],
];

const LEX_LATIN = new Map<string, number[]>();
const LEX_ARABIC = new Map<string, number>();
GIVEN_NAMES.forEach(([ar, la], i) => {
  LEX_ARABIC.set(foldArabic(ar), i);
  for (const v of la.split(' ')) {
    const ph = latinPhonetic(foldLatin(v));
    const l = LEX_LATIN.get(ph) ?? [];
    if (!l.includes(i)) l.push(i);
    LEX_LATIN.set(ph, l);
  }
});

/** The lexicon names a segment may be (empty when unknown). */
function lexiconOf(seg: NameSegment): number[] | undefined {
  if (seg.compound || !seg.phon) return undefined;
  if (seg.script === 'arabic') {
    const i = LEX_ARABIC.get(seg.core);
    return i === undefined ? undefined : [i];
  }
  if (seg.script === 'latin') return LEX_LATIN.get(seg.phon);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

const ORG_STOP = new Set(['co', 'company', 'compania', 'cia', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited',
  'llc', 'lp', 'llp', 'plc', 'sa', 'sas', 'sarl', 'srl', 'spa', 'ag', 'gmbh', 'bv', 'nv', 'cv', 'sl', 'sac', 'saic', 'jsc',
  'ojsc', 'pjsc', 'cjsc', 'oao', 'zao', 'ooo', 'pao', 'fze', 'fzco', 'fzc', 'fzllc', 'est', 'the', 'of', 'and', 'for', 'de',
  'del', 'la', 'los', 'las', 'el', 'y', 'et', 'e', 'd', 'do', 'da', 'des', 'du', 'le', 'les', 'di', 'und', 'شركة', 'مؤسسة']);

/** Role weights: a dropped nasab or middle name says less than a different given name or family name. */
const ROLE_WEIGHT: Record<Slot, number> = { kunya: 0.9, first: 1, middle: 0.6, last: 1 };

function makeToken(seg: NameSegment, role: TokenRole, slot: Slot, stop = false): NameToken {
  const skel = skeletonOf(seg.phon);
  const key = seg.kind === 'kunya' ? (seg.umm ? 'umm:' : 'abu:') + skel : skel;
  const t: NameToken = {
    text: seg.surface,
    role,
    slot,
    script: seg.script,
    core: seg.core,
    phon: seg.phon,
    key,
    ultra: ultraOf(skel),
    weight: seg.kind === 'initial' ? 0.3 : stop ? 0.05 : ROLE_WEIGHT[slot],
    codes: encode(seg.phon),
    consonants: [...seg.phon].filter(isCons).length,
    mask: classMask(seg.phon) | (seg.alt ? classMask(seg.alt) : 0),
  };
  if (seg.alt && seg.alt !== seg.phon) {
    t.alt = seg.alt;
    t.altKey = skeletonOf(seg.alt);
    t.altCodes = encode(seg.alt);
  }
  if (seg.umm) t.umm = true;
  const lex = lexiconOf(seg);
  if (lex) t.lex = lex;
  if (seg.abdRest) {
    t.abdRest = encode(seg.abdRest);
    t.abdRestConsonants = [...seg.abdRest].filter(isCons).length;
  }
  if (seg.kind === 'initial') t.initial = true;
  if (stop) t.stop = true;
  return t;
}

/** Names that read as Arabic in structure (any kunya, nasab, article or Abd- compound, or Arabic script). */
function arabicStyle(segs: NameSegment[]): boolean {
  return segs.some((s) => s.script === 'arabic' || s.kind === 'kunya' || s.kind === 'nasab' || s.article || s.compound);
}

/** Parse a name. Persons in "SURNAME, Given" order (Latin, one comma) are turned round first. */
export function parseName(text: string, opts: { kind?: NameKind } = {}): ParsedName {
  const kind = opts.kind ?? 'person';
  const tokens: NameToken[] = [];
  const honorifics: string[] = [];
  if (kind !== 'person') {
    const { segments, honorifics: h } = segmentName(text);
    honorifics.push(...h);
    for (const s of segments) {
      if (s.kind === 'particle' || (s.kind === 'initial' && kind === 'organisation')) {
        tokens.push(makeToken({ ...s, phon: '' }, 'word', 'first', true));
        continue;
      }
      tokens.push(makeToken(s, 'word', 'first', ORG_STOP.has(s.core)));
    }
    return finish(text, kind, tokens, honorifics);
  }

  // List order "SURNAME, Given": read as "Given SURNAME". A marker left dangling at the end of the given part
  // belongs to the surname ("MARZUK, Musa Abu" is Musa Abu Marzuk; "RAHMAN, Inayat ur" is Inayat ur-Rahman).
  const comma = text.indexOf(',');
  const reorder = comma > 0 && !/[\u0600-\u06FF]/.test(text);
  let reading = text;
  let givenWords = Infinity;
  if (reorder) {
    let surname = text.slice(0, comma).trim();
    const given = text.slice(comma + 1).replace(/,/g, ' ').trim().split(/\s+/).filter(Boolean);
    while (given.length > 1 && isLeadingMarker(given[given.length - 1]!)) surname = `${given.pop()!} ${surname}`;
    reading = given.length ? `${given.join(' ')} ${surname}` : surname;
    givenWords = given.length ? splitWords(given.join(' '), true).length : 0;
  }
  const { segments: all, honorifics: h } = segmentName(reading, { joinHyphens: true });
  honorifics.push(...h);
  const surnameFrom = givenWords - h.length;
  const inSurname = (s: NameSegment): boolean => reorder && s.firstWord >= surnameFrom;
  const givenSegs = all.filter((s) => !inSurname(s));
  const surnameSegs = all.filter(inSurname);
  const arabic = arabicStyle(all);

  const roleOf = (s: NameSegment, slot: Slot): TokenRole => {
    if (s.kind === 'kunya') return 'kunya';
    if (s.kind === 'nasab') return 'nasab';
    if (slot === 'last') return s.laqab ? 'laqab' : s.article || (arabic && s.script === 'arabic') ? 'nisba' : 'family';
    if (slot === 'first') return arabic ? 'ism' : 'given';
    return arabic ? 'nasab' : 'given';
  };

  const plainGiven = givenSegs.filter((s) => s.kind === 'plain');
  const plainNoArticle = plainGiven.filter((x) => !x.article && !x.laqab);
  const hasLast = plainGiven.some((x) => x.article || x.laqab) || surnameSegs.length > 0;
  const hasKunya = all.some((s) => s.kind === 'kunya');
  for (const s of givenSegs) {
    let slot: Slot;
    if (s.kind === 'kunya') slot = 'kunya';
    else if (s.kind === 'nasab' || s.kind === 'particle' || s.kind === 'initial') slot = 'middle';
    else if (s.article || s.laqab) slot = 'last';
    else {
      const idx = plainNoArticle.indexOf(s);
      if (reorder) slot = idx === 0 ? 'first' : 'middle';
      else if (plainNoArticle.length === 1) {
        // A lone plain name after a kunya and nothing else is usually the nisba ("Abu Hamza Shammari").
        slot = hasKunya && !hasLast && givenSegs.indexOf(s) === givenSegs.length - 1 && givenSegs.length > 1 ? 'last' : 'first';
      } else if (idx === 0) slot = 'first';
      else if (idx === plainNoArticle.length - 1 && !hasLast) slot = 'last';
      else slot = 'middle';
    }
    const stop = s.kind === 'particle';
    tokens.push(makeToken(stop ? { ...s, phon: '' } : s, roleOf(s, slot), slot, stop));
  }
  for (const s of surnameSegs) {
    const slot: Slot = s.kind === 'kunya' ? 'kunya' : s.kind === 'nasab' || s.kind === 'particle' ? 'middle' : 'last';
    const stop = s.kind === 'particle';
    tokens.push(makeToken(stop ? { ...s, phon: '' } : s, roleOf(s, slot), slot, stop));
  }
  return finish(text, kind, tokens.filter((t) => t.phon || t.initial || t.stop), honorifics);
}

function finish(text: string, kind: NameKind, tokens: NameToken[], honorifics: string[]): ParsedName {
  const scripts = new Set(tokens.filter((t) => !t.stop).map((t) => t.script));
  const script = scripts.size > 1 ? 'mixed' : scripts.has('arabic') ? 'arabic' : scripts.has('other') ? 'other' : 'latin';
  const contentTokens = tokens.filter((t) => !t.stop && !t.initial);
  const kunyaOnly =
    kind === 'person' && contentTokens.some((t) => t.slot === 'kunya') && contentTokens.every((t) => t.slot === 'kunya' || t.role === 'laqab');
  return { text, kind, script, tokens, honorifics, kunyaOnly, content: contentTokens.length };
}

/** The recognisers' NamePart view of a parsed person name. */
export function nameParts(p: ParsedName): NamePart[] {
  return p.tokens
    .filter((t) => !t.stop && t.role !== 'word')
    .map((t) => ({ role: t.role as NamePart['role'], text: t.text }));
}

// ---------------------------------------------------------------------------------------------------------
// Comparison

/** Without frequencies: a common given name (in the lexicon: Muhammad, Ali, Hasan...) says less than a rare name. */
export function defaultRarity(t: NameToken): number {
  return t.lex ? 0.55 : 1;
}

/** Distance-to-similarity: normalised by the consonant count (vowels are cheap noise in transliteration). */
function simFromDistance(d: number, a: NameToken, b: NameToken): number {
  const norm = Math.max(a.consonants, b.consonants) + 1;
  return Math.max(0, 1 - d / norm);
}

function phonDistance(a: readonly number[], aScript: WordScript, b: readonly number[], bScript: WordScript, maxCost = Infinity): number {
  if (aScript === bScript) return weightedLevenshtein(a, b, SAME, maxCost);
  return aScript === 'arabic' ? weightedLevenshtein(a, b, CROSS, maxCost) : weightedLevenshtein(b, a, CROSS, maxCost);
}

/** Token pairs that cannot reach this similarity are not measured (below any sensible `minTokenSim`). */
const MIN_SIM_FLOOR = 0.6;

interface TokenMatch {
  sim: number;
  type: MatchType;
}

function tokenSim(a: NameToken, b: NameToken): TokenMatch {
  if (a.initial || b.initial) {
    if (a.initial && b.initial) return a.core === b.core ? { sim: 0.7, type: 'initial' } : { sim: 0, type: 'missing' };
    const full = a.initial ? b : a;
    const init = a.initial ? a : b;
    return full.script === 'latin' && full.core.startsWith(init.core) ? { sim: 0.7, type: 'initial' } : { sim: 0, type: 'missing' };
  }
  if (a.script === b.script && a.core === b.core) return { sim: 1, type: 'exact' };
  if (a.script === 'other' || b.script === 'other') {
    if (a.script !== b.script) return { sim: 0, type: 'missing' };
    const len = Math.max(a.core.length, b.core.length);
    return { sim: len ? 1 - levenshtein(a.core, b.core) / len : 0, type: 'fuzzy' };
  }
  if (!a.phon || !b.phon) return { sim: 0, type: 'missing' };
  // Known given names that differ: no need to measure.
  if (a.lex && b.lex && !a.lex.some((x) => b.lex!.includes(x))) return { sim: 0.5, type: 'fuzzy' };
  // Lower bound: every coarse consonant class present on one side only costs at least 0.5.
  const bound = 0.5 * Math.max(popcount(a.mask & ~b.mask), popcount(b.mask & ~a.mask));
  if (bound > 0 && 1 - bound / (Math.max(a.consonants, b.consonants) + 1) < MIN_SIM_FLOOR) return { sim: 0, type: 'fuzzy' };
  if (a.abdRest && b.abdRest) {
    // Two Abd- compounds differ by what follows Abd: Abd al-Khaliq is not Abd al-Malik.
    const d = phonDistance(a.abdRest, a.script, b.abdRest, b.script);
    if (d === 0 && a.script === b.script) return { sim: 1, type: 'exact' };
    const sim = Math.max(0, 1 - d / (Math.max(a.abdRestConsonants!, b.abdRestConsonants!) + 1));
    return { sim, type: a.key === b.key ? 'transliteration' : 'fuzzy' };
  }
  // Distances beyond what MIN_SIM_FLOOR allows are not worth finishing (similarity then reads 0).
  const maxD = (1 - MIN_SIM_FLOOR) * (Math.max(a.consonants, b.consonants) + 1);
  let d = phonDistance(a.codes, a.script, b.codes, b.script, maxD);
  if (d > 0 && (a.altCodes || b.altCodes)) {
    if (a.altCodes) d = Math.min(d, phonDistance(a.altCodes, a.script, b.codes, b.script, maxD));
    if (b.altCodes) d = Math.min(d, phonDistance(a.codes, a.script, b.altCodes, b.script, maxD));
  }
  let sim = simFromDistance(d, a, b);
  if (sim < minPartial) {
    // Partial readings: a truncated name (Katra for Katranji, Alex for Allexanda), or an Abd- compound against
    // its bare name (Abdul Jamil, Jamil). Never above a fuzzy match.
    const p = Math.max(prefixSim(a, b), abdVersusPlain(a, b));
    if (p > sim) return { sim: p, type: 'fuzzy' };
  }
  if (a.lex && b.lex) {
    // Both are known given names: the lexicon decides.
    if (a.lex.some((x) => b.lex!.includes(x))) {
      if (d === 0 && a.script === b.script) return { sim: 1, type: 'exact' };
      return { sim: Math.max(sim, 0.95), type: 'transliteration' };
    }
    sim = Math.min(sim, 0.5);
  }
  const sameKey = a.key === b.key || (a.altKey !== undefined && a.altKey === b.key) || (b.altKey !== undefined && b.altKey === a.key);
  // Same text in the same script modulo folding (Shammari / SHAMMARI / Shammārī): exact.
  if (d === 0 && a.script === b.script) return { sim: 1, type: 'exact' };
  return { sim, type: sameKey ? 'transliteration' : 'fuzzy' };
}

const minPartial = 0.74;

/** One token's phonetic form is a close prefix of the other's (≥ 3 consonants): 0.74–0.8, else 0. */
function prefixSim(a: NameToken, b: NameToken): number {
  const [short, long] = a.consonants <= b.consonants ? [a, b] : [b, a];
  if (short.consonants < 3 || long.consonants <= short.consonants) return 0;
  // Cheap rejections: the shorter's consonant classes must (nearly) all occur in the longer, and both must start
  // with the same class.
  if (popcount(short.mask & ~long.mask) > 1 || firstClass(short) !== firstClass(long)) return 0;
  // The longer form cut after as many consonants as the shorter has (and the vowels that follow).
  let seen = 0;
  let cut = long.codes.length;
  for (let i = 0; i < long.codes.length; i++) {
    if (isCons(SYM[long.codes[i]!]!)) {
      if (seen === short.consonants) {
        cut = i;
        break;
      }
      seen++;
    }
  }
  const d = phonDistance(short.codes, short.script, long.codes.slice(0, cut), long.script, 0.15 * (short.consonants + 1));
  if (1 - d / (short.consonants + 1) < 0.85) return 0;
  return 0.74 + 0.06 * (short.consonants / long.consonants);
}

/** An Abd- compound against the bare name that follows Abd (Abdul Jamil ~ Jamil): 0.75, else 0. */
function abdVersusPlain(a: NameToken, b: NameToken): number {
  const [abd, plain] = a.abdRest && !b.abdRest ? [a, b] : b.abdRest && !a.abdRest ? [b, a] : [undefined, undefined];
  if (!abd || !plain || !plain.phon) return 0;
  const d = phonDistance(abd.abdRest!, abd.script, plain.codes, plain.script);
  return 1 - d / (Math.max(abd.abdRestConsonants!, plain.consonants) + 1) >= 0.85 ? 0.75 : 0;
}

/** Similarity of two adjacent tokens read as one against a single token (Azizirahman ~ Aziz al-Rahman). */
function mergedSim(x: NameToken, y: NameToken, b: NameToken): number {
  if (x.initial || y.initial || b.initial || !x.phon || !y.phon || !b.phon || x.script !== y.script) return 0;
  // Cheap rejections: same first consonant class, similar consonant count, few classes on one side only.
  const xy = x.consonants + y.consonants;
  if (firstClass(x) !== firstClass(b) || Math.abs(xy - b.consonants) > 2) return 0;
  const mask = x.mask | y.mask;
  if (0.5 * Math.max(popcount(mask & ~b.mask), popcount(b.mask & ~mask)) > (1 - MIN_SIM_FLOOR) * (Math.max(xy, b.consonants) + 1)) return 0;
  const codes = x.codes.concat(y.codes);
  const norm = Math.max(x.consonants + y.consonants, b.consonants) + 1;
  const d = phonDistance(codes, x.script, b.codes, b.script, (1 - MIN_SIM_FLOOR) * norm);
  return Math.max(0, 1 - d / norm);
}

interface Group {
  a: number[];
  b: number[];
  sim: number;
  type: MatchType;
}

const MISS_FACTOR: Record<Slot, number> = { kunya: 0.3, first: 0.5, middle: 0.2, last: 0.45 };
/** Two different given names weigh most: brothers share their nasab chain and nisba and differ only there. */
const CONFLICT_FACTOR: Record<Slot, number> = { kunya: 1, first: 1.6, middle: 1, last: 1 };

/**
 * A token aligned across slots is less convincing: one name's ism against the other's nasab is as likely a father
 * and son (Salih al-Khazraji, Omar bin Salih al-Khazraji) as a reordering.
 */
function slotFactor(a: Slot, b: Slot): number {
  if (a === b) return 1;
  if (a === 'first' || b === 'first') return 0.85;
  return 0.93;
}

/** How much a token similarity counts in the name score: a fuzzy match counts for less than its similarity. */
function effective(sim: number): number {
  return sim >= 1 ? 1 : Math.max(0, 1.5 * sim - 0.5);
}
const CONFLICT_FLOOR = 0.7;
/** Below this summed rarity of agreeing tokens a person match is common-names-only ("Muhammad Ali"). */
const COMMON_MASS = 1.3;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The alignment and score of two parsed names, before any text is written. */
interface Scored {
  score: number;
  ambiguous: boolean;
  groups: Group[];
  usedA: Int32Array;
  usedB: Int32Array;
  conflictA: Uint8Array;
  conflictB: Uint8Array;
  inversions: number;
}

const SKIP = -1;
// Scratch space reused by every comparison (sized to the largest seen).
let scratchSims = new Float64Array(64);
let scratchTypes = new Array<MatchType>(64);
const SLOT_BIT: Record<Slot, number> = { kunya: 1, first: 2, middle: 4, last: 8 };

/** Align the tokens of two names and score the alignment (see the module comment). */
function scoreParsed(pa: ParsedName, pb: ParsedName, opts: CompareOptions): Scored {
  const minSim = opts.minTokenSim ?? 0.72;
  const rarityFn = opts.rarity ?? defaultRarity;
  const ta = pa.tokens;
  const tb = pb.tokens;
  const na = ta.length;
  const nb = tb.length;
  const person = pa.kind === 'person' && pb.kind === 'person';
  if (scratchSims.length < na * nb) {
    scratchSims = new Float64Array(na * nb * 2);
    scratchTypes = new Array<MatchType>(na * nb * 2);
  }
  const ra: number[] = [];
  const rb: number[] = [];
  for (let i = 0; i < na; i++) ra.push(ta[i]!.stop ? 0 : rarityFn(ta[i]!));
  for (let j = 0; j < nb; j++) rb.push(tb[j]!.stop ? 0 : rarityFn(tb[j]!));

  // 1. Token-to-token similarities; then greedy assignment, best pair first.
  const sims = scratchSims;
  sims.fill(SKIP, 0, na * nb);
  const types = scratchTypes;
  for (let i = 0; i < na; i++) {
    const x = ta[i]!;
    if (x.stop) continue;
    for (let j = 0; j < nb; j++) {
      const y = tb[j]!;
      if (y.stop) continue;
      if (person && (x.slot === 'kunya') !== (y.slot === 'kunya')) continue;
      if (person && x.slot === 'kunya' && Boolean(x.umm) !== Boolean(y.umm)) continue;
      const m = tokenSim(x, y);
      if (m.sim >= minSim || (m.type === 'initial' && m.sim > 0)) {
        sims[i * nb + j] = m.sim * (person ? slotFactor(x.slot, y.slot) : 1);
        types[i * nb + j] = m.type;
      }
    }
  }
  const usedA = new Int32Array(na).fill(-1);
  const usedB = new Int32Array(nb).fill(-1);
  const groups: Group[] = [];
  for (;;) {
    let best = -1;
    let bestSim = SKIP;
    let bestW = 0;
    for (let i = 0; i < na; i++) {
      if (usedA[i]! >= 0) continue;
      for (let j = 0; j < nb; j++) {
        const sim = sims[i * nb + j]!;
        if (sim === SKIP || usedB[j]! >= 0) continue;
        const w = ta[i]!.weight + tb[j]!.weight;
        if (sim > bestSim || (sim === bestSim && w > bestW)) {
          best = i * nb + j;
          bestSim = sim;
          bestW = w;
        }
      }
    }
    if (best < 0) break;
    const i = Math.floor(best / nb);
    const j = best % nb;
    usedA[i] = groups.length;
    usedB[j] = groups.length;
    groups.push({ a: [i], b: [j], sim: bestSim, type: types[best]! });
  }

  // 2. Two adjacent unmatched tokens against one unmatched token, either way round.
  const tryMerges = (xs: NameToken[], ys: NameToken[], usedX: Int32Array, usedY: Int32Array, xIsA: boolean): boolean => {
    let best: { i: number; j: number; sim: number } | undefined;
    for (let i = 0; i + 1 < xs.length; i++) {
      if (usedX[i]! >= 0 || usedX[i + 1]! >= 0 || xs[i]!.stop || xs[i + 1]!.stop) continue;
      if (person && (xs[i]!.slot === 'kunya' || xs[i + 1]!.slot === 'kunya')) continue;
      for (let j = 0; j < ys.length; j++) {
        if (usedY[j]! >= 0 || ys[j]!.stop || (person && ys[j]!.slot === 'kunya')) continue;
        const sim = mergedSim(xs[i]!, xs[i + 1]!, ys[j]!);
        if (sim >= minSim && (!best || sim > best.sim)) best = { i, j, sim };
      }
    }
    if (!best) return false;
    const g = groups.length;
    usedX[best.i] = g;
    usedX[best.i + 1] = g;
    usedY[best.j] = g;
    groups.push(xIsA ? { a: [best.i, best.i + 1], b: [best.j], sim: best.sim, type: 'fuzzy' } : { a: [best.j], b: [best.i, best.i + 1], sim: best.sim, type: 'fuzzy' });
    return true;
  };
  const unmatched = (ts: NameToken[], used: Int32Array): number => {
    let n = 0;
    for (let i = 0; i < ts.length; i++) if (used[i]! < 0 && !ts[i]!.stop) n++;
    return n;
  };
  for (let guard = 0; guard < 4; guard++) {
    const ua = unmatched(ta, usedA);
    const ub = unmatched(tb, usedB);
    if (ua === 0 || ub === 0 || (ua < 2 && ub < 2)) break;
    if (!tryMerges(ta, tb, usedA, usedB, true) && !tryMerges(tb, ta, usedB, usedA, false)) break;
  }

  // 3. Score: matched weight against matched + penalties for unmatched tokens.
  let num = 0;
  let den = 0;
  let evidence = 0;
  let mass = 0;
  for (const g of groups) {
    let wa = 0;
    let wb = 0;
    let r = 0;
    for (const i of g.a) {
      wa += ta[i]!.weight * ra[i]!;
      if (ra[i]! > r) r = ra[i]!;
    }
    for (const j of g.b) {
      wb += tb[j]!.weight * rb[j]!;
      if (rb[j]! > r) r = rb[j]!;
    }
    num += effective(g.sim) * (wa + wb);
    den += wa + wb;
    if (g.type !== 'initial') {
      evidence++;
      mass += r;
    }
  }
  // A slot of one name is "open" when it holds a token that is unmatched, or matched only to tokens of other
  // slots of the other name (Hamid al-Ali vs Hamad Hamid al-Ali: the second's ism Hamad is unmatched and the
  // first's ism Hamid went to the second's nasab, so both have an open first slot: a conflict, not a dropped name).
  const openSlots = (ts: NameToken[], used: Int32Array, other: NameToken[], side: 'a' | 'b'): number => {
    let open = 0;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (t.stop || t.initial) continue;
      const g = used[i]!;
      if (g < 0) open |= SLOT_BIT[t.slot];
      else {
        const partners = side === 'a' ? groups[g]!.b : groups[g]!.a;
        let same = false;
        for (const j of partners) if (other[j]!.slot === t.slot) same = true;
        if (!same) open |= SLOT_BIT[t.slot];
      }
    }
    return open;
  };
  const slotsA = openSlots(ta, usedA, tb, 'a');
  const slotsB = openSlots(tb, usedB, ta, 'b');
  const conflictA = new Uint8Array(na);
  const conflictB = new Uint8Array(nb);
  let penalty = 0;
  const missing = (ts: NameToken[], used: Int32Array, r: number[], otherSlots: number, conflict: Uint8Array): void => {
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (used[i]! >= 0 || t.stop) continue;
      const c = !t.initial && (otherSlots & SLOT_BIT[t.slot]) !== 0;
      if (c) conflict[i] = 1;
      penalty += c ? t.weight * Math.max(r[i]!, CONFLICT_FLOOR) * CONFLICT_FACTOR[t.slot] : t.weight * r[i]! * MISS_FACTOR[t.slot];
    }
  };
  missing(ta, usedA, ra, slotsB, conflictA);
  missing(tb, usedB, rb, slotsA, conflictB);
  let score = den + penalty > 0 ? num / (den + penalty) : 0;

  // 4. Crossed order (kunya excluded: it moves freely).
  let inversions = 0;
  for (let x = 0; x < groups.length; x++) {
    const gx = groups[x]!;
    if (person && ta[gx.a[0]!]!.slot === 'kunya') continue;
    for (let y = x + 1; y < groups.length; y++) {
      const gy = groups[y]!;
      if (person && ta[gy.a[0]!]!.slot === 'kunya') continue;
      if ((gx.a[0]! - gy.a[0]!) * (gx.b[0]! - gy.b[0]!) < 0) inversions++;
    }
  }
  if (inversions) score *= 1 - Math.min(0.16, 0.08 * inversions);

  // 5. Weak evidence: a kunya alone, a single agreeing token, or agreement only on very common names.
  let ambiguous = false;
  if (person && (pa.kunyaOnly || pb.kunyaOnly)) {
    ambiguous = true;
    score = Math.min(score, 0.5);
  } else if (person && evidence <= 1) {
    ambiguous = true;
    score = Math.min(score, 0.6);
  } else if (person && mass < COMMON_MASS) {
    ambiguous = true;
    score = Math.min(score, 0.75);
  } else if (!person && evidence <= 1 && Math.max(pa.content, pb.content) > 1) {
    ambiguous = true;
    score = Math.min(score, 0.6);
  }
  return { score: round(score), ambiguous, groups, usedA, usedB, conflictA, conflictB, inversions };
}

/** The score alone (no pairs, no explanation): what screening calls on every candidate. */
export function scoreNames(a: ParsedName, b: ParsedName, opts: CompareOptions = {}): { score: number; ambiguous: boolean } {
  const r = scoreParsed(a, b, opts);
  return { score: r.score, ambiguous: r.ambiguous };
}

/**
 * Compare two names (strings or parsed names): a score 0..1, how each token matched, whether the evidence is
 * weak (`ambiguous`) and a one-line explanation.
 */
export function compareNames(a: string | ParsedName, b: string | ParsedName, opts: CompareOptions = {}): NameComparison {
  const pa = typeof a === 'string' ? parseName(a) : a;
  const pb = typeof b === 'string' ? parseName(b) : b;
  const r = scoreParsed(pa, pb, opts);
  const ta = pa.tokens;
  const tb = pb.tokens;
  const pairs: TokenPair[] = [];
  for (const g of [...r.groups].sort((p, q) => p.a[0]! - q.a[0]!)) {
    const role = ta[g.a[0]!]!.role;
    pairs.push({
      a: g.a.map((i) => ta[i]!.text).join(' '),
      b: g.b.map((j) => tb[j]!.text).join(' '),
      type: g.type,
      score: round(g.sim),
      role,
    });
  }
  const missing = (ts: NameToken[], used: Int32Array, conflict: Uint8Array, side: 'a' | 'b'): void => {
    ts.forEach((t, i) => {
      if (used[i]! >= 0 || t.stop) return;
      pairs.push({ [side]: t.text, type: 'missing', score: 0, role: t.role, ...(conflict[i] ? { conflict: true } : {}) });
    });
  };
  missing(ta, r.usedA, r.conflictA, 'a');
  missing(tb, r.usedB, r.conflictB, 'b');
  return { score: r.score, ambiguous: r.ambiguous, pairs, explanation: explain(r.score, r.ambiguous, pairs, r.inversions, pa, pb) };
}

function explain(score: number, ambiguous: boolean, pairs: TokenPair[], inversions: number, pa: ParsedName, pb: ParsedName): string {
  const parts = pairs.map((p) => {
    if (p.type === 'missing') return `${p.role} '${p.a ?? p.b}' ${p.conflict ? 'conflicts' : 'missing'} (only in ${p.a ? 'a' : 'b'})`;
    return `${p.role} '${p.a}'~'${p.b}' ${p.type} ${p.score.toFixed(2)}`;
  });
  const notes: string[] = [];
  if (inversions) notes.push(`order crossed ×${inversions}`);
  if (ambiguous) {
    const single = pairs.filter((p) => p.type !== 'missing' && p.type !== 'initial').length <= 1;
    notes.push(pa.kunyaOnly || pb.kunyaOnly ? 'kunya only: weak evidence' : single ? 'rests on one token: weak evidence' : 'common names only: weak evidence');
  }
  return `${score.toFixed(2)}: ${parts.join('; ')}${notes.length ? ` [${notes.join('; ')}]` : ''}`;
}

/**
 * Similarity of two single words (either script), 0..1, with how they matched: the word-level measure behind
 * `compareNames`, without the name-level caps.
 */
export function compareWords(a: string, b: string): { score: number; type: MatchType } {
  const ta = parseName(a, { kind: 'other' }).tokens.find((t) => !t.stop);
  const tb = parseName(b, { kind: 'other' }).tokens.find((t) => !t.stop);
  if (!ta || !tb) return { score: 0, type: 'missing' };
  const m = tokenSim(ta, tb);
  return { score: round(m.sim), type: m.type };
}
