/**
 * Lookups built once from the given-name gazetteer: Arabic names by normalised form (one or two words, as in
 * عبد الله and نور الدين), and Latin spellings by a spelling key that folds the usual transliteration variants
 * (Hussein/Husain/Husayn, Qais/Kais/Gais, Djamel/Jamal, Othmane/Othman, Hamzah/Hamza) together.
 */
import { normaliseArabic } from '../../text/arabic.js';
import { GIVEN_NAMES } from './arabic-given-names.js';

/**
 * A spelling key for a Latin-script Arabic name: diacritics and apostrophes dropped, French and Iraqi spellings
 * folded (dj→j, ch→sh, ou→u, q/g→k, dh→z, th→t), a French silent final e dropped, doubled letters single, and
 * every vowel run one vowel, except that a final -i stays apart (Jamila is not the nisba Jemili). Keys only decide "is this a known name", so folding two names together is harmless.
 */
export function latinNameKey(word: string): string {
  let s = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ʿʾ'’ʼ‘`\-\s]/g, '')
    .replace(/ı/g, 'i');
  if (s.length > 4) s = s.replace(/([^aeiouy])e$/, '$1');
  s = s
    .replace(/dj/g, 'j')
    .replace(/tch/g, 'sh')
    .replace(/ch/g, 'sh')
    .replace(/ph/g, 'f')
    .replace(/gh/g, 'ɣ')
    .replace(/[qg]/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/dh/g, 'z')
    .replace(/th/g, 't')
    .replace(/(ou|oo)/g, 'u')
    .replace(/(.)\1+/g, '$1');
  const head = s.charAt(0);
  const tail = s
    .slice(1)
    .replace(/ah$/, 'a')
    .replace(/[aeiouy]*(?:[iy]|ie|ee)$/, 'I')
    .replace(/[aeiouy]+/g, 'a');
  return (/[aeiouy]/.test(head) ? 'a' : head) + tail;
}

function addAll<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Normalised Arabic given names, including the kunya-only ones (one or two words). */
const arabicByFirstWord = new Map<string, string[][]>();
/** Names that stand as a given name (not only after أبو/أم). */
const arabicGiven = new Set<string>();
const latinKeys = new Set<string>();

for (const n of GIVEN_NAMES) {
  const words = normaliseArabic(n.arabic).split(' ');
  addAll(arabicByFirstWord, words[0] ?? '', words);
  if (n.sex !== 'kunya' && words.length === 1 && words[0] !== 'عبد') arabicGiven.add(words[0] ?? '');
  for (const spelling of n.latin) {
    const key = latinNameKey(spelling);
    if (key.length >= 3) latinKeys.add(key);
  }
}

/**
 * The length in words of the gazetteer name starting at `words[0]` (2 for عبد الله, 1 for زياد, 0 for none);
 * `kunyaToo` admits the names seen only after أبو/أم.
 */
export function arabicNameLength(words: readonly string[], kunyaToo: boolean): number {
  const first = words[0];
  if (first === undefined) return 0;
  if (isArabicAbdCompound(first)) return 1;
  if (first === 'عبد' && words[1]?.startsWith('ال') && (words[1]?.length ?? 0) >= 4) return 2;
  const candidates = arabicByFirstWord.get(first) ?? [];
  let best = 0;
  for (const c of candidates) {
    if (c.length > best && c.every((w, i) => words[i] === w)) {
      if (c.length === 1 && !kunyaToo && !arabicGiven.has(first)) continue;
      best = c.length;
    }
  }
  return best;
}

/** عبدالله، عبدالرحمن written as one word. */
function isArabicAbdCompound(word: string): boolean {
  return word.startsWith('عبدال') && word.length >= 7;
}

/** True when the Latin word is a known spelling of an Arabic given name. */
export function isLatinGivenName(word: string): boolean {
  return latinKeys.has(latinNameKey(word));
}
