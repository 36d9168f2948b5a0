/**
 * Search over a case: the query is parsed and analysed like the index (Arabic normalisation, light stemming),
 * FTS5 ranks with BM25, and snippets are cut from the exact text with highlight offsets into it.
 */
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import type { SearchFilters } from '../store/case-store.js';
import { parseQuery } from './query.js';
import { snippets } from './snippet.js';

export interface SearchOptions extends SearchFilters {
  limit?: number;
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

export function search(store: SqliteCaseStore, query: string, opts: SearchOptions = {}): { hits: Hit[]; ms: number } {
  const t0 = performance.now();
  const parsed = parseQuery(query);
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
  return { hits, ms: performance.now() - t0 };
}

function definedOnly(o: SearchOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['type', 'lang', 'source', 'from', 'to', 'path'] as const) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
