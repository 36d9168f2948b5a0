/**
 * Arabic normalisation and light stemming for search, after Lucene's ArabicNormalizer and ArabicStemmer
 * (Larkey, Ballesteros & Connell, "Light Stemming for Arabic Information Retrieval", 2007).
 */

const ALEF = '\u0627';
const YEH = '\u064A';
const HEH = '\u0647';
const KAF = '\u0643';

/** Single-character foldings (Lucene's, plus alef wasla and the Persian/Urdu keheh and farsi yeh). */
const FOLD: Record<string, string> = {
  '\u0622': ALEF, // آ alef madda
  '\u0623': ALEF, // أ hamza above
  '\u0625': ALEF, // إ hamza below
  '\u0671': ALEF, // ٱ alef wasla
  '\u0649': YEH, // ى alef maksura (dotless yeh)
  '\u06CC': YEH, // ی farsi yeh
  '\u0629': HEH, // ة teh marbuta
  '\u06A9': KAF, // ک keheh
};

/** Tatweel, harakat (tanwin, fatha, damma, kasra, shadda, sukun), other combining marks, superscript alef. */
const REMOVE = /[\u0640\u064B-\u065F\u0670]/;

/** Arabic presentation forms A and B: folded to base letters by NFKC. */
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;

/** What normaliseArabic does to each character of the Arabic block U+0600..U+06FF: undefined keeps it. */
const BLOCK: (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array(0x100);
  for (let c = 0x0600; c <= 0x06ff; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 0x0660 && c <= 0x0669) table[c - 0x0600] = String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) table[c - 0x0600] = String(c - 0x06f0);
    else if (REMOVE.test(ch)) table[c - 0x0600] = '';
    else if (FOLD[ch] !== undefined) table[c - 0x0600] = FOLD[ch];
  }
  return table;
})();

/**
 * Fold Arabic spelling variants, drop diacritics and tatweel, and map Arabic-Indic and Persian digits to ASCII.
 * One pass over UTF-16 code units, copying unchanged runs whole (every character it changes is in U+0600..U+06FF
 * once presentation forms are folded): it runs over every document's text in the analysis stage.
 */
export function normaliseArabic(s: string): string {
  PRESENTATION.lastIndex = 0;
  const folded = PRESENTATION.test(s) ? s.replace(PRESENTATION, (c) => c.normalize('NFKC')) : s;
  let out = '';
  let from = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code < 0x0600 || code > 0x06ff) continue;
    const to = BLOCK[code - 0x0600];
    if (to === undefined) continue;
    out += folded.slice(from, i) + to;
    from = i + 1;
  }
  return from === 0 ? folded : out + folded.slice(from);
}

const PREFIXES = ['\u0627\u0644', '\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0644\u0644', '\u0648'];
// ال وال بال كال فال لل و
const SUFFIXES = ['\u0647\u0627', '\u0627\u0646', '\u0627\u062A', '\u0648\u0646', '\u064A\u0646', '\u064A\u0647', '\u064A\u0629', '\u0647', '\u0629', '\u064A'];
// ها ان ات ون ين يه ية ه ة ي

/** Lucene's prefix rule: و needs 3 letters left over, the longer prefixes 2. */
function prefixApplies(s: string, prefix: string): boolean {
  const min = prefix.length === 1 ? 4 : prefix.length + 2;
  return s.length >= min && s.startsWith(prefix);
}

/** Remove the first matching article/conjunction prefix (ال وال بال كال فال لل و). */
export function stemArabicPrefix(token: string): string {
  for (const p of PREFIXES) if (prefixApplies(token, p)) return token.slice(p.length);
  return token;
}

/** Lucene's ArabicStemmer: one prefix, then each suffix in turn while at least 2 letters remain. */
export function stemArabic(token: string): string {
  let s = stemArabicPrefix(token);
  for (const suffix of SUFFIXES) {
    if (s.length >= suffix.length + 2 && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  }
  return s;
}

/** True when the string contains an Arabic-script letter. */
export function hasArabic(s: string): boolean {
  return /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/.test(s);
}
