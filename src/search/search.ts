/**
 * Search over a case: the query is parsed and analysed like the index (Arabic normalisation, light stemming),
 * FTS5 ranks with BM25, and snippets are cut from the exact text with highlight offsets into it.
 */
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import type { SearchFilters } from '../store/case-store.js';
import { FILTER_FIELDS, parseQuery } from './query.js';
import { expandName, type NameExpansion } from './names.js';
import { snippets } from './snippet.js';

export interface SearchOptions extends SearchFilters {
  limit?: number;
  /** Search a person's other spellings and script too (search/names.ts); default true. */
  expandNames?: boolean;
}

export interface Hit {
  id: string;
  rank: number;
  title: string | null;
  mime: string;
  languages: string[];
  paths: { source: string; path: string; chain: string[] }[];
  snippets: { text: string; start: number; end: number; highlights: { start: number; end: number }[] }[];
}

export function search(store: SqliteCaseStore, query: string, opts: SearchOptions = {}): { hits: Hit[]; ms: number; expanded: NameExpansion[] } {
  const t0 = performance.now();
  // A person's name: the names of the entities it matches are searched too, in both scripts.
  const filterRe = new RegExp(`(?:^|\\s)-?(?:${FILTER_FIELDS.join('|')}):\\S+`, 'gi');
  const words = query.replace(filterRe, ' ').trim();
  const expanded = opts.expandNames === false ? [] : expandName(store, words);
  const names = [...new Set(expanded.flatMap((e) => e.names))].filter((n) => !n.includes('"'));
  const filterWords = (query.match(filterRe) ?? []).join(' ');
  const parsed = parseQuery(names.length > 0 ? `(${words}) OR ${names.map((n) => `"${n}"`).join(' OR ')} ${filterWords}` : query);
  const filters: Record<string, string> = { ...parsed.filters, ...definedOnly(opts) };
  const rows = store.search(parsed.match, filters, opts.limit ?? 20, parsed.exclude);
  const hits = rows.map((r) => {
    const doc = store.document(r.sha256);
    const text = doc.text ?? '';
    return {
      id: r.sha256,
      rank: r.rank,
      title: doc.title,
      mime: doc.mime,
      languages: doc.languages,
      paths: store.occurrences(r.sha256).map((o) => ({ source: o.source, path: o.path, chain: o.chain })),
      snippets: parsed.match === null ? [] : snippets(text, parsed.terms, parsed.phrases, { prefixes: parsed.prefixes }),
    };
  });
  return { hits, ms: performance.now() - t0, expanded };
}

function definedOnly(o: SearchOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTER_FIELDS) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
