/**
 * Searching a person by name in either script. A query that reads as a person's name ("Abu Hamza al-Ubaidi",
 * "Abou Hamza el-Obeidi", "أبو حمزة العبيدي") is compared with the case's person entities by the same name
 * comparison screening uses (resolve/names.ts through resolve/screen.ts's blocking index: transliteration keys,
 * so a Latin spelling meets its Arabic original). The names of every entity it matches closely, in both
 * scripts, are searched too, and the search says which entity brought them in. Words alone are not expanded: a
 * name needs two tokens, as in screening.
 */
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { buildIndex, rarityFrom, screenName, type ScreenIndex } from '../resolve/screen.js';
import { defaultRarity } from '../resolve/names.js';
import type { WatchlistEntry } from '../resolve/watchlists/types.js';

/** A name match must score this much (resolve/names.ts scores; 0.8 is `screen`'s default threshold). */
export const EXPANSION_THRESHOLD = 0.85;
/** At most this many entities expand one query: the best match, and a second only when it scores as well. */
const MAX_ENTITIES = 2;
const SECOND_WITHIN = 0.02;
/**
 * At most this many names of one entity are searched: its most frequent spelling in the other script than the
 * query's (the query's own script is searched as typed). Each name added is a phrase the index must match: at
 * a million documents, six names of three entities took p95 from 41 ms to 97 ms, two names 49–51 ms.
 */
const MAX_NAMES = 1;

export interface NameExpansion {
  entity: string;
  /** The entity's display name. */
  name: string;
  /** The entity's name the query matched, and how well. */
  matched: string;
  score: number;
  explanation: string;
  /** The names searched on its behalf. */
  names: string[];
}

/** Below this many names, frequencies in the case say little: the lexicon's idea of a common name decides. */
const MIN_NAMES_FOR_RARITY = 500;

const cache = new WeakMap<SqliteCaseStore, { signature: string; index: ScreenIndex | null }>();

/** The person entities as a screening index, rebuilt when the database has changed. */
function personIndex(store: SqliteCaseStore): ScreenIndex | null {
  const signature = `${store.db.pragma('data_version', { simple: true })}:${(store.db.prepare('SELECT total_changes() n').get() as { n: number }).n}`;
  const hit = cache.get(store);
  if (hit && hit.signature === signature) return hit.index;
  const entries: WatchlistEntry[] = store.entities
    .entities({ type: 'person', limit: 1_000_000 })
    .filter((e) => !e.ambiguous)
    .map((e) => ({
      id: e.id,
      list: 'case',
      kind: 'person' as const,
      names: e.names.map((n) => ({ name: n.value, script: n.script === 'arabic' ? ('ar' as const) : n.script === 'latin' ? ('latn' as const) : ('other' as const), kind: 'primary' as const })),
      programmes: [],
    }));
  const index = entries.length > 0 ? buildIndex(entries) : null;
  cache.set(store, { signature, index });
  return index;
}

/** The entities a name query stands for, with the names to search for each. Empty when the query is no name. */
export function expandName(store: SqliteCaseStore, words: string): NameExpansion[] {
  const text = words.trim();
  if (text.split(/\s+/).length < 2 || /["*():]|\b(?:AND|OR|NOT)\b|(?:^|\s)-/.test(text)) return [];
  const index = personIndex(store);
  if (!index) return [];
  const queryArabic = /[\u0600-\u06FF]/.test(text);
  const best = new Map<string, NameExpansion>();
  const rarity = index.names.length >= MIN_NAMES_FOR_RARITY ? rarityFrom(index) : defaultRarity;
  // Candidates sharing one token key at least (screenName asks for two above 0.6, which misses a name spelt
  // differently in two tokens), then the full comparison's score decides.
  for (const h of screenName(text, index, 0.6, { kind: 'person', rarity })) {
    if (h.score < EXPANSION_THRESHOLD || h.ambiguous || best.has(h.entryId) || best.size >= MAX_ENTITIES) continue;
    const top = [...best.values()][0];
    if (top && h.score < top.score - SECOND_WITHIN) continue;
    const e = store.entities.entity(h.entryId);
    if (!e) continue;
    const names = [...e.names]
      .filter((n) => (n.script === 'arabic') !== queryArabic)
      .sort((a, b) => b.count - a.count)
      .slice(0, MAX_NAMES)
      .map((n) => n.value);
    if (names.length === 0) continue;
    best.set(h.entryId, { entity: e.id, name: e.name, matched: h.listName, score: h.score, explanation: h.explanation, names });
  }
  return [...best.values()];
}
