/**
 * Search snippets: windows of the exact text around the words that matched a query, with highlight offsets
 * into the exact text. Matching runs the same analyser as the index, so البغدادي highlights for بغدادي and
 * "connected" for "connection".
 */
import { analyse, type Token } from '../text/analyse.js';

export interface Span {
  start: number;
  end: number;
}

export interface Snippet extends Span {
  /** text.slice(start, end) of the exact text. */
  text: string;
  /** Absolute offsets (into the exact text) of the matched words, sorted, not overlapping. */
  highlights: Span[];
}

export interface SnippetOptions {
  /** Most snippets returned (default 3). */
  max?: number;
  /** About how many characters of context on each side of a hit (default 80). */
  context?: number;
  /** Prefix terms (from `word*`); a space-joined prefix matches as a phrase whose last word is a prefix. */
  prefixes?: string[];
}

/** A sequence of terms to find in consecutive tokens; with `prefixLast` the last term is a prefix. */
interface Pattern {
  key: string;
  terms: string[];
  prefixLast: boolean;
}

interface Hit extends Span {
  key: string;
}

/** Up to `max` windows around hits of the query's terms, phrases and prefixes, best first-ranked, in text order. */
export function snippets(text: string, terms: string[], phrases: string[][], opts: SnippetOptions = {}): Snippet[] {
  const max = opts.max ?? 3;
  const context = opts.context ?? 80;
  const patterns: Pattern[] = [
    ...terms.map((t) => ({ key: t, terms: [t], prefixLast: false })),
    ...phrases.filter((p) => p.length > 0).map((p) => ({ key: p.join(' '), terms: p, prefixLast: false })),
    ...(opts.prefixes ?? []).map((p) => ({ key: `${p}*`, terms: p.split(' '), prefixLast: true })),
  ];
  if (max <= 0 || patterns.length === 0) return [];
  const tokens = analyse(text);
  const hits = findHits(tokens, patterns);
  if (hits.length === 0) return [];

  const chosen = groupHits(hits, context)
    .map((group, i) => ({ group, i, score: new Set(group.map((h) => h.key)).size * 1000 + group.length }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ group }) => {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const start = snapStart(tokens, first.start - context, first.start);
      const end = snapEnd(tokens, last.end + context, last.end, text.length);
      return { start, end, hits: group };
    });

  const merged: { start: number; end: number; hits: Hit[] }[] = [];
  for (const w of chosen) {
    const prev = merged[merged.length - 1];
    if (prev && w.start <= prev.end) {
      prev.end = Math.max(prev.end, w.end);
      prev.hits.push(...w.hits);
    } else merged.push({ start: w.start, end: w.end, hits: [...w.hits] });
  }
  return merged.map((w) => ({ text: text.slice(w.start, w.end), start: w.start, end: w.end, highlights: unionSpans(w.hits) }));
}

/** The snippet's text with each highlight wrapped in `open` … `close` (e.g. ANSI codes or brackets). */
export function highlight(snippet: Snippet, open = '[', close = ']'): string {
  let out = '';
  let at = snippet.start;
  for (const h of snippet.highlights) {
    const start = Math.max(h.start, at);
    const end = Math.min(h.end, snippet.end);
    if (end <= start) continue;
    out += snippet.text.slice(at - snippet.start, start - snippet.start) + open;
    out += snippet.text.slice(start - snippet.start, end - snippet.start) + close;
    at = end;
  }
  return out + snippet.text.slice(at - snippet.start);
}

function findHits(tokens: Token[], patterns: Pattern[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of patterns) {
      if (i + p.terms.length > tokens.length) continue;
      const ok = p.terms.every((term, k) => {
        const actual = tokens[i + k]!.term;
        return p.prefixLast && k === p.terms.length - 1 ? actual.startsWith(term) : actual === term;
      });
      if (ok) hits.push({ start: tokens[i]!.start, end: tokens[i + p.terms.length - 1]!.end, key: p.key });
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Consecutive hits that fit in one window: each group spans at most `context` characters of hits. */
function groupHits(hits: Hit[], context: number): Hit[][] {
  const groups: Hit[][] = [];
  let current: Hit[] = [];
  for (const h of hits) {
    const first = current[0];
    if (first && h.end - first.start > context) {
      groups.push(current);
      current = [];
    }
    current.push(h);
  }
  if (current.length) groups.push(current);
  return groups;
}

/** A window start at or after `desired`, not inside a word, and never after `limit` (the first hit). */
function snapStart(tokens: Token[], desired: number, limit: number): number {
  if (desired <= 0) return 0;
  const t = tokens[firstEndingAfter(tokens, desired)];
  if (!t) return limit;
  return Math.min(t.start >= desired ? t.start : (tokens[firstEndingAfter(tokens, t.end)]?.start ?? t.end), limit);
}

/** A window end at or before `desired`, not inside a word, and never before `limit` (the last hit's end). */
function snapEnd(tokens: Token[], desired: number, limit: number, length: number): number {
  if (desired >= length) return length;
  const before = tokens[firstEndingAfter(tokens, desired) - 1];
  return Math.max(limit, before?.end ?? limit);
}

/** Index of the first token whose end is after `pos` (tokens.length if none); token ends never decrease. */
function firstEndingAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function unionSpans(hits: Span[]): Span[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else out.push({ start: h.start, end: h.end });
  }
  return out;
}
