/**
 * A readable Latin form of an Arabic name, for analysts who do not read Arabic (pure). Not a comparison key
 * (that is transliterate.ts): this is what the workbench shows beside the Arabic. Given names and kunya names
 * come from the gazetteer's usual spelling (محمد → Muhammad); other words by letter rules with the long vowels
 * written and a short "a" guessed between the first two consonants, which is only a guess (الشمري → ash-Shamri,
 * not ash-Shammari: short vowels and doubled letters are not written in Arabic).
 */
import { GIVEN_NAMES } from '../entities/lexicon/arabic-given-names.js';
import { normaliseArabic } from '../text/arabic.js';

const WORDS = new Map<string, string>();
for (const g of GIVEN_NAMES) if (g.latin[0]) WORDS.set(normaliseArabic(g.arabic), g.latin[0]);

const PARTICLES: Record<string, string> = { ابو: 'Abu', ابي: 'Abi', ابا: 'Aba', ام: 'Umm', بن: 'bin', ابن: 'ibn', بنت: 'bint', عبد: 'Abd' };

/** Consonants and long vowels; ا و ي are handled in context. */
const LETTERS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z',
  ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', ء: "'", پ: 'p', چ: 'ch', گ: 'g', ڤ: 'v',
};
const SUN = new Set(['ت', 'ث', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ل', 'ن']);

function capitalise(s: string): string {
  const i = s.search(/[a-z]/i);
  return i < 0 ? s : s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

/** Letter rules for one word without its article. */
function byRules(word: string): string {
  const letters = [...word];
  let out = '';
  let prevConsonant = false;
  letters.forEach((ch, i) => {
    const last = i === letters.length - 1;
    if (ch === 'ا' || ch === 'ى') {
      out += 'a';
      prevConsonant = false;
    } else if (ch === 'و') {
      out += i === 0 || !prevConsonant ? 'w' : 'u';
      prevConsonant = i === 0;
    } else if (ch === 'ي') {
      if (last) out += 'i';
      else out += i === 0 || !prevConsonant ? 'y' : 'i';
      prevConsonant = i === 0;
    } else {
      const l = LETTERS[ch];
      if (l === undefined) return;
      // A short vowel is guessed between the first two consonants of a word only (Baghdadi, Takriti, Shamri).
      if (prevConsonant && !last && !/[aiu]/.test(out)) out += 'a';
      out += l;
      prevConsonant = l !== 'a';
    }
  });
  return out;
}

function romaniseWord(word: string): string {
  const w = normaliseArabic(word);
  const known = WORDS.get(w);
  if (known) return known;
  const particle = PARTICLES[w];
  if (particle) return particle;
  if (w.startsWith('ال') && w.length > 2) {
    const rest = w.slice(2);
    const first = rest[0]!;
    const article = SUN.has(first) ? `a${byRules(first).slice(0, LETTERS[first]?.length ?? 1)}-` : 'al-';
    return `${article}${capitalise(WORDS.get(rest) ?? byRules(rest))}`;
  }
  return capitalise(byRules(w));
}

/** The name in Latin letters; words that are not Arabic are kept as they are. */
export function romanise(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/[\u0600-\u06FF]/.test(w)) {
      out.push(w);
      continue;
    }
    // عبد الكريم → Abd al-Karim (one name).
    if (normaliseArabic(w) === 'عبد' && words[i + 1]) {
      out.push(`Abd ${romaniseWord(words[++i]!).replace(/^a[a-z]{1,2}-/, 'al-')}`);
      continue;
    }
    out.push(romaniseWord(w));
  }
  return out.join(' ');
}
