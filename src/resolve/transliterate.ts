/**
 * Names in Arabic script and in the many Latin spellings of Arabic names, brought into one comparable space.
 *
 * Each word gets a *phonetic form*: a string over a small alphabet of consonant classes and vowel classes.
 *   consonants  B T D S X J K G C H F W Y L M N R (X = sh/ch/ش, D = d/dh/z/ذ/ظ/ض/ز, T = t/th/ت/ط/ث,
 *                                                  K = k/q/gh/ق/ك/غ, H = h/kh/ح/ه/خ, G = a bare Latin g (ج or ق),
 *                                                  C = a hard Latin c (k, or ç without its cedilla))
 *   short vowels a e i o u   (Latin only: Arabic script does not write them)
 *   long vowels  A I U       (Arabic ا و ي; Latin aa/ā, ee/ī/the i of ai-ei-ay, ou/oo/ū/w)
 *   h                        a word-final h after a vowel (ta marbuta: Hamza/Hamzah/Hamzeh/حمزة/حمزه)
 * Word-initial و/ي and Latin w/y before a vowel are the consonants W and Y; elsewhere they are long vowels.
 * Doubled letters and shadda collapse; ayn and hamza (ع ء, Latin ' ʿ ʾ) vanish; French mute final e is dropped.
 *
 * The *skeleton key* of a word is its phonetic form without vowels and without a final h (Salih/Saleh/صالح
 * → "SL"), with G and C folded into K: equal keys mean "same consonant skeleton", the transliteration match.
 * The *ultra key* folds further (T D S X J → T, K G C H → K, B F W → B) for blocking only.
 *
 * Above the word, `segmentName` recognises the structure Arabic names share in every script: the article
 * (al-, el-, ad-, ash-, ul-... and ال) is stripped from the word it governs and remembered; Abu/Abou/Abū/Umm +
 * name and أبو/أم + name become one kunya segment; ibn/bin/ben/bint/bent/ould and بن/ابن/بنت + name one nasab
 * segment; Abd al-X / Abdul X / Abdel X / Abderrahmane / عبد الرحمن / عبدالرحمن one compound; X al-Din / X Allah
 * (Nur al-Din, Nureddine, نور الدين) one compound; leading honorifics (Dr., Sheikh, Mullah, الشيخ...) are set
 * aside. `nameKey` prints the segments' keys: "Abou Khattab ash-Shammari" and "أبو خطاب الشمري" both give
 * "abu:HTB XMR".
 */

export type WordScript = 'arabic' | 'latin' | 'other';

/** The phonetic alphabet, in code order (codes index the cost tables of names.ts). */
export const PHONETIC_SYMBOLS = 'BTDSXJKGCHFWYLMNRhaeiouAIU';
export const CONSONANTS = 'BTDSXJKGCHFWYLMNR';
const VOWELS = 'aeiouAIU';

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

const ARABIC_ANY = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/;
const LATIN_ANY = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;
const ASCII_WORD = /^[A-Za-z]+$/;

/** The script of a word or name: Arabic when it has more Arabic letters than Latin ones. */
export function scriptOf(s: string): WordScript {
  if (ASCII_WORD.test(s)) return 'latin';
  const hasArabic = ARABIC_ANY.test(s);
  const hasLatin = LATIN_ANY.test(s);
  if (hasArabic && hasLatin) {
    let arabic = 0;
    let latin = 0;
    for (const ch of s) {
      if (ARABIC_LETTER.test(ch)) arabic++;
      else if (LATIN_LETTER.test(ch)) latin++;
    }
    return arabic >= latin ? 'arabic' : 'latin';
  }
  if (hasArabic) return 'arabic';
  if (hasLatin) return 'latin';
  return /\p{L}/u.test(s) ? 'other' : 'latin';
}

// ---------------------------------------------------------------------------------------------------------
// Folding

/** Letters NFD does not decompose to ASCII, and Turkish ş (sh). */
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', ð: 'd',
  þ: 'th', ħ: 'h', ş: 'sh', Ş: 'sh', ç: 's', Ç: 's', ẖ: 'h',
};
/** Ayn, hamza and apostrophes: dropped inside a word. */
const APOSTROPHES = /['’‘`´ʿʾʻʼ\u02BE\u02BF]/g;

/**
 * Fold a Latin word to lower-case ASCII letters, keeping marked long vowels (ā ī ū ō ē, â î û ô) as upper-case
 * A I U O E. Apostrophes (ayn, hamza) vanish; anything that is not a letter is dropped.
 */
export function foldLatin(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  let s = '';
  for (const ch of word) s += LATIN_SPECIAL[ch] ?? ch;
  s = s.replace(APOSTROPHES, '').normalize('NFD');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!.toLowerCase();
    if (c < 'a' || c > 'z') continue;
    const mark = s.charCodeAt(i + 1);
    const long = mark === 0x0304 || mark === 0x0302; // macron, circumflex
    out += long && 'aeiou'.includes(c) ? c.toUpperCase() : c;
  }
  return out;
}

const HARAKAT = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const ARABIC_FOLD: Record<string, string> = {
  '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627', '\u0672': '\u0627', '\u0673': '\u0627',
  '\u06CC': '\u064A', '\u06D0': '\u064A', '\u06A9': '\u0643', '\u06AA': '\u0643', '\u06C1': '\u0647', '\u06D5': '\u0647',
  '\u0649': '\u0649', '\u06C0': '\u0629',
};

/** Fold an Arabic-script word: presentation forms, harakat, tatweel, alef and Persian yeh/kaf variants (keeps ة ى). */
export function foldArabic(word: string): string {
  const s = word.replace(/[\uFB50-\uFDFF\uFE70-\uFEFE]/g, (c) => c.normalize('NFKC')).replace(HARAKAT, '');
  let out = '';
  for (const ch of s) {
    if (!ARABIC_LETTER.test(ch)) continue;
    out += ARABIC_FOLD[ch] ?? ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Phonetic forms

const isV = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
const isLatinVowel = (c: string | undefined): boolean => c !== undefined && 'aeiouAIUOE'.includes(c);

/** Collapse runs: doubled consonants, repeated vowels, and short+long of the same quality into the long one. */
function collapse(out: string[]): string {
  let s = '';
  let last = '';
  for (const c of out) {
    if (c === last) continue;
    const pair = last + c;
    if (pair === 'aA' || pair === 'iI' || pair === 'uU' || pair === 'oU') {
      s = s.slice(0, -1) + c;
      last = c;
      continue;
    }
    if (pair === 'Aa' || pair === 'Ii' || pair === 'Uu' || pair === 'Uo') continue;
    s += c;
    last = c;
  }
  return s;
}

const LATIN_SINGLE: Record<string, string> = {
  b: 'B', p: 'B', d: 'D', z: 'D', t: 'T', s: 'S', j: 'J', q: 'K', k: 'K', g: 'G', f: 'F',
  l: 'L', m: 'M', n: 'N', r: 'R', a: 'a', e: 'e', o: 'o', u: 'u', A: 'A', I: 'I', U: 'U', O: 'U', E: 'I',
};

/** Phonetic form of a folded Latin word (see the module comment). */
export function latinPhonetic(folded: string): string {
  let w = folded;
  // French mute final e (Abderrahmane, Karime), not a doubled ee.
  if (w.length > 3 && w.endsWith('e') && !isLatinVowel(w[w.length - 2])) w = w.slice(0, -1);
  const out: string[] = [];
  const prevIsShortVowel = (): boolean => {
    const p = out[out.length - 1];
    return p === 'a' || p === 'e' || p === 'o';
  };
  let i = 0;
  while (i < w.length) {
    const c = w[i]!;
    const two = w.slice(i, i + 2);
    const three = w.slice(i, i + 3);
    if (three === 'sch' || three === 'tch') { out.push('X'); i += 3; continue; }
    switch (two) {
      case 'sh': case 'ch': out.push('X'); i += 2; continue;
      case 'kh': out.push('H'); i += 2; continue;
      case 'gh': out.push('K'); i += 2; continue;
      case 'th': out.push('T'); i += 2; continue;
      case 'dh': out.push('D'); i += 2; continue;
      case 'dj': case 'zh': out.push('J'); i += 2; continue;
      case 'ph': out.push('F'); i += 2; continue;
      case 'ck': out.push('K'); i += 2; continue;
      case 'ou':
        out.push(i === 0 && isLatinVowel(w[i + 2]) ? 'W' : 'U'); // French Oualid = Walid
        i += 2;
        continue;
      case 'oo': out.push('U'); i += 2; continue;
      case 'ee': out.push('I'); i += 2; continue;
      case 'aa': out.push('A'); i += 2; continue;
      default:
    }
    switch (c) {
      case 'y':
        if (i === 0 && isLatinVowel(w[i + 1])) out.push('Y');
        else out.push(prevIsShortVowel() ? 'I' : 'i');
        break;
      case 'i':
        out.push(prevIsShortVowel() && !isLatinVowel(w[i + 1]) ? 'I' : 'i'); // the i of ai/ei/oi is long
        break;
      case 'w':
      case 'v':
        // Medial w is a written و (Raqqawi, Marwan): the consonant W, which the skeleton ignores after the start.
        out.push('W');
        break;
      case 'c':
        out.push('eiy'.includes(w[i + 1] ?? '') ? 'S' : 'C'); // a hard c: k, or s without its cedilla (Faycal)
        break;
      case 'x':
        out.push('K', 'S');
        break;
      case 'h':
        out.push(i === w.length - 1 && i > 0 && isLatinVowel(w[i - 1]) ? 'h' : 'H');
        break;
      default: {
        const m = LATIN_SINGLE[c];
        if (m) out.push(m);
      }
    }
    i++;
  }
  return collapse(out);
}

const ARABIC_MAP: Record<string, string> = {
  'ب': 'B', 'پ': 'B', 'ت': 'T', 'ث': 'T', 'ج': 'J', 'چ': 'X', 'ح': 'H', 'خ': 'H', 'د': 'D', 'ذ': 'D', 'ر': 'R',
  'ز': 'D', 'ژ': 'J', 'س': 'S', 'ش': 'X', 'ص': 'S', 'ض': 'D', 'ط': 'T', 'ظ': 'D', 'غ': 'K', 'ف': 'F', 'ڤ': 'W',
  'ق': 'K', 'ك': 'K', 'گ': 'G', 'ل': 'L', 'م': 'M', 'ن': 'N', 'ى': 'A', 'ة': 'a', 'ؤ': 'U', 'ئ': 'I',
};

/** Phonetic form of a folded Arabic-script word (see the module comment). */
export function arabicPhonetic(folded: string): string {
  const out: string[] = [];
  const chars = [...folded];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    switch (ch) {
      case 'ا':
        if (i > 0) out.push('A');
        break;
      case 'و':
        out.push(i === 0 ? 'W' : 'U');
        break;
      case 'ي':
        out.push(i === 0 ? 'Y' : 'I');
        break;
      case 'ه':
        out.push(i === chars.length - 1 && i > 0 ? 'h' : 'H');
        break;
      case 'ع':
      case 'ء':
        break;
      default: {
        const m = ARABIC_MAP[ch];
        if (m) out.push(m);
      }
    }
  }
  return collapse(out);
}

/** Phonetic form of one word in either script (no article stripping). */
export function wordPhonetic(word: string): string {
  return scriptOf(word) === 'arabic' ? arabicPhonetic(foldArabic(word)) : latinPhonetic(foldLatin(word));
}

/** The consonant skeleton of a phonetic form: no vowels, no final h/H, G folded into K. */
export function skeletonOf(phon: string): string {
  let end = phon.length;
  while (end > 0 && isV(phon[end - 1])) end--;
  if (end > 1 && (phon[end - 1] === 'H' || phon[end - 1] === 'h')) end--;
  let s = '';
  for (let i = 0; i < end; i++) {
    const c = phon[i]!;
    if (c === 'h' || isV(c) || (i > 0 && (c === 'W' || c === 'Y'))) continue;
    s += c === 'G' || c === 'C' ? 'K' : c;
  }
  return s || (phon ? '_' + phon : '');
}

const ULTRA: Record<string, string> = { T: 'T', D: 'T', S: 'T', X: 'T', J: 'T', K: 'K', G: 'K', C: 'K', H: 'K', B: 'B', F: 'B', W: 'B' };

/** A coarser key for blocking: T D S X J → T, K G H → K, B F W → B, Y dropped, runs collapsed. */
export function ultraOf(skeleton: string): string {
  let s = '';
  for (const c of skeleton) {
    if (c === 'Y' || c === '_') continue;
    const m = ULTRA[c] ?? c;
    if (s[s.length - 1] !== m) s += m;
  }
  return s || skeleton;
}

// ---------------------------------------------------------------------------------------------------------
// Words of a name

interface Word {
  raw: string;
  /** Folded: lower-case ASCII (long vowels upper-case) for Latin, folded letters for Arabic. */
  folded: string;
  /** Lower-case folded form, for list look-ups. */
  lower: string;
  script: WordScript;
  /** Joined to the previous word by a hyphen. */
  hyphen: boolean;
  /** A single Latin letter (an initial). */
  initial: boolean;
}

const LATIN_ARTICLES = new Set(['al', 'el', 'ul', 'ol', 'il', 'as', 'ash', 'ad', 'adh', 'ar', 'at', 'ath', 'az', 'an', 'es',
  'esh', 'ech', 'ed', 'er', 'et', 'ez', 'en', 'us', 'ush', 'ud', 'ur', 'ut', 'uz', 'un', 'is', 'id', 'a', 'e']);
const KUNYA_ABU = new Set(['abu', 'abou', 'aboo', 'abo', 'abi', 'aba', 'bu', 'bou', 'ابو', 'ابي', 'ابا', 'بو']);
const KUNYA_UMM = new Set(['umm', 'um', 'oum', 'om', 'omm', 'umme', 'ام']);
const NASAB = new Set(['bin', 'ibn', 'ben', 'bint', 'bent', 'binti', 'ibnu', 'ould', 'wuld', 'bn', 'بن', 'ابن', 'بنت']);
const ABD = new Set(['abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdoul', 'abdur', 'abdus', 'abdar', 'abder', 'abdes', 'abed',
  'عبد']);
const DIN_WORDS = new Set(['din', 'deen', 'dine', 'eddin', 'eddine', 'eddeen', 'uddin', 'uddeen', 'addin', 'iddin', 'aldin',
  'eldin', 'dین', 'دين']);
const ALLAH_WORDS = new Set(['allah', 'ullah', 'ollah', 'alla', 'الله']);
/** X al-Rahman (Aziz al-Rahman, Inayat ur-Rahman, Fazl al-Rahman, عزيز الرحمن): one name, joined when the article is written. */
const RAHMAN_WORDS = new Set(['rahman', 'rehman', 'rahmane', 'rahmaan', 'رحمن', 'رحمان']);
const ZAYN = new Set(['zayn', 'zain', 'zein', 'zine', 'zeyn', 'زين']);
const ABIDIN = new Set(['abidin', 'abideen', 'abdin', 'abiddin', 'عابدين']);
const SAYF = new Set(['saif', 'sayf', 'seif', 'sayf', 'sif', 'سيف']);
const ISLAM = new Set(['islam', 'اسلام']);

/** Titles set aside when they lead a name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'doctor', 'prof', 'professor', 'sheikh', 'shaykh', 'sheik',
  'shaikh', 'cheikh', 'cheik', 'shaykha', 'sheikha', 'shaikha', 'mullah', 'mulla', 'molla', 'mawlawi', 'maulavi', 'maulvi',
  'molvi', 'moulvi', 'mawlana', 'maulana', 'mowlana', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'lieutenant', 'lt', 'brigadier', 'commander', 'imam', 'mufti', 'sir', 'hon', 'haj', 'hajj', 'haji', 'hajji', 'hadj',
  'hadji', 'alhaji', 'alhaj', 'qari', 'qazi', 'الشيخ', 'شيخ', 'الدكتور', 'دكتور', 'د',
  'المهندس', 'مهندس', 'الحاج', 'الحاجة', 'السيد', 'السيدة', 'الاستاذ', 'الاستاذة', 'الملا', 'ملا', 'المولوي', 'مولوي',
  'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الامير', 'الامام', 'الشيخة', 'المفتي']);

/** Particles of European names (de la, van der...), ignored between other words. */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'dos', 'do', 'du', 'van', 'von', 'la',
  'los', 'las', 'y', 'the', 'of', 'and', 'for', 'et']);

/** Epithets (laqab) that look like nisbas: the tall, the dark, the pilgrim, the doctor... */
const LAQAB = new Set(['tawil', 'taweel', 'taouil', 'asmar', 'ahmar', 'aswad', 'abyad', 'saghir', 'sagheer', 'kabir', 'kabeer',
  'hajji', 'haji', 'hajj', 'hadji', 'hadj', 'duktur', 'doktor', 'doctor', 'awar', 'araj', 'ashqar', 'shayib', 'shayeb',
  'chayeb', 'chaib', 'shaib', 'شايب', 'طويل', 'اسمر', 'احمر', 'اسود',
  'ابيض', 'صغير', 'كبير', 'حجي', 'حاج', 'دكتور', 'اعور', 'اعرج', 'اشقر']);

/**
 * True for a word that only makes sense before another name (Abu, Umm, bin, Abd, al-, ur-...): in list order
 * ("MARZUK, Musa Abu", "RAHMAN, Inayat ur") it is left dangling at the end of the given part.
 */
export function isLeadingMarker(word: string): boolean {
  const w = makeWord(word, false);
  return w ? isMarkerWord(w) : false;
}

function isMarkerWord(w: Word): boolean {
  return KUNYA_ABU.has(w.lower) || KUNYA_UMM.has(w.lower) || NASAB.has(w.lower) || ABD.has(w.lower) || LATIN_ARTICLES.has(w.lower) ||
    w.folded === 'ال' || DIN_WORDS.has(w.lower) || ALLAH_WORDS.has(w.lower);
}

function makeWord(raw: string, hyphen: boolean): Word | undefined {
  const script = scriptOf(raw);
  if (script === 'arabic') {
    const folded = foldArabic(raw);
    return folded ? { raw, folded, lower: folded, script, hyphen, initial: false } : undefined;
  }
  if (script === 'latin') {
    const folded = foldLatin(raw);
    if (!folded) return undefined;
    return { raw, folded, lower: folded.toLowerCase(), script, hyphen, initial: folded.length === 1 };
  }
  const folded = raw.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return folded ? { raw, folded, lower: folded, script, hyphen, initial: false } : undefined;
}

/**
 * Split a name into words: spaces and punctuation separate; dotted abbreviations close up; a hyphen separates
 * too but is remembered (al-Shammari). With `joinHyphens`, hyphenated parts that are not markers or articles
 * become one word (Tong-ch'ol, Jean-Pierre), as persons' names want; organisations' names keep them apart.
 */
export function splitWords(text: string, joinHyphens = false): Word[] {
  let cleaned = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFC');
  if (cleaned.includes('.')) cleaned = cleaned.replace(/\b((?:[A-Za-z]\.){2,})/g, (m) => m.replace(/\./g, '')); // S.A. → SA
  cleaned = cleaned.replace(/[\s,;:/\\()[\]{}"“”«»<>|+*&!?#@=_~^.]+/g, ' ');
  const words: Word[] = [];
  for (const chunk of cleaned.split(' ')) {
    if (!chunk) continue;
    // A chunk mixing scripts (rare) splits at script changes.
    const runs = chunk.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+|[^\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+/g) ?? [];
    for (const run of runs) {
      const parts = run.split(/[-‐‑–—]+/);
      let prev: Word | undefined;
      parts.forEach((p, k) => {
        const w = makeWord(p, k > 0);
        if (!w) return;
        if (joinHyphens && prev && w.hyphen && w.script === 'latin' && prev.script === 'latin' && !isMarkerWord(prev) && !isMarkerWord(w)) {
          const joined = makeWord(prev.raw + p, prev.hyphen);
          if (joined) {
            words[words.length - 1] = { ...joined, raw: `${prev.raw}-${p}` };
            prev = words[words.length - 1];
            return;
          }
        }
        words.push(w);
        prev = w;
      });
    }
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------------
// Segments

export type SegmentKind = 'plain' | 'kunya' | 'nasab' | 'particle' | 'initial';

export interface NameSegment {
  /** The words as written, joined by spaces. */
  surface: string;
  kind: SegmentKind;
  /** A kunya with Umm (mother of) rather than Abu. */
  umm?: boolean;
  /** The governing word carried the definite article (al-, el-, ash-..., ال). */
  article: boolean;
  /** Several words read as one name (Abd al-Rahman, Nur al-Din, Zayn al-Abidin, Fadl Allah). */
  compound: boolean;
  /** Epithet-like (al-Tawil, الطويل). */
  laqab: boolean;
  script: WordScript;
  /** Folded text of the core (article and markers removed), for exact comparison. */
  core: string;
  /** Phonetic form of the core. */
  phon: string;
  /** Another reading of the core (a glued al-/ال kept or removed). */
  alt?: string;
  /** Index of the segment's first word in the name (after honorifics were set aside, counted before). */
  firstWord: number;
  /** For an Abd- compound: the phonetic form of the name after Abd (al-Rahman in Abd al-Rahman). */
  abdRest?: string;
}

/** Phonetic form of a word with its article removed, plus the alternative reading when the article was glued. */
function coreOf(w: Word, article: boolean): { core: string; phon: string; alt?: string; article: boolean } {
  if (w.script === 'arabic') {
    if (w.folded.startsWith('ال') && w.folded.length >= 4) {
      const core = w.folded.slice(2);
      return { core, phon: arabicPhonetic(core), alt: arabicPhonetic(w.folded), article: true };
    }
    return { core: w.folded, phon: arabicPhonetic(w.folded), article };
  }
  if (w.script === 'latin') {
    const m = /^(al|el)([bcdfghjklmnpqrstvwxyz].{2,})$/.exec(w.lower);
    if (!article && m && w.folded.length >= 5) {
      const stripped = w.folded.slice(2);
      const nisba = /[iy]$/.test(w.lower) && w.folded.length >= 6; // Alshammari, Elkaddafi
      const full = latinPhonetic(w.folded);
      const bare = latinPhonetic(stripped);
      return nisba
        ? { core: stripped.toLowerCase(), phon: bare, alt: full, article: true }
        : { core: w.lower, phon: full, alt: bare, article: false };
    }
    // Al + a vowel-initial name (Alomgy = al-Umaqi, Alousta = al-Ousta): read both ways, the written one first.
    if (!article && /^(al|el)[aeiou].{3,}$/.test(w.lower)) {
      return { core: w.lower, phon: latinPhonetic(w.folded), alt: latinPhonetic(w.folded.slice(2)), article: false };
    }
    return { core: w.lower, phon: latinPhonetic(w.folded), article };
  }
  return { core: w.lower, phon: '', article };
}

/** Phonetic form of a glued Latin Abd- compound's remainder: Abdelaziz → aziz, Abdullah → lah, Abderrahmane → rrahman. */
function abdRemainder(lower: string): string {
  let rest = lower.slice(3).replace(/^[aeiou]/, '');
  if (rest.startsWith('ll')) rest = rest.slice(1);
  else if (rest.startsWith('l') && rest.length > 3) rest = rest.slice(1);
  return rest;
}

const ABD_PHON = { latin: latinPhonetic('abd'), arabic: arabicPhonetic('عبد') };

function isArticleWord(w: Word, next: Word | undefined): boolean {
  if (!next || w.script !== next.script) return false;
  if (w.script === 'arabic') return w.folded === 'ال';
  if (w.script !== 'latin' || !LATIN_ARTICLES.has(w.lower)) return false;
  if (w.lower === 'al' || w.lower === 'el') return true;
  if (next.hyphen) return true;
  // Sun-letter assimilation written apart: "as Samarrai", "ash Shammari", "ad Din".
  return w.lower.length >= 2 && next.lower.startsWith(w.lower.slice(1));
}

function isDinWord(w: Word, article: boolean): boolean {
  if (w.script === 'arabic') return article && w.folded === 'الدين';
  return DIN_WORDS.has(w.lower) && (article || w.lower.length > 4);
}

function isAllahWord(w: Word): boolean {
  return ALLAH_WORDS.has(w.lower);
}

/**
 * Split a name into segments (see the module comment). Leading honorifics are returned apart. Particles and
 * initials are kept as segments of their own kind so that callers can show them, but carry no phonetic form.
 */
/** Read one name (with its article, or an Abd- compound) starting at word j. */
function readCore(words: Word[], j: number): { seg: Omit<NameSegment, 'kind' | 'firstWord'>; next: number } | undefined {
  let w = words[j];
  if (!w) return undefined;
  let article = false;
  const surface: string[] = [];
  if (isArticleWord(w, words[j + 1])) {
    article = true;
    surface.push(w.raw);
    j++;
    w = words[j]!;
  }
  surface.push(w.raw);
  // Abd + name, or a glued Abd- compound.
  if (ABD.has(w.lower) && words[j + 1] && words[j + 1]!.script === w.script) {
    const rest = readCore(words, j + 1);
    if (rest) {
      const abd = w.script === 'arabic' ? ABD_PHON.arabic : ABD_PHON.latin;
      return {
        seg: {
          surface: [...surface, rest.seg.surface].join(' '),
          article,
          compound: true,
          laqab: false,
          script: w.script,
          core: `abd ${rest.seg.core}`,
          phon: abd + rest.seg.phon,
          abdRest: rest.seg.phon,
          ...(rest.seg.alt ? { alt: abd + rest.seg.alt } : {}),
        },
        next: rest.next,
      };
    }
  }
  if (w.script === 'latin' && w.lower.startsWith('abd') && w.lower.length >= 6 && !ABD.has(w.lower) && !/^abd(ou|u|i|o)$/.test(w.lower)) {
    const rest = abdRemainder(w.lower);
    return {
      seg: { surface: surface.join(' '), article, compound: true, laqab: false, script: 'latin', core: `abd ${rest}`,
        phon: ABD_PHON.latin + latinPhonetic(rest), abdRest: latinPhonetic(rest) },
      next: j + 1,
    };
  }
  if (w.script === 'arabic' && w.folded.startsWith('عبد') && w.folded.length >= 5) {
    const restText = w.folded.slice(3);
    const rest = coreOf({ ...w, folded: restText, lower: restText }, false);
    return {
      seg: { surface: surface.join(' '), article, compound: true, laqab: false, script: 'arabic', core: `abd ${rest.core}`,
        phon: ABD_PHON.arabic + rest.phon, abdRest: rest.phon },
      next: j + 1,
    };
  }
  const c = coreOf(w, article);
  return {
    seg: {
      surface: surface.join(' '),
      article: c.article,
      compound: false,
      laqab: c.article && LAQAB.has(c.core),
      script: w.script,
      core: c.core,
      phon: c.phon,
      ...(c.alt ? { alt: c.alt } : {}),
    },
    next: j + 1,
  };
}

export function segmentName(text: string, opts: { joinHyphens?: boolean } = {}): { segments: NameSegment[]; honorifics: string[] } {
  const words = splitWords(text, opts.joinHyphens);
  const honorifics: string[] = [];
  while (words.length > 1 && HONORIFICS.has(words[0]!.lower)) honorifics.push(words.shift()!.raw);
  const segments: NameSegment[] = [];
  let i = 0;

  while (i < words.length) {
    const w = words[i]!;
    const next = words[i + 1];
    const prev = segments[segments.length - 1];
    // Kunya: Abu X / Umm X.
    if (next && (KUNYA_ABU.has(w.lower) || KUNYA_UMM.has(w.lower)) && !next.initial) {
      const r = readCore(words, i + 1);
      if (r) {
        segments.push({ ...r.seg, firstWord: i, surface: `${w.raw} ${r.seg.surface}`, kind: 'kunya', ...(KUNYA_UMM.has(w.lower) ? { umm: true } : {}) });
        i = r.next;
        continue;
      }
    }
    // Nasab: bin X (ben only between words: "Ben" alone or first is a given name).
    if (next && NASAB.has(w.lower) && (w.lower !== 'ben' || segments.length > 0) && !next.initial) {
      let j = i + 1;
      if (KUNYA_ABU.has(words[j]!.lower) && words[j + 1]) j++; // ibn Abi Talib
      const r = readCore(words, j);
      if (r) {
        segments.push({ ...r.seg, firstWord: i, surface: words.slice(i, j).map((x) => x.raw).concat(r.seg.surface).join(' '), kind: 'nasab' });
        i = r.next;
        continue;
      }
    }
    // Glued Arabic kunya: ابوبكر.
    if (w.script === 'arabic' && w.folded.startsWith('ابو') && w.folded.length >= 6) {
      const rest = w.folded.slice(3);
      const c = coreOf({ ...w, folded: rest, lower: rest }, false);
      segments.push({ firstWord: i, surface: w.raw, kind: 'kunya', article: c.article, compound: false, laqab: false, script: 'arabic', core: c.core, phon: c.phon, ...(c.alt ? { alt: c.alt } : {}) });
      i++;
      continue;
    }
    // Particles between other words.
    if (w.script === 'latin' && PARTICLES.has(w.lower) && segments.length > 0 && next) {
      segments.push({ firstWord: i, surface: w.raw, kind: 'particle', article: false, compound: false, laqab: false, script: 'latin', core: w.lower, phon: '' });
      i++;
      continue;
    }
    if (w.initial && !isArticleWord(w, next)) {
      segments.push({ firstWord: i, surface: w.raw, kind: 'initial', article: false, compound: false, laqab: false, script: 'latin', core: w.lower, phon: '' });
      i++;
      continue;
    }
    const r = readCore(words, i);
    if (!r) break;
    // X al-Din, X Allah, Zayn al-Abidin, Sayf al-Islam: join to the previous name.
    const joinable = prev && prev.kind !== 'particle' && prev.kind !== 'initial' && prev.script === r.seg.script && prev.phon;
    const wordAt = words[r.next - 1]!;
    if (
      joinable &&
      !r.seg.compound &&
      (isDinWord(wordAt, r.seg.article) ||
        (isAllahWord(wordAt) && !prev.core.startsWith('abd')) ||
        (r.seg.article && RAHMAN_WORDS.has(r.seg.core) && prev.kind === 'plain' && !prev.core.startsWith('abd')) ||
        (ZAYN.has(prev.core) && ABIDIN.has(r.seg.core)) ||
        (SAYF.has(prev.core) && ISLAM.has(r.seg.core)))
    ) {
      const corePhon = DIN_WORDS.has(wordAt.lower) && wordAt.script === 'latin' ? latinPhonetic('din') : r.seg.phon;
      prev.surface += ` ${r.seg.surface}`;
      prev.core += ` ${r.seg.core}`;
      prev.phon += corePhon;
      if (prev.alt) prev.alt += corePhon;
      prev.compound = true;
      i = r.next;
      continue;
    }
    segments.push({ ...r.seg, firstWord: i, kind: 'plain' });
    i = r.next;
  }
  return { segments, honorifics };
}

/** The skeleton key of one word, its article removed: the key the ar2en benchmark compares. */
export function transliterationKey(word: string): string {
  const w = splitWords(word)[0];
  if (!w) return '';
  return skeletonOf(coreOf(w, false).phon);
}

/** The skeleton key of a segment, with its kunya/nasab marker. */
export function segmentKey(s: NameSegment): string {
  const k = skeletonOf(s.phon);
  if (s.kind === 'kunya') return (s.umm ? 'umm:' : 'abu:') + k;
  if (s.kind === 'nasab') return 'bin:' + k;
  return k;
}

/**
 * The comparable key of a whole name, in either script: the segments' skeleton keys in order, with kunya and
 * nasab marked and particles, initials and honorifics left out. Equal keys: same name up to transliteration.
 */
export function nameKey(text: string): string {
  return segmentName(text)
    .segments.filter((s) => s.kind !== 'particle' && s.kind !== 'initial' && s.phon)
    .map(segmentKey)
    .join(' ');
}
