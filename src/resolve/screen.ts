/**
 * Screening names against watchlists: a blocking index over the lists' names, then `compareNames` on a few
 * candidates per query instead of on every pair.
 *
 * Each indexed name posts under its tokens' consonant-skeleton keys (and a glued article's alternative), their
 * coarser "ultra" keys (so Khalaf finds Kalaf and Othman finds Osman) and the sorted pairs of its token keys;
 * each token also keeps its skeleton's first two letters for re-ranking. A query works in two stages:
 *  1. rarest key first, add the key's IDF to every name posted under it; keys held by more than `maxDf` names
 *     (Muhammad, Ali) are skipped once a few dozen names are found, so common names cost little;
 *  2. re-rank the best `POOL` names by how well each query token is met by one of the name's tokens (skeleton,
 *     ultra or prefix key, common tokens included), drop names that share keys with fewer than two query tokens
 *     when a single-token match could not reach the threshold anyway, and compare the best `maxCandidates`.
 * The index also supplies token rarity to the comparison, so that agreeing on "Muhammad" counts less than
 * agreeing on "Zawahiri".
 */
import { compareNames, defaultRarity, parseName, scoreNames, type NameKind, type NameToken, type ParsedName } from './names.js';
import type { WatchlistEntry, WatchlistName } from './watchlists/types.js';

interface IndexedName {
  entry: number;
  name: WatchlistName;
  parsed: ParsedName;
}

export interface ScreenIndex {
  entries: WatchlistEntry[];
  names: IndexedName[];
  /** Blocking key strings to ids; `postings[id]` lists the names (indexes into `names`) posted under the key. */
  keyIds: Map<string, number>;
  postings: number[][];
  /**
   * Every name's blocking key ids per content token, four per token (k, alt, u, f; -1 when absent), flat: name i
   * owns `tokenKeys[keyOffsets[i] .. keyOffsets[i + 1])` (one array, for cache-friendly re-ranking).
   */
  tokenKeys: Int32Array;
  keyOffsets: Int32Array;
  /** Each name's entry kind as a small integer (KIND_CODE), flat for the same reason. */
  nameKinds: Uint8Array;
  /** Names holding each token key (document frequency for rarity). */
  tokenDf: Map<string, number>;
  maxDf: number;
}

export interface IndexOptions {
  /** Index weak aliases too (default false: the lists call them broad and generic). */
  includeWeak?: boolean;
  /** Keys held by more names than this are skipped once enough candidates are found (default max(100, 1% of names)). */
  maxDf?: number;
}

function contentTokens(p: ParsedName): NameToken[] {
  return p.tokens.filter((t) => !t.stop && !t.initial && t.phon);
}

/**
 * A name's blocking keys as strings: per content token, four slots (k: skeleton, k: the glued-article
 * alternative, u: ultra key, f: the skeleton's first two letters; '' when absent), then p: the sorted pairs of
 * token skeletons. Kunya keys carry their marker.
 */
function blockKeys(p: ParsedName): { slots: string[]; pairs: string[] } {
  const toks = contentTokens(p);
  const slots: string[] = [];
  for (const t of toks) {
    const kunya = t.slot === 'kunya' ? `${t.umm ? 'umm' : 'abu'}:` : '';
    const skel = kunya ? t.key.slice(4) : t.key;
    slots.push(`k${t.key}`, t.altKey ? `k${t.altKey}` : '', `u${kunya}${t.ultra}`, skel.length >= 2 ? `f${kunya}${skel.slice(0, 2)}` : '');
  }
  const ks = [...new Set(toks.map((t) => t.key))].sort();
  const pairs: string[] = [];
  for (let i = 0; i < ks.length; i++) for (let j = i + 1; j < ks.length; j++) pairs.push(`p${ks[i]}|${ks[j]}`);
  return { slots, pairs };
}

const KIND_CODE: Record<NameKind, number> = { person: 0, organisation: 1, other: 2 };

/** Build the blocking index over the entries' names (primary and aka; weak aliases on request). */
export function buildIndex(entries: WatchlistEntry[], opts: IndexOptions = {}): ScreenIndex {
  const names: IndexedName[] = [];
  const keyIds = new Map<string, number>();
  const postings: number[][] = [];
  const tokenDf = new Map<string, number>();
  const flat: number[] = [];
  const offsets: number[] = [0];
  const idOf = (key: string): number => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = postings.length;
      keyIds.set(key, id);
      postings.push([]);
    }
    return id;
  };
  entries.forEach((e, ei) => {
    for (const n of e.names) {
      if (n.kind === 'weak-aka' && !opts.includeWeak) continue;
      const parsed = parseName(n.name, { kind: e.kind });
      if (contentTokens(parsed).length === 0) continue;
      const idx = names.length;
      const { slots, pairs } = blockKeys(parsed);
      const seen = new Set<number>();
      for (const k of slots) {
        if (!k) {
          flat.push(-1);
          continue;
        }
        const id = idOf(k);
        flat.push(id);
        seen.add(id);
      }
      offsets.push(flat.length);
      for (const k of pairs) seen.add(idOf(k));
      for (const id of seen) postings[id]!.push(idx);
      names.push({ entry: ei, name: n, parsed });
      for (const key of new Set(contentTokens(parsed).map((t) => t.key))) tokenDf.set(key, (tokenDf.get(key) ?? 0) + 1);
    }
  });
  const nameKinds = Uint8Array.from(names.map((n) => KIND_CODE[entries[n.entry]!.kind]));
  return { entries, names, keyIds, postings, tokenKeys: Int32Array.from(flat), keyOffsets: Int32Array.from(offsets), nameKinds, tokenDf, maxDf: opts.maxDf ?? Math.max(100, Math.round(names.length * 0.01)) };
}

/** Below this many names a list's own frequencies say nothing (in a list of two, every token is in half of it). */
export const MIN_NAMES_FOR_FREQUENCIES = 1000;

/**
 * Token rarity from the index's frequencies: 1 for a token held by under ~1 in 1,000 names (relative IDF ≥ 0.7),
 * falling linearly with the IDF to 0.2 for the commonest (Muhammad: about 0.45 on the OFAC list). A small list (a
 * partner's handful of names) uses the lexicon's prior instead (names.ts `defaultRarity`): with its own
 * frequencies an exact name on a two-name list scored 0.75 and was missed.
 */
export function rarityFrom(index: ScreenIndex): (t: NameToken) => number {
  if (index.names.length < MIN_NAMES_FOR_FREQUENCIES) return defaultRarity;
  const n = index.names.length + 1;
  const logN = Math.log(n);
  return (t) => {
    const df = index.tokenDf.get(t.key) ?? 0;
    const idf = Math.log(n / (df + 1)) / logN;
    return Math.min(1, Math.max(0.2, idf / 0.7));
  };
}

export interface ScreenOptions {
  /** Names compared in full per query (default 20). */
  maxCandidates?: number;
  /** Filled with counters when given. */
  stats?: ScreenStats;
}

export interface ScreenStats {
  queries: number;
  compared: number;
}

export interface NameHit {
  /** Index into `index.names`. */
  nameIndex: number;
  entryId: string;
  list: string;
  listName: string;
  nameKind: WatchlistName['kind'];
  score: number;
  ambiguous: boolean;
  explanation: string;
}

/** Stage-1 weight of a key by slot (k, alt, u, f) and for pairs; prefix keys only re-rank. */
const SLOT_WEIGHT = [1, 1, 0.7, 0] as const;
const PAIR_WEIGHT = 1;
/** Stage-2 weight of a match by slot (k, alt, u, f). */
const RERANK_WEIGHT = [1, 1, 0.7, 0.4] as const;
/** Candidates gathered before re-ranking, and the least the first stage gathers before skipping common keys. */
const POOL = 64;
const MIN_POOL = 32;

// Scratch accumulators, reused across queries (sized to the largest index seen).
let acc = new Float64Array(0);
let touched: number[] = [];
let selectBuf = new Float64Array(0);

/** The k-th largest of xs[0..n) (quickselect; reorders xs). */
function kthLargest(xs: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! > pivot) i++;
      while (xs[j]! < pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return xs[target]!;
}

/**
 * The candidate names (indexes into `index.names`) for one parsed query, best first. Stage 1 walks the query's
 * keys rarest first, adding each key's IDF to the names posted under it; keys held by more than `maxDf` names are
 * skipped once `MIN_POOL` names are found (and keys held by more than 4 × `maxDf` once any is). Stage 2 re-ranks
 * the best `POOL` of those by how well each query token is met by one of the candidate's tokens (skeleton, ultra
 * or prefix key, common tokens included), drops names meeting fewer than `minTokens` query tokens or of another
 * `kind`, and keeps `maxCandidates`.
 */
export function candidates(query: ParsedName, index: ScreenIndex, maxCandidates = 20, minTokens = 1, kind?: NameKind): number[] {
  if (acc.length < index.names.length) acc = new Float64Array(index.names.length);
  const n = index.names.length + 1;
  const { slots, pairs } = blockKeys(query);
  const nq = slots.length >> 2;
  // Key ids of the query's slots (-1 absent, -2 unknown to the index) and their stage-1 work list.
  const q = new Int32Array(slots.length);
  const work: { id: number; w: number }[] = [];
  const seen = new Set<number>();
  slots.forEach((k, i) => {
    if (!k) {
      q[i] = -1;
      return;
    }
    const id = index.keyIds.get(k);
    q[i] = id ?? -2;
    if (id === undefined || seen.has(id) || SLOT_WEIGHT[i & 3] === 0) return;
    seen.add(id);
    work.push({ id, w: SLOT_WEIGHT[i & 3]! });
  });
  for (const k of pairs) {
    const id = index.keyIds.get(k);
    if (id !== undefined) work.push({ id, w: PAIR_WEIGHT });
  }
  work.sort((a, b) => index.postings[a.id]!.length - index.postings[b.id]!.length);
  for (const { id, w } of work) {
    const list = index.postings[id]!;
    if (list.length > index.maxDf && (touched.length >= MIN_POOL || (list.length > 4 * index.maxDf && touched.length > 0))) continue;
    const inc = Math.log(n / list.length) * w;
    for (const i of list) {
      if (acc[i] === 0) touched.push(i);
      acc[i] = acc[i]! + inc;
    }
  }
  let pool = touched;
  if (pool.length > POOL) {
    if (selectBuf.length < pool.length) selectBuf = new Float64Array(pool.length * 2);
    for (let i = 0; i < pool.length; i++) selectBuf[i] = acc[pool[i]!]!;
    const cut = kthLargest(selectBuf, pool.length, POOL);
    pool = pool.filter((i) => acc[i]! >= cut);
  }
  for (const i of touched) acc[i] = 0;
  touched = [];
  const kindCode = kind ? KIND_CODE[kind] : -1;
  const ofKind = (ni: number): boolean => kindCode < 0 || index.nameKinds[ni] === kindCode;
  if (pool.length <= maxCandidates && minTokens <= 1) return pool.filter(ofKind);

  // Stage 2: each query token's best match among the candidate's tokens.
  const wk = new Float64Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const id = q[i]!;
    wk[i] = id >= 0 ? RERANK_WEIGHT[i & 3]! * Math.log(n / (index.postings[id]!.length + 1)) : 0;
  }
  const scores = new Float64Array(pool.length);
  const ct = index.tokenKeys;
  const offs = index.keyOffsets;
  for (let p = 0; p < pool.length; p++) {
    if (!ofKind(pool[p]!)) {
      scores[p] = -Infinity;
      continue;
    }
    const start = offs[pool[p]!]!;
    const nc = (offs[pool[p]! + 1]! - start) >> 2;
    let sc = 0;
    let matched = 0;
    for (let t = 0; t < nq; t++) {
      const k = q[t * 4]!;
      const alt = q[t * 4 + 1]!;
      const u = q[t * 4 + 2]!;
      const f = q[t * 4 + 3]!;
      let best = 0;
      for (let c = start; c < start + nc * 4; c += 4) {
        const ck = ct[c]!;
        const calt = ct[c + 1]!;
        let m = 0;
        if (k >= 0 && (k === ck || k === calt)) m = wk[t * 4]!;
        else if (alt >= 0 && (alt === ck || alt === calt)) m = wk[t * 4 + 1]!;
        else if (u >= 0 && u === ct[c + 2]) m = wk[t * 4 + 2]!;
        else if (f >= 0 && f === ct[c + 3]) m = wk[t * 4 + 3]!;
        if (m > best) best = m;
      }
      sc += best;
      // A token met only by the two-letter prefix key counts half towards `minTokens`.
      if (best > 0) matched += 1;
    }
    // Names with many more tokens than the query rank a little lower; too few tokens in common: out.
    scores[p] = matched < minTokens ? -Infinity : sc - 0.05 * Math.max(0, nc - nq);
  }
  const idx: number[] = [];
  for (let p = 0; p < pool.length; p++) if (scores[p] !== -Infinity) idx.push(p);
  if (idx.length > maxCandidates) idx.sort((a, b) => scores[b]! - scores[a]!);
  return idx.slice(0, maxCandidates).map((i) => pool[i]!);
}

/** Screen one name against the index: hits at or above `threshold`, best first, one per listed name. */
export function screenName(
  name: string | ParsedName,
  index: ScreenIndex,
  threshold: number,
  opts: ScreenOptions & { kind?: NameKind; rarity?: (t: NameToken) => number } = {},
): NameHit[] {
  const q = typeof name === 'string' ? parseName(name, { kind: opts.kind ?? 'person' }) : name;
  const rarity = opts.rarity ?? rarityFrom(index);
  // A person match resting on a single token is capped at 0.6 (names.ts): above that, candidates must share keys
  // with at least two of the query's tokens.
  const minTokens = threshold > 0.6 && q.kind === 'person' ? 2 : 1;
  const cands = candidates(q, index, opts.maxCandidates ?? 20, minTokens, opts.kind);
  if (opts.stats) {
    opts.stats.queries++;
    opts.stats.compared += cands.length;
  }
  const hits: NameHit[] = [];
  for (const ci of cands) {
    const c = index.names[ci]!;
    if (scoreNames(q, c.parsed, { rarity }).score < threshold) continue;
    const cmp = compareNames(q, c.parsed, { rarity });
    const e = index.entries[c.entry]!;
    hits.push({
      nameIndex: ci,
      entryId: e.id,
      list: e.list,
      listName: c.name.name,
      nameKind: c.name.kind,
      score: cmp.score,
      ambiguous: cmp.ambiguous,
      explanation: cmp.explanation,
    });
  }
  return hits.sort((a, b) => b.score - a.score);
}

export interface ScreenEntity {
  id: string;
  /** The entity's names (a document's spellings, in either script). */
  names: string[];
  /** When given, only entries of the same kind are screened (a person never hits a vessel or a company). */
  kind?: NameKind;
}

export interface ScreenHit {
  entityId: string;
  entryId: string;
  list: string;
  score: number;
  /** The entity's name and the listed name that matched best. */
  matchedPair: [string, string];
  explanation: string;
  ambiguous: boolean;
}

/**
 * Screen entities against the index: for each entity and each listed entry, the best-scoring pair of names at
 * or above `threshold`. Hits are sorted by entity, then score.
 */
export function screen(entities: ScreenEntity[], index: ScreenIndex, threshold: number, opts: ScreenOptions = {}): ScreenHit[] {
  const rarity = rarityFrom(index);
  const out: ScreenHit[] = [];
  for (const ent of entities) {
    const best = new Map<string, ScreenHit>();
    for (const name of ent.names) {
      const q = parseName(name, { kind: ent.kind ?? 'person' });
      for (const h of screenName(q, index, threshold, { ...opts, rarity, ...(ent.kind ? { kind: ent.kind } : {}) })) {
        const key = `${h.list}\u0000${h.entryId}`;
        const prev = best.get(key);
        if (!prev || h.score > prev.score) {
          best.set(key, {
            entityId: ent.id,
            entryId: h.entryId,
            list: h.list,
            score: h.score,
            matchedPair: [name, h.listName],
            explanation: h.explanation,
            ambiguous: h.ambiguous,
          });
        }
      }
    }
    out.push(...[...best.values()].sort((a, b) => b.score - a.score));
  }
  return out;
}
