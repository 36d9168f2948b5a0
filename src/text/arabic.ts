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

/** Fold Arabic spelling variants, drop diacritics and tatweel, and map Arabic-Indic and Persian digits to ASCII. */
export function normaliseArabic(s: string): string {
  const folded = s.replace(PRESENTATION, (c) => c.normalize('NFKC'));
  let out = '';
  for (const ch of folded) {
    const code = ch.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (REMOVE.test(ch)) continue;
    else out += FOLD[ch] ?? ch;
  }
  return out;
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
