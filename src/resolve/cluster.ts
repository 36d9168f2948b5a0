/**
 * Clustering of person mentions into entities (pure).
 *
 * A name's strength decides how far it can be trusted on its own. A full name (three or more name tokens: ism,
 * nasab, nisba) identifies a person wherever it is written, so its mentions are clustered by name. A shorter
 * name (a kunya with a nisba, a given name with a nisba) is often shared by several people in one group
 * ("Abu Hamza al-Qaisi" may be two men), and a kunya or a given name alone says almost nothing: their mentions
 * are placed one by one, by evidence in their own document:
 *   1. a selector (phone, e-mail, IBAN, wallet) written next to the mention and owned by a cluster;
 *   2. a fuller form of the same name in the same document ("أبو حمزة" after "أبو حمزة الشمري");
 *   3. failing that, the cluster that every other placed mention of the same name went to, if only one;
 * and otherwise stay in an entity of their own, marked ambiguous.
 *
 * Links are taken strongest first (analyst merges, name agreement, shared selectors, document evidence), and a
 * link is refused when it would put two conflicting names in one cluster (a different ism, kunya or nisba in
 * the same slot) or names an analyst marked as different. So one wrong binding cannot chain two people.
 */
import { compareNames, parseName, type NameComparison, type ParsedName } from './names.js';

export interface PersonMentionInput {
  id: number;
  doc: number;
  /** The normalised name (Mention.value). */
  value: string;
  surface: string;
}

/** A selector written next to a person mention (see bindings.ts). */
export interface Binding {
  mention: number;
  /** "type:value", e.g. "email:abu.hamza@example.org". */
  selector: string;
}

export interface Constraints {
  /** Names that must end up together (an analyst's merge). */
  together: string[][];
  /** Pairs of name groups that must stay apart (an analyst's split or "not the same"). */
  apart: [string[], string[]][];
}

export interface ClusterOptions {
  /** compareNames score at or above which two full names are one person. */
  threshold?: number;
  /** A blocking key shared by more names than this is only used as a name's rarest key. */
  maxBlock?: number;
}

export interface Cluster {
  /** Names (values) in the cluster, most mentioned first. */
  values: string[];
  /** The names that anchor the cluster (its full names, or the names of an ambiguous entity). */
  core: string[];
  mentions: number[];
  ambiguous: boolean;
  /** Why names were put together: one line per link. */
  evidence: string[];
}

export const DEFAULT_THRESHOLD = 0.86;
/** Two shorter names are spellings of one name when every token pair scores at least this. */
export const SPELLING_TOKEN_SCORE = 0.9;
/** Name tokens (not initials or particles) a name needs to be clustered on its own. */
export const FULL_NAME_TOKENS = 3;

export type Strength = 'full' | 'short' | 'weak';

export function strengthOf(p: ParsedName): Strength {
  if (p.kunyaOnly || p.content <= 1) return 'weak';
  return p.content >= FULL_NAME_TOKENS ? 'full' : 'short';
}

interface NameNode {
  value: string;
  parsed: ParsedName;
  strength: Strength;
  mentions: PersonMentionInput[];
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  /** Makes `b`'s root point at `a`'s; returns the new root. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
    return ra;
  }
}

export function clusterPersons(mentions: readonly PersonMentionInput[], bindings: readonly Binding[], constraints: Constraints = { together: [], apart: [] }, opts: ClusterOptions = {}): Cluster[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const maxBlock = opts.maxBlock ?? 400;

  // Names.
  const names: NameNode[] = [];
  const nameOf = new Map<string, number>();
  for (const m of mentions) {
    let i = nameOf.get(m.value);
    if (i === undefined) {
      const parsed = parseName(m.value);
      i = names.length;
      names.push({ value: m.value, parsed, strength: strengthOf(parsed), mentions: [] });
      nameOf.set(m.value, i);
    }
    names[i]!.mentions.push(m);
  }

  // Graph nodes: one per full name, one per selector, one per mention of a shorter name.
  const uf = new UnionFind();
  const fullNode = new Map<number, number>();
  const mentionNode = new Map<number, number>();
  const selectorNode = new Map<string, number>();
  /** Per root: the names in the cluster (for conflict checks) and why it was built. */
  const valuesAt = new Map<number, Set<number>>();
  const evidenceAt = new Map<number, string[]>();
  const node = (nameIndex?: number): number => {
    const n = uf.add();
    valuesAt.set(n, new Set(nameIndex === undefined ? [] : [nameIndex]));
    return n;
  };
  for (const [i, n] of names.entries()) {
    if (n.strength === 'full') fullNode.set(i, node(i));
    else for (const m of n.mentions) mentionNode.set(m.id, node(i));
  }
  const nodeOfMention = (m: PersonMentionInput): number => mentionNode.get(m.id) ?? fullNode.get(nameOf.get(m.value)!)!;
  for (const b of bindings) if (!selectorNode.has(b.selector)) selectorNode.set(b.selector, node());

  // Conflicts between names, cached.
  const conflictCache = new Map<string, boolean>();
  const conflict = (a: number, b: number): boolean => {
    if (a === b) return false;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    let c = conflictCache.get(key);
    if (c === undefined) {
      c = conflicting(compareNames(names[a]!.parsed, names[b]!.parsed));
      conflictCache.set(key, c);
    }
    return c;
  };
  const apartPairs = constraints.apart.map(([a, b]) => [new Set(a.map((v) => nameOf.get(v)).filter(isNumber)), new Set(b.map((v) => nameOf.get(v)).filter(isNumber))] as const);
  const apart = (x: Set<number>, y: Set<number>): boolean =>
    apartPairs.some(([a, b]) => ([...x].some((v) => a.has(v)) && [...y].some((v) => b.has(v))) || ([...x].some((v) => b.has(v)) && [...y].some((v) => a.has(v))));

  /** Joins two nodes' clusters unless that would put conflicting or separated names together. */
  const join = (a: number, b: number, why: string, force = false): boolean => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return false;
    const va = valuesAt.get(ra)!;
    const vb = valuesAt.get(rb)!;
    if (apart(va, vb)) return false;
    if (!force) for (const x of va) for (const y of vb) if (conflict(x, y)) return false;
    const r = uf.union(ra, rb);
    const gone = r === ra ? rb : ra;
    valuesAt.set(r, new Set([...va, ...vb]));
    valuesAt.delete(gone);
    evidenceAt.set(r, [...(evidenceAt.get(r) ?? []), ...(evidenceAt.get(gone) ?? []), why]);
    evidenceAt.delete(gone);
    return true;
  };

  // 1. Analyst merges: every mention of the named values, together.
  for (const group of constraints.together) {
    const nodes = group.flatMap((v) => {
      const i = nameOf.get(v);
      return i === undefined ? [] : names[i]!.mentions.map(nodeOfMention);
    });
    for (const n of nodes.slice(1)) join(nodes[0]!, n, `merged by an analyst: ${group.join(' = ')}`, true);
  }

  // 2. Full names that agree, blocked on each name's two rarest token keys.
  const full = [...fullNode.keys()];
  const keysOf = (n: NameNode) => [...new Set(n.parsed.tokens.filter((t) => !t.stop && !t.initial).map((t) => t.ultra))];
  const keyCount = new Map<string, number>();
  for (const i of full) for (const k of keysOf(names[i]!)) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  const blocks = new Map<string, number[]>();
  for (const i of full) {
    const keys = keysOf(names[i]!).sort((x, y) => (keyCount.get(x) ?? 0) - (keyCount.get(y) ?? 0));
    keys.slice(0, 2).forEach((k, rank) => {
      if (rank > 0 && (keyCount.get(k) ?? 0) > maxBlock) return;
      blocks.set(k, [...(blocks.get(k) ?? []), i]);
    });
  }
  const links: { a: number; b: number; score: number; why: string }[] = [];
  const seen = new Set<string>();
  for (const list of blocks.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x]!, list[y]!];
        const key = a < b ? `${a}:${b}` : `${b}:${a}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const c = compareNames(names[a]!.parsed, names[b]!.parsed);
        if (!c.ambiguous && c.score >= threshold) links.push({ a, b, score: c.score, why: `"${names[a]!.value}" ~ "${names[b]!.value}" (${c.score.toFixed(2)}): ${c.explanation}` });
      }
    }
  }
  links.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  for (const l of links) join(fullNode.get(l.a)!, fullNode.get(l.b)!, l.why);

  // 2b. Spellings of the same shorter name ("أبو يحيى القيسي", "Abu Yahya al-Kaisi"): one name group each.
  const groupUf = new UnionFind();
  names.forEach(() => groupUf.add());
  const shorter = names.map((_, i) => i).filter((i) => names[i]!.strength !== 'full');
  const shortBlocks = new Map<string, number[]>();
  for (const i of shorter) {
    const n = names[i]!;
    for (const k of keysOf(n)) shortBlocks.set(`${n.strength}:${k}`, [...(shortBlocks.get(`${n.strength}:${k}`) ?? []), i]);
  }
  const grouped = new Set<string>();
  for (const list of shortBlocks.values()) {
    if (list.length > maxBlock * 4) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x]!, list[y]!];
        const key = a < b ? `${a}:${b}` : `${b}:${a}`;
        if (grouped.has(key) || groupUf.find(a) === groupUf.find(b)) continue;
        grouped.add(key);
        const c = compareNames(names[a]!.parsed, names[b]!.parsed);
        // Spellings of one name: every token matched, each closely (al-Shammari is not al-Samarrai).
        if (c.score >= threshold && c.pairs.every((p) => p.type !== 'missing' && p.score >= SPELLING_TOKEN_SCORE)) groupUf.union(a, b);
      }
    }
  }

  // 3. Selectors: bound to full names first (they own it), then to the mentions of shorter names.
  const mentionById = new Map<number, PersonMentionInput>();
  for (const m of mentions) mentionById.set(m.id, m);
  const byStrength = (s: Strength) => bindings.filter((b) => names[nameOf.get(mentionById.get(b.mention)?.value ?? '') ?? -1]?.strength === s);
  for (const s of ['full', 'short', 'weak'] as const) {
    for (const b of byStrength(s)) {
      const m = mentionById.get(b.mention)!;
      join(selectorNode.get(b.selector)!, nodeOfMention(m), `"${m.value}" is written next to ${b.selector}`);
    }
  }

  // 4. Shorter names (a kunya or given name with a nisba) standing for a full name in the same document.
  const isAlone = (node: number) => uf.find(node) === node && valuesAt.get(node)!.size === 1 && !evidenceAt.get(node)?.length;
  const fullInDoc = new Map<number, number[]>();
  for (const i of full) for (const m of names[i]!.mentions) fullInDoc.set(m.doc, [...new Set([...(fullInDoc.get(m.doc) ?? []), i])]);
  const shortOnly = shorter.filter((i) => names[i]!.strength === 'short');
  for (const i of shortOnly) {
    const n = names[i]!;
    for (const m of n.mentions) {
      const node = mentionNode.get(m.id)!;
      if (!isAlone(node)) continue;
      const inDoc = fullInDoc.get(m.doc) ?? [];
      const fuller = inDoc.filter((f) => extendsName(n.parsed, names[f]!.parsed));
      const roots = new Set(fuller.map((f) => uf.find(fullNode.get(f)!)));
      if (roots.size === 1) {
        join([...roots][0]!, node, `"${n.value}" stands for "${names[fuller[0]!]!.value}" in the same document`);
        continue;
      }
      // A kunya with a nisba beside one full name with that nisba and nothing against it: the same man.
      if (fuller.length > 0) continue;
      const kin = inDoc.filter((f) => sharesSurname(n.parsed, names[f]!.parsed));
      const kinRoots = new Set(kin.map((f) => uf.find(fullNode.get(f)!)));
      if (kinRoots.size === 1) join([...kinRoots][0]!, node, `"${n.value}" and "${names[kin[0]!]!.value}" share a nisba in the same document, and no other name there does`);
    }
  }

  // 5. Shorter names still alone: where every placed mention of the same name (any spelling) went, if one
  //    cluster; a name never placed anywhere is one person of its own (the group's spellings together); a name
  //    placed with several people stays ambiguous.
  const placedRoots = new Map<number, Set<number>>();
  for (const i of shortOnly) {
    for (const m of names[i]!.mentions) {
      const node = mentionNode.get(m.id)!;
      const g = groupUf.find(i);
      if (!isAlone(node)) placedRoots.set(g, new Set([...(placedRoots.get(g) ?? []), uf.find(node)]));
    }
  }
  // A name never placed by a document: the one full name in the case it can stand for ("زياد التكريتي" for
  // "زياد بن عبد الكريم التكريتي"), if exactly one.
  const fullByKey = new Map<string, number[]>();
  for (const f of full) for (const k of keysOf(names[f]!)) fullByKey.set(k, [...(fullByKey.get(k) ?? []), f]);
  for (const i of shortOnly) {
    const g = groupUf.find(i);
    if (placedRoots.has(g)) continue;
    const keys = keysOf(names[i]!).sort((x, y) => (fullByKey.get(x)?.length ?? 0) - (fullByKey.get(y)?.length ?? 0));
    const candidates = (fullByKey.get(keys[0] ?? '') ?? []).filter((f) => extendsName(names[i]!.parsed, names[f]!.parsed));
    const roots = new Set(candidates.map((f) => uf.find(fullNode.get(f)!)));
    if (roots.size === 1) placedRoots.set(g, roots);
    else if (roots.size > 1) placedRoots.set(g, roots); // several full names fit: ambiguous
  }
  const ownCluster = new Map<number, number>();
  for (const i of shortOnly) {
    const n = names[i]!;
    const g = groupUf.find(i);
    const roots = placedRoots.get(g);
    if (roots && roots.size > 1) continue;
    for (const m of n.mentions) {
      const node = mentionNode.get(m.id)!;
      if (!isAlone(node)) continue;
      if (roots) join([...roots][0]!, node, `"${n.value}" means this person wherever a document tells, or is the short form of one full name only`);
      else {
        const own = ownCluster.get(g);
        if (own === undefined) ownCluster.set(g, node);
        else join(own, node, `"${n.value}" is one name, and no document ties it to anyone else`);
      }
    }
  }

  // 5b. A kunya or a given name alone standing for a placed name in the same document ("أبو حمزة" after
  //     "أبو حمزة الشمري" or "Abu Hamza al-Shammari").
  const placedInDoc = new Map<number, number[]>();
  for (const m of mentions) {
    const i = nameOf.get(m.value)!;
    if (names[i]!.strength === 'weak') continue;
    const node = nodeOfMention(m);
    if (names[i]!.strength === 'full' || !isAlone(node) || ownCluster.has(groupUf.find(i))) placedInDoc.set(m.doc, [...(placedInDoc.get(m.doc) ?? []), m.id]);
  }
  for (const i of shorter) {
    const n = names[i]!;
    if (n.strength !== 'weak') continue;
    for (const m of n.mentions) {
      const node = mentionNode.get(m.id)!;
      if (!isAlone(node)) continue;
      const fuller = (placedInDoc.get(m.doc) ?? []).map((id) => mentionById.get(id)!).filter((f) => extendsName(n.parsed, names[nameOf.get(f.value)!]!.parsed));
      const roots = new Set(fuller.map((f) => uf.find(nodeOfMention(f))));
      if (roots.size === 1) join([...roots][0]!, node, `"${n.value}" stands for "${fuller[0]!.value}" in the same document`);
    }
  }

  // 6. Clusters. Mentions still alone gather by name into ambiguous entities.
  const clusters = new Map<string, Cluster>();
  const counts = new Map<Cluster, Map<string, number>>();
  for (const m of mentions) {
    const node = nodeOfMention(m);
    const root = uf.find(node);
    const alone = mentionNode.has(m.id) && isAlone(node);
    // Alone: a shorter name's spellings form one ambiguous entity; a kunya or a given name alone is only
    // taken to be one person within one document.
    const i = nameOf.get(m.value)!;
    const key = !alone ? `root:${root}` : names[i]!.strength === 'weak' ? `weak:${groupUf.find(i)}:${m.doc}` : `short:${groupUf.find(i)}`;
    let c = clusters.get(key);
    if (!c) clusters.set(key, (c = { values: [], core: [], mentions: [], ambiguous: alone, evidence: alone ? [] : [...new Set(evidenceAt.get(root) ?? [])] }));
    c.mentions.push(m.id);
    const cc = counts.get(c) ?? new Map<string, number>();
    cc.set(m.value, (cc.get(m.value) ?? 0) + 1);
    counts.set(c, cc);
    const strength = names[nameOf.get(m.value)!]!.strength;
    if ((alone || strength === 'full') && !c.core.includes(m.value)) c.core.push(m.value);
  }
  for (const c of clusters.values()) {
    c.values = [...counts.get(c)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
    if (c.core.length === 0) c.core = [c.values[0]!];
    c.mentions.sort((a, b) => a - b);
  }
  return [...clusters.values()];
}

/**
 * Whether two names cannot be one person: a different token in the same slot. A laqab (al-Hajji, al-Tawil)
 * stands where a nisba stands but does not replace it, so a laqab against a nisba is no conflict.
 */
export function conflicting(c: NameComparison): boolean {
  const conflicts = c.pairs.filter((p) => p.conflict === true);
  const laqab = conflicts.some((p) => p.role === 'laqab');
  return conflicts.some((p) => !(laqab && (p.role === 'laqab' || p.role === 'nisba' || p.role === 'family')));
}

/** Whether two names share a nisba or family name and conflict nowhere. */
export function sharesSurname(short: ParsedName, full: ParsedName): boolean {
  const c = compareNames(short, full);
  return !conflicting(c) && c.pairs.some((p) => p.a !== undefined && p.b !== undefined && p.score >= 0.85 && (p.role === 'nisba' || p.role === 'family'));
}

/** Whether a shorter name can stand for `full`: each of its tokens matches one of `full`'s, none conflicts. */
export function extendsName(short: ParsedName, full: ParsedName): boolean {
  const c = compareNames(short, full);
  return c.pairs.every((p) => !(p.a !== undefined && p.b === undefined)) && !conflicting(c) && c.pairs.some((p) => p.a !== undefined && p.b !== undefined && p.score >= 0.85);
}

function isNumber(x: number | undefined): x is number {
  return x !== undefined;
}
