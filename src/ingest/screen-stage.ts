/**
 * The screening stage (I/O edge): every person and organisation entity, under all its names in both scripts,
 * against the imported watchlists through a blocking index (resolve/screen.ts). Hits replace the previous hits
 * of the lists screened; each keeps its score, the matched pair of names and the explanation, and its evidence
 * documents are the entity's mentions.
 */
import { buildIndex, screen } from '../resolve/screen.js';
import type { WatchlistEntry } from '../resolve/watchlists/types.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';

/** Default score at or above which a pair of names is a hit: on the OFAC self-screen, 0.80 keeps 97.5 % precision (bench/screen.ts). */
export const DEFAULT_SCREEN_THRESHOLD = 0.8;

export interface ScreenSummary {
  lists: string[];
  entities: number;
  entries: number;
  hits: number;
  ms: number;
}

export function screenStage(store: SqliteCaseStore, opts: { list?: string; threshold?: number } = {}): ScreenSummary {
  const t0 = performance.now();
  const lists = store.entities.watchlists().filter((w) => !opts.list || w.name === opts.list);
  if (opts.list && lists.length === 0) throw new Error(`no watchlist named ${opts.list}: import it with \`ariadne watchlist import FILE --name ${opts.list}\``);
  const rows = lists.flatMap((w) => store.entities.watchlistEntries(w.name));
  const entryRow = new Map<string, number>();
  const entries = rows.map((r) => {
    const e = r.entry as WatchlistEntry;
    entryRow.set(`${r.list}\u0000${e.id}`, r.id);
    return { ...e, list: r.list };
  });
  const index = buildIndex(entries);
  const subjects = [...store.entities.entities({ type: 'person' }), ...store.entities.entities({ type: 'organisation' })]
    // A kunya or a given name alone is not screened: "Abu Muhammad" would hit half of any list.
    .filter((e) => !e.ambiguous)
    .map((e) => ({ id: e.id, kind: e.type === 'person' ? ('person' as const) : ('organisation' as const), names: [...new Set([...e.names.map((n) => n.surface), ...(e.nameLatin ? [e.nameLatin] : [])])] }));
  const hits = screen(subjects, index, opts.threshold ?? DEFAULT_SCREEN_THRESHOLD).flatMap((h) => {
    const entry = entryRow.get(`${h.list}\u0000${h.entryId}`);
    return entry === undefined ? [] : [{ entity: h.entityId, entry, score: h.score, entityName: h.matchedPair[0], listName: h.matchedPair[1], explanation: h.explanation }];
  });
  store.transaction(() => store.entities.replaceHits(lists.map((l) => l.id), hits));
  return { lists: lists.map((l) => l.name), entities: subjects.length, entries: entries.length, hits: hits.length, ms: performance.now() - t0 };
}
