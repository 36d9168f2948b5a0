/**
 * Text helpers of triage (pure): sentence-like segments with offsets into the exact text, and a cue matcher for
 * word lists in Arabic, English and French.
 *
 * Segments: a line, cut further after a sentence end (. ! ? ؟ followed by a space); a table row (tab-separated)
 * and a chat line are segments of their own. Cues: Latin entries are regular-expression fragments matched as
 * whole words, case-insensitively; Arabic entries are words (or word sequences) compared after normaliseArabic
 * (write an entry without the article to match it with and without; a phrase's later words are compared
 * without their article),
 * with the proclitics a word may carry taken off the first word (و ف, then ب ل ك, the article ال, and the
 * future س before a verb's prefix) and a possessive suffix (ـه ـها ـهم ـكم ـنا) tried too: "ولقاءنا" finds لقاء,
 * "سنلتقي" finds نلتقي, "بالهناء" finds هناء. Offsets always index the exact text.
 */
import { hasArabic, normaliseArabic } from '../../text/arabic.js';
import type { Cue } from './types.js';

export interface Segment {
  start: number;
  end: number;
  text: string;
}

const SENTENCE_END = /[.!?؟]+(?=\s)/g;

/** Lines, each cut after sentence ends; empty pieces dropped. */
export function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let lineStart = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    let s = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
      const e = m.index + m[0].length;
      push(lineStart + s, lineStart + e);
      s = e;
    }
    push(lineStart + s, lineStart + line.length);
    lineStart = i + 1;
  }
  return out;
}

/** The index of the segment that contains offset `pos` (binary search), or -1. */
export function segmentAt(segments: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The offsets of the line around `pos`. */
export function lineAround(text: string, pos: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

// ---------------------------------------------------------------------------------------------------------
// Cue lexicons

export interface CueEntry {
  family: string;
  /** A Latin regular-expression fragment (matched as a whole word, case-insensitive) or Arabic words. */
  pattern: string;
  /** Strong cues count double in a genre score. */
  strong?: boolean;
}

interface CompiledLatin {
  family: string;
  strong: boolean;
  re: RegExp;
  key: string;
}

interface CompiledArabic {
  family: string;
  strong: boolean;
  words: string[];
  key: string;
}

export interface CueHit extends Cue {
  /** The lexicon entry that matched: distinct entries are what genre scores count. */
  key: string;
  strong: boolean;
}

export interface CueMatcher {
  find(text: string, from?: number, to?: number): CueHit[];
}

const ARABIC_WORD = /[\u0621-\u064A\u064B-\u065F\u0670\u0671-\u06D3\u0640]+/g;
const POSSESSIVE = ['هما', 'هم', 'ها', 'كم', 'نا', 'ه', 'ك'];

/** A lexicon word as stored: normalised, as written (an entry without the article matches words with it). */
const canonicalArabic = (word: string): string => normaliseArabic(word);

/** A later word of a phrase, compared without its article on both sides. */
function bareArabic(word: string): string {
  const n = normaliseArabic(word);
  return n.startsWith('ال') && n.length >= 5 ? n.slice(2) : n;
}

/** arabicReadings of the words seen lately: a case repeats its words, and every cue lexicon reads each one. */
const READINGS = new Map<string, string[]>();
const READINGS_MAX = 50_000;

/** Readings of a text word without its proclitics and with or without a possessive suffix. */
export function arabicReadings(word: string): string[] {
  let r = READINGS.get(word);
  if (r === undefined) {
    if (READINGS.size >= READINGS_MAX) READINGS.clear();
    READINGS.set(word, (r = readingsOf(word)));
  }
  return r;
}

function readingsOf(word: string): string[] {
  const n = normaliseArabic(word);
  const out = new Set<string>([n]);
  const stage1 = [n];
  // و before three letters at least (وسفر), ف before four (so the name فيصل is not ف + يصل).
  if ((n.startsWith('و') && n.length >= 4) || (n.startsWith('ف') && n.length >= 5)) stage1.push(n.slice(1));
  const stage2: string[] = [];
  for (const w of stage1) {
    stage2.push(w);
    for (const p of ['بال', 'كال', 'لل', 'ال']) if (w.startsWith(p) && w.length >= p.length + 2) stage2.push(w.slice(p.length));
    if (/^[بلك]/.test(w) && w.length >= 4) {
      stage2.push(w.slice(1));
      if (w.slice(1).startsWith('ال') && w.length >= 5) stage2.push(w.slice(3));
    }
    if (/^س[نيتا]/.test(w) && w.length >= 4) stage2.push(w.slice(1));
  }
  for (const w of stage2) {
    out.add(w);
    for (const s of POSSESSIVE) if (w.endsWith(s) && w.length - s.length >= 3) out.add(w.slice(0, -s.length));
    if (w.endsWith('ت') && w.length >= 4) out.add(w.slice(0, -1) + 'ه'); // construct state: رحلت → رحله
  }
  return [...out];
}

/** Compiles a lexicon once; the matcher is then reused over many documents. */
export function compileCues(entries: readonly CueEntry[]): CueMatcher {
  const latin: CompiledLatin[] = [];
  const arabicByFirst = new Map<string, CompiledArabic[]>();
  for (const e of entries) {
    const key = `${e.family}:${e.pattern}`;
    if (hasArabic(e.pattern)) {
      const words = e.pattern.split(/\s+/).filter(Boolean).map((w, i) => (i === 0 ? canonicalArabic(w) : bareArabic(w)));
      const list = arabicByFirst.get(words[0]!) ?? [];
      list.push({ family: e.family, strong: !!e.strong, words, key });
      arabicByFirst.set(words[0]!, list);
    } else {
      latin.push({ family: e.family, strong: !!e.strong, key, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${e.pattern})(?![\\p{L}\\p{N}])`, 'giu') });
    }
  }
  return {
    find(text: string, from = 0, to = text.length): CueHit[] {
      const slice = text.slice(from, to);
      const hits: CueHit[] = [];
      if (/[A-Za-z\u00C0-\u024F]/.test(slice)) {
        for (const c of latin) {
          c.re.lastIndex = 0;
          for (let m = c.re.exec(slice); m; m = c.re.exec(slice)) {
            if (m[0].length === 0) {
              c.re.lastIndex++;
              continue;
            }
            hits.push({ family: c.family, surface: m[0], start: from + m.index, end: from + m.index + m[0].length, key: c.key, strong: c.strong });
          }
        }
      }
      if (arabicByFirst.size > 0 && hasArabic(slice)) {
        const tokens: { start: number; end: number; raw: string }[] = [];
        ARABIC_WORD.lastIndex = 0;
        for (let m = ARABIC_WORD.exec(slice); m; m = ARABIC_WORD.exec(slice)) tokens.push({ start: from + m.index, end: from + m.index + m[0].length, raw: m[0] });
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i]!;
          const seen = new Set<string>();
          for (const r of arabicReadings(t.raw)) {
            for (const c of arabicByFirst.get(r) ?? []) {
              if (seen.has(c.key)) continue;
              let ok = true;
              for (let k = 1; k < c.words.length && ok; k++) {
                const next = tokens[i + k];
                // The words of a phrase follow each other with only spaces or light punctuation between them.
                if (!next || !/^[\s\u060C,:\-–]*$/.test(text.slice(tokens[i + k - 1]!.end, next.start)) || bareArabic(next.raw) !== c.words[k]) ok = false;
              }
              if (!ok) continue;
              seen.add(c.key);
              const last = tokens[i + c.words.length - 1]!;
              hits.push({ family: c.family, surface: text.slice(t.start, last.end), start: t.start, end: last.end, key: c.key, strong: c.strong });
            }
          }
        }
      }
      return hits.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
