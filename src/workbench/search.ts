/**
 * Search for the workbench: the case's search (search/search.ts, which also searches the names, in both scripts,
 * of the persons a query names: search/names.ts) plus facets, which count type group, language and source over
 * the best FACET_SAMPLE matches of the same query (ids only: no snippets, no text read, so cheap).
 */
import { FILTER_FIELDS, parseQuery } from '../search/query.js';
import type { NameExpansion } from '../search/names.js';
import { search, type Hit, type SearchOptions } from '../search/search.js';
import { TYPE_GROUPS } from '../store/sqlite/facets.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { BadInputError } from './errors.js';

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  type: FacetCount[];
  lang: FacetCount[];
  source: FacetCount[];
}

export interface WorkbenchSearch {
  hits: Hit[];
  ms: number;
  facets: Facets;
  /** The persons the query named, whose names (both scripts) were searched too. */
  expanded: NameExpansion[];
}

export const FACET_SAMPLE = 500;

/** Broad type groups shown as the type facet (docx, xlsx and csv are narrower groups inside word and sheet). */
const FACET_GROUPS = ['pdf', 'word', 'sheet', 'email', 'chat', 'html', 'text', 'image', 'archive'];
const GROUP_OF_MIME = new Map(FACET_GROUPS.flatMap((g) => (TYPE_GROUPS[g] ?? []).map((m) => [m, g] as const)));

/** The query search() ran: the words OR the expanded names, with the filter words kept outside (as search.ts builds it). */
function effectiveQuery(query: string, expanded: readonly NameExpansion[]): string {
  const names = [...new Set(expanded.flatMap((e) => e.names))].filter((n) => !n.includes('"'));
  if (names.length === 0) return query;
  const filterRe = new RegExp(`(?:^|\\s)-?(?:${FILTER_FIELDS.join('|')}):\\S+`, 'gi');
  const words = query.replace(filterRe, ' ').trim();
  return `(${words}) OR ${names.map((n) => `"${n}"`).join(' OR ')} ${(query.match(filterRe) ?? []).join(' ')}`;
}

/** Facet counts over the best FACET_SAMPLE matches of the query with its filters. */
export function facetsOf(store: SqliteCaseStore, query: string, filters: Record<string, string>): Facets {
  const parsed = parseQuery(query);
  const rows = store.search(parsed.match, { ...parsed.filters, ...filters }, FACET_SAMPLE, parsed.exclude);
  const ids = JSON.stringify(rows.map((r) => r.rowid));
  const count = (pairs: { value: string; n: number }[]): FacetCount[] => {
    const m = new Map<string, number>();
    for (const p of pairs) m.set(p.value, (m.get(p.value) ?? 0) + p.n);
    return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  const mimes = store.db.prepare('SELECT mime AS value, count(*) AS n FROM documents WHERE rowid IN (SELECT value FROM json_each(?)) GROUP BY mime').all(ids) as { value: string; n: number }[];
  const langs = store.db.prepare('SELECT l.value AS value, count(*) AS n FROM documents d, json_each(d.languages) l WHERE d.rowid IN (SELECT value FROM json_each(?)) GROUP BY l.value').all(ids) as { value: string; n: number }[];
  const sources = store.db
    .prepare('SELECT s.label AS value, count(DISTINCT d.rowid) AS n FROM documents d JOIN files f ON f.sha256 = d.sha256 JOIN sources s ON s.id = f.source_id WHERE d.rowid IN (SELECT value FROM json_each(?)) GROUP BY s.label')
    .all(ids) as { value: string; n: number }[];
  return { type: count(mimes.map((m) => ({ value: GROUP_OF_MIME.get(m.value) ?? m.value, n: m.n }))), lang: count(langs), source: count(sources) };
}

/** The workbench search: hits exactly as search() gives them, the persons it expanded, and facets. */
export function workbenchSearch(store: SqliteCaseStore, query: string, opts: SearchOptions): WorkbenchSearch {
  const t0 = performance.now();
  const { limit, ...filters } = opts;
  const defined = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
  const parsed = parseQuery(query);
  if (parsed.match === null && parsed.exclude === null && Object.keys(parsed.filters).length === 0 && Object.keys(defined).length === 0) {
    throw new BadInputError('nothing to search: give words, a "phrase", prefix*, or a filter (type, lang, source, from, to)');
  }
  const { hits, expanded } = search(store, query, { ...defined, ...(limit !== undefined ? { limit } : {}) });
  const facets = facetsOf(store, effectiveQuery(query, expanded), defined);
  return { hits, ms: performance.now() - t0, facets, expanded };
}
