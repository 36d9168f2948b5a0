/**
 * Language identification for documents: count letters by script (Arabic script → 'ar'), and ask franc about
 * the Latin-script parts, paragraph by paragraph, so a mixed document reports each of its languages.
 */
import { franc } from 'franc';

/** franc's ISO 639-3 codes mapped to ISO 639-1 for the Latin-script languages we expect to meet. */
const LATIN_639_1: Record<string, string> = {
  eng: 'en', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', deu: 'de', nld: 'nl', tur: 'tr', ind: 'id',
  swe: 'sv', pol: 'pl', ron: 'ro', cat: 'ca', dan: 'da', nob: 'no', fin: 'fi', ces: 'cs', hun: 'hu',
  som: 'so', hau: 'ha', swh: 'sw', uzn: 'uz', azj: 'az',
};
const CYRILLIC_639_1: Record<string, string> = { rus: 'ru', ukr: 'uk', bul: 'bg', srp: 'sr', mkd: 'mk', bel: 'be' };

/** Scripts that name their language outright. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Georgian}/u, 'ka'],
];

/** Below this many letters we go by script alone; Latin text is then undecided and left out. */
const MIN_LETTERS = 20;
/** A language must hold this share of the letters to be reported. */
const MIN_SHARE = 0.1;
/** Only the first this many characters are examined: enough to tell, cheap on huge documents. */
const SAMPLE_CHARS = 100_000;
/** A Latin paragraph this short is pooled with other short ones before franc sees it. */
const MIN_LATIN_RUN = 40;

/** ISO 639-1 codes (or 'und') of the languages that hold a meaningful share of the text, largest first. */
export function detectLanguages(text: string): string[] {
  const counts = new Map<string, number>();
  const add = (lang: string, n: number) => n > 0 && counts.set(lang, (counts.get(lang) ?? 0) + n);
  let total = 0;
  let pooledLatin = '';
  let pooledCyrillic = '';
  for (const para of text.slice(0, SAMPLE_CHARS).split(/\n/)) {
    let latin = '';
    let cyrillic = '';
    for (const ch of para) {
      if (!/\p{L}/u.test(ch)) {
        latin += ' ';
        cyrillic += ' ';
        continue;
      }
      total++;
      if (/\p{Script=Latin}/u.test(ch)) latin += ch;
      else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic += ch;
      else add(SCRIPTS.find(([re]) => re.test(ch))?.[1] ?? 'und', 1);
    }
    if (letterCount(latin) >= MIN_LATIN_RUN) add(identify(latin, LATIN_639_1), letterCount(latin));
    else pooledLatin += ` ${latin}`;
    if (letterCount(cyrillic) >= MIN_LATIN_RUN) add(identify(cyrillic, CYRILLIC_639_1), letterCount(cyrillic));
    else pooledCyrillic += ` ${cyrillic}`;
  }
  if (total < MIN_LETTERS) {
    const scripts = [...counts.entries()].filter(([lang]) => lang !== 'und');
    return scripts.sort((a, b) => b[1] - a[1]).map(([lang]) => lang).slice(0, 1);
  }
  add(identify(pooledLatin, LATIN_639_1), letterCount(pooledLatin));
  add(identify(pooledCyrillic, CYRILLIC_639_1), letterCount(pooledCyrillic));
  return [...counts.entries()]
    .filter(([, n]) => n / total >= MIN_SHARE)
    .sort((a, b) => b[1] - a[1])
    .map(([lang]) => lang);
}

/** The language with the largest share, or undefined when none can be told. */
export function primaryLanguage(text: string): string | undefined {
  return detectLanguages(text)[0];
}

function letterCount(s: string): number {
  return s.replace(/\s+/g, '').length;
}

/** franc restricted to the languages in `table`; short samples are only asked English versus French. */
function identify(sample: string, table: Record<string, string>): string {
  const letters = letterCount(sample);
  if (letters === 0) return 'und';
  const only = table === LATIN_639_1 && letters < 120 ? ['eng', 'fra'] : Object.keys(table);
  const code = franc(sample.replace(/\s+/g, ' '), { only, minLength: 10 });
  return table[code] ?? 'und';
}
