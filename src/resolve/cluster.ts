/**
 * Clustering of person mentions into entities (pure).
 *
 * A name's strength decides how far it can be trusted on its own. A full name (three or more name tokens: ism,
 * nasab, nisba) identifies a person wherever it is written, so its mentions are clustered by name. A shorter
 * name (a given name or a kunya with a nisba, a kunya with an epithet: "Abu Bilal al-Tawil") is often shared by
 * several people in one group ("Abu Hamza al-Qaisi" may be two men), and a kunya or a given name alone says
 * almost nothing. Shorter names are placed mention by mention, by evidence, strongest first:
 *   1. a selector (phone, e-mail, IBAN, wallet) written next to the mention;
 *   2. a fuller form of the same name (or the name itself) placed in the same document ("أبو حمزة" after "أبو
 *      حمزة الشمري", "Hisham al-Shammari" beside "Hisham bin Abd al-Rahman al-Shammari"), when all such forms
 *      there are one person;
 *   3. the name as a whole, all its spellings: its mentions no document placed go where its placed mentions
 *      went, when (nearly) all went to one person (NAME_MAJORITY): one stray placement does not make a name
 *      ambiguous, a real split between people does;
 *   4. one person in the same document already known under the name ("Abu Qutaiba al-Hiti" beside "Othman
 *      al-Hiti" once Othman is known as Abu Qutaiba al-Hiti);
 *   5. a name no document placed is the short form of the one full name in the case it can stand for ("زياد
 *      التكريتي" for "زياد بن عبد الكريم التكريتي"), or else one person of its own.
 * Then persons known only by a kunya are given to persons without one (one kunya per person):
 *   6. a kunya with a nisba and a person of that nisba written together in documents where no other person
 *      there could be the kunya's (for a kunya with an epithet: no other person there with that kunya): each
 *      document a vote, weighted by how few people it names (a letter or a chat says more than a ledger); linked
 *      when the votes come from two documents or more and are well ahead of every other candidate on both sides
 *      (COOCCURRENCE_MIN, COOCCURRENCE_MARGIN), strongest first;
 *   7. elimination within a nisba: when the persons of a nisba without a kunya and the kunyas of that nisba
 *      without a person are as many (at most ELIMINATION_MAX), the pairing most written together (the kunya in
 *      any form, even alone) is taken if it is well ahead of the next; with one of each, "the last of the
 *      nisba", one document together is enough.
 * Names an analyst set apart from a person and that no evidence placed since are one person each side. Last, a
 * kunya or a given name alone goes with a fuller form placed in its document (2), except in lists: a document
 * writing more than LIST_NAMES names is a ledger or a roll whose entries are separate people. Whatever is still
 * unplaced is ambiguous and one person only within its document: a kunya or given name alone ("an 'Abu
 * Muhammad' alone is not merged with everyone"), and a shorter name that evidence split between several people
 * (its unplaced mentions could be any of them).
 *
 * Every link is refused when it would put two conflicting names in one cluster (a different ism, kunya or nisba
 * in the same slot) or names an analyst marked as different, so one wrong binding cannot chain two people.
 * Latin spellings vary more than Arabic ones: two Latin names that conflict only on tokens that are both
 * spellings of the same token of an Arabic name in the cluster ("al-Uqaidi", "al-Akidi", "العكيدي") do not
 * conflict. Analyst merges are applied first and always hold.
 */
import { compareNames, parseName, type NameComparison, type ParsedName } from './names.js';
import { GIVEN_NAMES } from '../entities/lexicon/arabic-given-names.js';
import { normaliseArabic } from '../text/arabic.js';

type Gender = 'm' | 'f';
const foldLatin = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f'’ʿʾ]/g, '').toLowerCase();
/** Given names of one sex only (in Arabic script and their Latin spellings): زينب, Zaynab are a woman's. */
const SEX_OF_NAME = (() => {
  const seen = new Map<string, Set<string>>();
  const add = (k: string, sex: string) => seen.set(k, new Set([...(seen.get(k) ?? []), sex]));
  for (const g of GIVEN_NAMES) {
    if (g.sex === 'kunya') continue;
    add(normaliseArabic(g.arabic), g.sex);
    for (const l of g.latin) add(foldLatin(l), g.sex);
  }
  const out = new Map<string, Gender>();
  for (const [k, v] of seen) if (v.size === 1) out.set(k, [...v][0] as Gender);
  return out;
})();

/**
 * A name's sex when it says so: أبو/Abu is a man's kunya and أم/Umm a woman's, بنت/bint a daughter, and a given
 * name of one sex only. A man and a woman are never one person.
 */
export function genderOfName(p: ParsedName): Gender | undefined {
  for (const t of p.tokens) {
    if (t.slot === 'kunya') return t.umm ? 'f' : 'm';
    if (t.role === 'nasab' && /^(بنت|bint|bent)\b/i.test(t.text.trim())) return 'f';
    if (t.role === 'ism' || t.role === 'given') {
      const sex = SEX_OF_NAME.get(t.script === 'arabic' ? normaliseArabic(t.text) : foldLatin(t.text));
      if (sex) return sex;
    }
  }
  return undefined;
}

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
/** Two shorter names are spellings of one name when every token pair scores at least this, */
export const SPELLING_TOKEN_SCORE = 0.85;
/** ... or at least this for tokens with the same consonant skeleton (a transliteration). */
export const SPELLING_SKELETON_SCORE = 0.8;
/** Name tokens (not initials or particles) a name needs to be clustered on its own. */
export const FULL_NAME_TOKENS = 3;
/** A name's placements decide for all its mentions when one person holds at least this share of them. */
export const NAME_MAJORITY = 0.8;
/** Co-occurrence weight (see linkByCooccurrence) a kunya needs to be given to a person. */
export const COOCCURRENCE_MIN = 0.1;
/** ... and how many times the next candidate's weight it must reach. */
export const COOCCURRENCE_MARGIN = 2;
/** Step 7 pairs kunyas with persons of a nisba when there are at most this many of each. */
export const ELIMINATION_MAX = 5;

/**
 * A document writing more different names than this is a list (a ledger, a payroll): its entries are separate,
 * so a kunya or a given name alone there is not taken for a fuller form written in another entry.
 */
export const LIST_NAMES = 12;

export type Strength = 'full' | 'short' | 'weak';

/**
 * full: three or more name tokens; short: two (a given name or kunya with a nisba, a kunya with an epithet);
 * weak: one (a kunya or a given name alone).
 */
export function strengthOf(p: ParsedName): Strength {
  if (p.content <= 1) return 'weak';
  if (p.kunyaOnly) return 'short';
  return p.content >= FULL_NAME_TOKENS ? 'full' : 'short';
}

interface NameNode {
  value: string;
  parsed: ParsedName;
  strength: Strength;
  /** Written with a kunya (Abu/Umm X). */
  kunya: boolean;
  script: 'arabic' | 'latin' | 'other';
  /** Coarse keys of the name's tokens (for quick rejection). */
  keys: string[];
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
  return new PersonClusterer(mentions, bindings, constraints, opts).run();
}

const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);
const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
};

class PersonClusterer {
  private readonly threshold: number;
  private readonly maxBlock: number;
  private readonly names: NameNode[] = [];
  private readonly nameOf = new Map<string, number>();
  private readonly uf = new UnionFind();
  /** Per root: the names in the cluster (for conflict checks) and why it was built. */
  private readonly valuesAt = new Map<number, Set<number>>();
  private readonly evidenceAt = new Map<number, string[]>();
  private readonly fullNode = new Map<number, number>();
  private readonly mentionNode = new Map<number, number>();
  private readonly selectorNode = new Map<string, number>();
  private readonly mentionById = new Map<number, PersonMentionInput>();
  private readonly inDoc = new Map<number, PersonMentionInput[]>();
  /** Spelling groups of names (one name in several spellings and scripts). */
  private readonly groups = new UnionFind();
  private readonly comparisons = new Map<string, NameComparison>();
  private readonly apartPairs: (readonly [Set<number>, Set<number>])[];
  /** Names grouped by spelling group, for the decisions made per name. */
  private groupMembers = new Map<number, number[]>();

  constructor(
    private readonly mentions: readonly PersonMentionInput[],
    private readonly bindings: readonly Binding[],
    private readonly constraints: Constraints,
    opts: ClusterOptions,
  ) {
    this.threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    this.maxBlock = opts.maxBlock ?? 400;
    for (const m of mentions) {
      let i = this.nameOf.get(m.value);
      if (i === undefined) {
        const parsed = parseName(m.value);
        i = this.names.length;
        this.names.push({
          value: m.value,
          parsed,
          strength: strengthOf(parsed),
          kunya: parsed.tokens.some((t) => t.slot === 'kunya'),
          script: /[\u0600-\u06FF]/.test(m.value) ? 'arabic' : /[A-Za-z]/.test(m.value) ? 'latin' : 'other',
          keys: [...new Set(parsed.tokens.filter((t) => !t.stop && !t.initial).map((t) => t.ultra))],
          mentions: [],
        });
        this.nameOf.set(m.value, i);
        this.groups.add();
      }
      this.names[i]!.mentions.push(m);
      this.mentionById.set(m.id, m);
      push(this.inDoc, m.doc, m);
    }
    for (const [i, n] of this.names.entries()) {
      if (n.strength === 'full') this.fullNode.set(i, this.node(i));
      else for (const m of n.mentions) this.mentionNode.set(m.id, this.node(i));
    }
    for (const b of bindings) if (!this.selectorNode.has(b.selector)) this.selectorNode.set(b.selector, this.node());
    const indices = (vs: string[]) => new Set(vs.map((v) => this.nameOf.get(v)).filter((x): x is number => x !== undefined));
    this.apartPairs = constraints.apart.map(([a, b]) => [indices(a), indices(b)] as const);
  }

  run(): Cluster[] {
    this.analystMerges();
    this.clusterFullNames();
    this.groupSpellings();
    this.placeBySelectors(); // 1
    // Shorter names: given names with a nisba first (they lead to full names), then kunyas, which may follow them.
    const isShort = (kunya: boolean) => (i: number) => this.names[i]!.strength === 'short' && this.names[i]!.kunya === kunya;
    for (const kunya of [false, true]) {
      this.placeByFullerForms(isShort(kunya)); // 2
      this.placeByName(isShort(kunya)); // 3
      this.placeByBearers(isShort(kunya)); // 4
      this.placeByName(isShort(kunya));
      this.placeAlone(isShort(kunya)); // 5
    }
    this.linkByCooccurrence(); // 6
    this.linkByElimination(); // 7
    this.gatherSeparated();
    // A kunya or a given name alone: a fuller form in its document, outside lists.
    this.placeByFullerForms((i) => this.names[i]!.strength === 'weak', LIST_NAMES);
    return this.clusters();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The graph

  private node(nameIndex?: number): number {
    const n = this.uf.add();
    this.valuesAt.set(n, new Set(nameIndex === undefined ? [] : [nameIndex]));
    return n;
  }

  private nodeOf(m: PersonMentionInput): number {
    return this.mentionNode.get(m.id) ?? this.fullNode.get(this.nameOf.get(m.value)!)!;
  }

  private rootOf(m: PersonMentionInput): number {
    return this.uf.find(this.nodeOf(m));
  }

  private nameIndex(m: PersonMentionInput): number {
    return this.nameOf.get(m.value)!;
  }

  /** A mention of a shorter name not placed yet (full names are always placed: they are clusters). */
  private alone(m: PersonMentionInput): boolean {
    const node = this.mentionNode.get(m.id);
    if (node === undefined) return false;
    return this.uf.find(node) === node && !this.evidenceAt.get(node)?.length && this.valuesAt.get(node)!.size === 1;
  }

  private compare(a: number, b: number): { c: NameComparison; flipped: boolean } {
    const flipped = a > b;
    const key = flipped ? `${b}:${a}` : `${a}:${b}`;
    let c = this.comparisons.get(key);
    if (!c) {
      c = flipped ? compareNames(this.names[b]!.parsed, this.names[a]!.parsed) : compareNames(this.names[a]!.parsed, this.names[b]!.parsed);
      this.comparisons.set(key, c);
    }
    return { c, flipped };
  }

  private conflict(a: number, b: number): boolean {
    return a !== b && conflicting(this.compare(a, b).c);
  }

  /** Name `a` can stand for name `b`: each of a's tokens matches one of b's, and nothing conflicts. */
  private extends(a: number, b: number): boolean {
    if (a === b) return true;
    const na = this.names[a]!;
    const nb = this.names[b]!;
    if (!na.keys.some((k) => nb.keys.includes(k))) return false;
    const { c, flipped } = this.compare(a, b);
    return extendsComparison(c, flipped);
  }

  /**
   * Names `x` and `y` conflict, unless both are Latin and every token they conflict on is a spelling of one and
   * the same token of an Arabic name in `pool` ("al-Uqaidi" and "al-Akidi" are both "العكيدي").
   */
  private conflictIn(x: number, y: number, pool: Iterable<number>): boolean {
    if (!this.conflict(x, y)) return false;
    if (this.names[x]!.script !== 'latin' || this.names[y]!.script !== 'latin') return true;
    const { c, flipped } = this.compare(x, y);
    const onX = c.pairs.filter((p) => p.conflict && (flipped ? p.b : p.a) !== undefined).map((p) => (flipped ? p.b : p.a)!);
    const onY = c.pairs.filter((p) => p.conflict && (flipped ? p.a : p.b) !== undefined).map((p) => (flipped ? p.a : p.b)!);
    if (onX.length === 0 || onY.length === 0) return true;
    for (const z of pool) {
      if (this.names[z]!.script !== 'arabic') continue;
      const mx = this.closeTokens(x, z);
      const my = this.closeTokens(y, z);
      const tx = onX.map((t) => mx.get(t));
      const ty = onY.map((t) => my.get(t));
      if (tx.includes(undefined) || ty.includes(undefined)) continue;
      const sx = new Set(tx);
      const sy = new Set(ty);
      if (sx.size === sy.size && [...sx].every((t) => sy.has(t))) return false;
    }
    return true;
  }

  /** The tokens of `a` that match a token of `b` closely, with that token (texts). */
  private closeTokens(a: number, b: number): Map<string, string> {
    const { c, flipped } = this.compare(a, b);
    const out = new Map<string, string>();
    if (conflicting(c)) return out;
    for (const p of c.pairs) {
      const own = flipped ? p.b : p.a;
      const other = flipped ? p.a : p.b;
      if (own !== undefined && other !== undefined && closeToken(p)) out.set(own, other);
    }
    return out;
  }

  /**
   * Two shorter names are spellings of one name: every token matched, each closely (by the same consonant
   * skeleton, a transliteration, or nearly the same letters). Al-Shammari is not al-Samarrai, al-Iraqi is not
   * al-Raqqawi.
   */
  private sameSpelling(c: NameComparison): boolean {
    return c.pairs.every(closeToken) && !conflicting(c);
  }

  private apart(x: Set<number>, y: Set<number>): boolean {
    for (const [a, b] of this.apartPairs) {
      const xa = [...x].some((v) => a.has(v));
      const xb = [...x].some((v) => b.has(v));
      if ((xa && [...y].some((v) => b.has(v))) || (xb && [...y].some((v) => a.has(v)))) return true;
    }
    return false;
  }

  private readonly genders = new Map<number, Gender | undefined>();
  private genderOf(i: number): Gender | undefined {
    if (!this.genders.has(i)) this.genders.set(i, genderOfName(this.names[i]!.parsed));
    return this.genders.get(i);
  }

  /** Whether two clusters may be joined: no analyst separation, no conflicting names, not a man and a woman. */
  private compatible(ra: number, rb: number): boolean {
    const va = this.valuesAt.get(ra)!;
    const vb = this.valuesAt.get(rb)!;
    if (this.apartPairs.length && this.apart(va, vb)) return false;
    const gendersA = new Set([...va].map((x) => this.genderOf(x)).filter(Boolean));
    if (gendersA.size > 0 && [...vb].some((y) => { const g = this.genderOf(y); return g !== undefined && !gendersA.has(g); })) return false;
    let pool: number[] | undefined;
    for (const x of va) {
      for (const y of vb) {
        if (x === y || !this.conflict(x, y)) continue;
        pool ??= [...va, ...vb];
        if (this.conflictIn(x, y, pool)) return false;
      }
    }
    return true;
  }

  /** Joins two nodes' clusters unless that would put conflicting or separated names together. */
  private join(a: number, b: number, why: string, force = false): boolean {
    const ra = this.uf.find(a);
    const rb = this.uf.find(b);
    if (ra === rb) return false;
    const va = this.valuesAt.get(ra)!;
    const vb = this.valuesAt.get(rb)!;
    if (force ? this.apartPairs.length > 0 && this.apart(va, vb) : !this.compatible(ra, rb)) return false;
    const [big, small] = va.size >= vb.size ? [ra, rb] : [rb, ra];
    const r = this.uf.union(big, small);
    const gone = r === ra ? rb : ra;
    const values = this.valuesAt.get(r)!;
    for (const v of this.valuesAt.get(gone)!) values.add(v);
    this.valuesAt.delete(gone);
    const ev = this.evidenceAt.get(r) ?? [];
    for (const line of this.evidenceAt.get(gone) ?? []) ev.push(line);
    ev.push(why);
    this.evidenceAt.set(r, ev);
    this.evidenceAt.delete(gone);
    return true;
  }

  /** How many different names (spelling groups) a document's mentions are. */
  private distinctNames(ms: readonly PersonMentionInput[]): number {
    return new Set(ms.map((m) => this.groups.find(this.nameIndex(m)))).size;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Steps

  /** Analyst merges: every mention of the named values, together. */
  private analystMerges(): void {
    for (const group of this.constraints.together) {
      const nodes = group.flatMap((v) => {
        const i = this.nameOf.get(v);
        return i === undefined ? [] : this.names[i]!.mentions.map((m) => this.nodeOf(m));
      });
      for (const n of nodes.slice(1)) this.join(nodes[0]!, n, `merged by an analyst: ${group.join(' = ')}`, true);
    }
  }

  /** Full names that agree, blocked on each name's two rarest token keys, best links first. */
  private clusterFullNames(): void {
    const full = [...this.fullNode.keys()];
    const keyCount = new Map<string, number>();
    for (const i of full) for (const k of this.names[i]!.keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
    const blocks = new Map<string, number[]>();
    for (const i of full) {
      const keys = [...this.names[i]!.keys].sort((x, y) => (keyCount.get(x) ?? 0) - (keyCount.get(y) ?? 0));
      keys.slice(0, 2).forEach((k, rank) => {
        if (rank > 0 && (keyCount.get(k) ?? 0) > this.maxBlock) return;
        push(blocks, k, i);
      });
    }
    const links: { a: number; b: number; score: number; why: string }[] = [];
    const seen = new Set<string>();
    for (const list of blocks.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const [a, b] = [list[x]!, list[y]!];
          const key = pairKey(a, b);
          if (seen.has(key)) continue;
          seen.add(key);
          const { c } = this.compare(a, b);
          if (!c.ambiguous && c.score >= this.threshold) links.push({ a, b, score: c.score, why: `"${this.names[a]!.value}" ~ "${this.names[b]!.value}" (${c.score.toFixed(2)}): ${c.explanation}` });
        }
      }
    }
    links.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
    for (const l of links) this.join(this.fullNode.get(l.a)!, this.fullNode.get(l.b)!, l.why);
  }

  /** Spellings of the same shorter name ("أبو يحيى القيسي", "Abu Yahya al-Kaisi"): one spelling group each. */
  private groupSpellings(): void {
    const blocks = new Map<string, number[]>();
    for (const [i, n] of this.names.entries()) {
      if (n.strength === 'full') continue;
      for (const k of n.keys) push(blocks, `${n.strength}:${n.kunya}:${n.parsed.tokens.length}:${k}`, i);
    }
    const done = new Set<string>();
    for (const list of blocks.values()) {
      if (list.length > this.maxBlock * 4) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const [a, b] = [list[x]!, list[y]!];
          const key = pairKey(a, b);
          if (done.has(key) || this.groups.find(a) === this.groups.find(b)) continue;
          done.add(key);
          const { c } = this.compare(a, b);
          if (this.sameSpelling(c)) this.groups.union(a, b);
        }
      }
    }
    this.groupMembers = new Map();
    for (const i of this.names.keys()) push(this.groupMembers, this.groups.find(i), i);
  }

  /** Step 1: selectors, bound to full names first (they own it), then to the mentions of shorter names. */
  private placeBySelectors(): void {
    const strengthOfMention = (b: Binding) => {
      const m = this.mentionById.get(b.mention);
      return m ? this.names[this.nameIndex(m)]!.strength : undefined;
    };
    for (const s of ['full', 'short', 'weak'] as const) {
      for (const b of this.bindings) {
        if (strengthOfMention(b) !== s) continue;
        const m = this.mentionById.get(b.mention)!;
        this.join(this.selectorNode.get(b.selector)!, this.nodeOf(m), `"${m.value}" is written next to ${b.selector}`);
      }
    }
  }

  /**
   * Step 2: a mention standing for a fuller form of its name (or the same name) placed in the same document, when
   * all such forms there are one person. Repeated until nothing moves (a placement can place the next).
   */
  private placeByFullerForms(which: (i: number) => boolean, maxNames = Infinity): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const [, ms] of this.inDoc) {
        if (this.distinctNames(ms) > maxNames) continue;
        for (const m of ms) {
          const i = this.nameIndex(m);
          if (!which(i) || !this.alone(m)) continue;
          const fuller = ms.filter((f) => f !== m && !this.alone(f) && this.names[this.nameIndex(f)]!.parsed.content >= this.names[i]!.parsed.content && this.extends(i, this.nameIndex(f)));
          const roots = new Set(fuller.map((f) => this.rootOf(f)));
          if (roots.size !== 1) continue;
          if (this.join([...roots][0]!, this.nodeOf(m), `"${m.value}" stands for "${fuller[0]!.value}" in the same document`)) changed = true;
        }
      }
    }
  }

  /**
   * Step 3: mentions still alone follow their name (all its spellings), to the person that (nearly) all its
   * placed mentions went to. A name never placed anywhere waits (step 5); a name split between people stays so.
   */
  private placeByName(which: (i: number) => boolean): void {
    for (const [g, members] of this.groupMembers) {
      if (!which(members[0]!)) continue;
      const votes = new Map<number, number>();
      const waiting: PersonMentionInput[] = [];
      for (const i of members) {
        for (const m of this.names[i]!.mentions) {
          if (this.alone(m)) waiting.push(m);
          else votes.set(this.rootOf(m), (votes.get(this.rootOf(m)) ?? 0) + 1);
        }
      }
      if (waiting.length === 0 || votes.size === 0) continue;
      const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
      const total = ranked.reduce((s, [, n]) => s + n, 0);
      const [root, n] = ranked[0]!;
      if (ranked.length > 1 && (n < NAME_MAJORITY * total || n < 3)) continue;
      const shown = this.names[g]!.value;
      const why = ranked.length === 1 ? `"${shown}" means this person wherever a document tells` : `"${shown}" means this person in ${n} of the ${total} places a document tells`;
      for (const m of waiting) this.join(root, this.nodeOf(m), why);
    }
  }

  /**
   * Step 6: persons known by a kunya with a nisba ("أبو قتيبة الهيتي") and persons of that nisba without a kunya
   * ("عثمان الهيتي"), written together in documents where no other person there could be the kunya's. See the
   * module comment; votes are counted again after each round of links.
   */
  private linkByCooccurrence(): void {
    for (let round = 0; round < 8; round++) {
      const votes = new Map<string, { a: number; b: number; weight: number; docs: number; via: number }>();
      const forA = new Map<number, Map<number, number>>();
      const forB = new Map<number, Map<number, number>>();
      const compatible = new Map<string, boolean>();
      const index = new Map<number, Map<string, number[]>>();
      /** A cluster's names by token key, to find the names that can anchor a kunya quickly. */
      const byKey = (r: number) => {
        let m = index.get(r);
        if (!m) {
          m = new Map();
          for (const v of this.valuesAt.get(r)!) for (const k of this.names[v]!.keys) push(m, k, v);
          index.set(r, m);
        }
        return m;
      };
      const anchoredIn = (k: number, r: number) => this.anchorKeys(k).some((key) => (byKey(r).get(key) ?? []).some((v) => this.anchors(k, v)));
      for (const [, ms] of this.inDoc) {
        const present = new Map<number, Set<number>>();
        let lone = false;
        for (const f of ms) {
          if (this.alone(f)) lone = true;
          else {
            const r = this.rootOf(f);
            const here = present.get(r) ?? new Set<number>();
            here.add(this.nameIndex(f));
            present.set(r, here);
          }
        }
        if (present.size < 2) continue;
        // People the document names: the clusters present, and at least one more for mentions still alone.
        const weight = 1 / (present.size + (lone ? 1 : 0) - 1);
        for (const [a, here] of present) {
          const kunyas = [...here].filter((i) => this.names[i]!.strength === 'short' && this.names[i]!.kunya);
          if (kunyas.length === 0) continue;
          const candidates = [...present.keys()].filter((b) => {
            if (b === a || !kunyas.some((k) => anchoredIn(k, b))) return false;
            const key = pairKey(a, b);
            let ok = compatible.get(key);
            if (ok === undefined) compatible.set(key, (ok = this.compatible(a, b)));
            return ok;
          });
          if (candidates.length !== 1) continue;
          const b = candidates[0]!;
          const key = `${a}:${b}`;
          const v = votes.get(key) ?? { a, b, weight: 0, docs: 0, via: kunyas[0]! };
          v.weight += weight;
          v.docs++;
          votes.set(key, v);
          const ma = forA.get(a) ?? new Map<number, number>();
          ma.set(b, (ma.get(b) ?? 0) + weight);
          forA.set(a, ma);
          const mb = forB.get(b) ?? new Map<number, number>();
          mb.set(a, (mb.get(a) ?? 0) + weight);
          forB.set(b, mb);
        }
      }
      const next = (m: Map<number, number>, except: number) => Math.max(0, ...[...m.entries()].filter(([k]) => k !== except).map(([, w]) => w));
      const used = new Set<number>();
      let linked = 0;
      for (const v of [...votes.values()].sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b)) {
        if (v.weight < COOCCURRENCE_MIN) break;
        if (v.docs < 2 || used.has(v.a) || used.has(v.b)) continue;
        if (v.weight < COOCCURRENCE_MARGIN * next(forA.get(v.a)!, v.b) || v.weight < COOCCURRENCE_MARGIN * next(forB.get(v.b)!, v.a)) continue;
        const why = `"${this.names[v.via]!.value}" is written with "${this.shownName(v.b)}" in ${v.docs} documents (weight ${v.weight.toFixed(2)}) where no one else could be the kunya's`;
        if (this.join(v.a, v.b, why)) {
          linked++;
          used.add(v.a);
          used.add(v.b);
        }
      }
      if (linked === 0) break;
    }
  }

  /** A cluster's fullest name, for evidence lines. */
  private shownName(root: number): string {
    let best = -1;
    for (const v of this.valuesAt.get(this.uf.find(root))!) if (best < 0 || this.names[v]!.parsed.content > this.names[best]!.parsed.content) best = v;
    return best < 0 ? '' : this.names[best]!.value;
  }

  /**
   * Step 7: one kunya per person, within a nisba. Of the clusters the case has with a nisba, take those known only
   * by kunyas and those without any kunya; when they are as many on both sides (at most ELIMINATION_MAX), each
   * person without a kunya is one of those kunyas. Each pair gets the documents where the person is written with
   * the kunya in any form ("ظاهر الدليمي" and "أبو جعفر" in one chat), weighted as in step 6; the assignment
   * with the most weight is taken when every pair in it has some, and it is COOCCURRENCE_MARGIN times the next
   * assignment's. With one on each side this is the last of the nisba: "أبو جعفر الدليمي" and "ظاهر الدليمي"
   * once everyone else called al-Dulaimi has a kunya. Repeated while it links.
   */
  private linkByElimination(): void {
    const nisbaKeys = (i: number) => this.names[i]!.parsed.tokens.filter((t) => t.role === 'nisba' || t.role === 'family').map((t) => t.ultra);
    for (let round = 0; round < 8; round++) {
      const docsOf = new Map<number, Set<number>>();
      for (const m of this.mentions) {
        if (this.alone(m)) continue;
        const r = this.rootOf(m);
        const d = docsOf.get(r) ?? new Set<number>();
        d.add(m.doc);
        docsOf.set(r, d);
      }
      const kunyaOnly = new Map<string, number[]>();
      const noKunya = new Map<string, number[]>();
      for (const r of docsOf.keys()) {
        const vs = [...this.valuesAt.get(r)!];
        const withKunya = vs.filter((v) => this.names[v]!.kunya);
        if (withKunya.length === vs.length) {
          const keys = new Set(withKunya.filter((v) => this.names[v]!.strength === 'short' && !this.names[v]!.parsed.kunyaOnly).flatMap(nisbaKeys));
          for (const k of keys) push(kunyaOnly, k, r);
        } else if (withKunya.length === 0) {
          for (const k of new Set(vs.flatMap(nisbaKeys))) push(noKunya, k, r);
        }
      }
      // Components of "could be each other by the nisba": kunya clusters and clusters without a kunya.
      const ties = new Map<number, Set<number>>();
      const tie = (x: number, y: number) => {
        const t = ties.get(x) ?? new Set<number>();
        t.add(y);
        ties.set(x, t);
      };
      for (const [key, as] of kunyaOnly) {
        for (const a of as) {
          for (const b of noKunya.get(key) ?? []) {
            if (ties.get(a)?.has(b) || !this.tied(a, b)) continue;
            tie(a, b);
            tie(b, a);
          }
        }
      }
      let linked = 0;
      const seen = new Set<number>();
      for (const start of ties.keys()) {
        if (seen.has(start)) continue;
        const component: number[] = [];
        for (const stack = [start]; stack.length; ) {
          const x = stack.pop()!;
          if (seen.has(x)) continue;
          seen.add(x);
          component.push(x);
          stack.push(...ties.get(x)!);
        }
        const as = component.filter((r) => this.names[[...this.valuesAt.get(r)!][0]!]!.kunya);
        const bs = component.filter((r) => !as.includes(r));
        if (as.length !== bs.length || as.length > ELIMINATION_MAX) continue;
        const weight = as.map((a) => bs.map((b) => (ties.get(a)!.has(b) ? this.writtenWithKunya(a, b, docsOf.get(b)!) : 0)));
        const best = bestAssignments(weight);
        if (!best || (best.second > 0 && best.total < COOCCURRENCE_MARGIN * best.second)) continue;
        for (const [x, y] of best.pairs.entries()) {
          const [a, b] = [as[x]!, bs[y]!];
          const why = as.length === 1
            ? `"${this.shownName(a)}" is the only kunya of the name without a person, and "${this.shownName(b)}" the only person of the name without a kunya; written together (weight ${weight[x]![y]!.toFixed(2)})`
            : `"${this.shownName(a)}" is "${this.shownName(b)}": of the ${as.length} kunyas and ${as.length} persons of the name without each other, the pairing most written together (weight ${best.total.toFixed(2)} against ${best.second.toFixed(2)})`;
          if (this.join(a, b, why)) linked++;
        }
      }
      if (linked === 0) break;
    }
  }

  /** A kunya with a nisba of cluster `a` is anchored in a name of cluster `b` (see anchors). */
  private tied(a: number, b: number): boolean {
    const vb = [...this.valuesAt.get(b)!];
    return [...this.valuesAt.get(a)!].some((k) => this.names[k]!.strength === 'short' && this.names[k]!.kunya && !this.names[k]!.parsed.kunyaOnly && vb.some((v) => this.anchors(k, v)));
  }

  /**
   * How much the person `b` is written with the kunya of `a` (a cluster known only by kunyas), in any form:
   * the documents of `b` holding a mention that can stand for one of a's kunyas with a nisba, each weighted by
   * how few names the document has; 0 when the two conflict.
   */
  private writtenWithKunya(a: number, b: number, docsOfB: Set<number>): number {
    const kunyas = [...this.valuesAt.get(a)!].filter((k) => this.names[k]!.strength === 'short' && !this.names[k]!.parsed.kunyaOnly);
    if (!this.compatible(this.uf.find(a), this.uf.find(b))) return 0;
    let w = 0;
    for (const d of docsOfB) {
      const ms = this.inDoc.get(d)!;
      if (ms.some((m) => this.names[this.nameIndex(m)]!.kunya && kunyas.some((k) => this.extends(this.nameIndex(m), k)))) w += 1 / Math.max(1, this.distinctNames(ms) - 1);
    }
    return w;
  }

  /**
   * What ties a kunya name `k` to a name `v` of another cluster: the nisba (or family name) for a kunya with a
   * nisba ("أبو قتيبة الهيتي", "عثمان الهيتي"); the kunya itself for a kunya with an epithet ("أبو بلال
   * الطويل", "أبو بلال الظاهري"). Nothing may conflict.
   */
  private anchors(k: number, v: number): boolean {
    const { c } = this.compare(k, v);
    if (conflicting(c)) return false;
    const role = this.names[k]!.parsed.kunyaOnly ? ['kunya'] : ['nisba', 'family'];
    return c.pairs.some((p) => p.a !== undefined && p.b !== undefined && closeToken(p) && role.includes(p.role));
  }

  /** The token keys `anchors` looks at. */
  private anchorKeys(k: number): string[] {
    const roles = this.names[k]!.parsed.kunyaOnly ? ['kunya'] : ['nisba', 'family'];
    return this.names[k]!.parsed.tokens.filter((t) => roles.includes(t.role)).map((t) => t.ultra);
  }

  /**
   * Step 4: a mention alone in a document where one person already known under its name (or a fuller form of
   * it) is written: that person.
   */
  private placeByBearers(which: (i: number) => boolean, maxNames = Infinity): void {
    for (const [, ms] of this.inDoc) {
      if (this.distinctNames(ms) > maxNames) continue;
      const waiting = ms.filter((m) => which(this.nameIndex(m)) && this.alone(m));
      if (waiting.length === 0) continue;
      const present = new Set<number>();
      for (const f of ms) if (!this.alone(f)) present.add(this.rootOf(f));
      if (present.size === 0) continue;
      for (const m of waiting) {
        const i = this.nameIndex(m);
        const bearers = [...present].filter((r) => [...this.valuesAt.get(r)!].some((v) => this.names[v]!.parsed.content >= this.names[i]!.parsed.content && this.extends(i, v)));
        if (bearers.length !== 1) continue;
        const r = bearers[0]!;
        const v = [...this.valuesAt.get(r)!].find((x) => this.extends(i, x))!;
        this.join(r, this.nodeOf(m), `"${m.value}" is written in a document where "${this.names[v]!.value}" is`);
      }
    }
  }

  /**
   * Step 5: shorter names no document placed: the one full name in the case they can stand for ("زياد
   * التكريتي" for "زياد بن عبد الكريم التكريتي"), if exactly one; else one person of their own (their spellings
   * together); several full names fit: ambiguous.
   */
  private placeAlone(which: (i: number) => boolean): void {
    const fullByKey = new Map<string, number[]>();
    for (const f of this.fullNode.keys()) for (const k of this.names[f]!.keys) push(fullByKey, k, f);
    for (const members of this.groupMembers.values()) {
      if (!which(members[0]!)) continue;
      const all = members.flatMap((i) => this.names[i]!.mentions);
      if (all.some((m) => !this.alone(m))) continue;
      const i = members[0]!;
      const keys = [...this.names[i]!.keys].sort((x, y) => (fullByKey.get(x)?.length ?? 0) - (fullByKey.get(y)?.length ?? 0));
      const candidates = (fullByKey.get(keys[0] ?? '') ?? []).filter((f) => this.extends(i, f));
      const roots = new Set(candidates.map((f) => this.uf.find(this.fullNode.get(f)!)));
      if (roots.size > 1) continue; // several full names fit: ambiguous
      if (roots.size === 1) {
        const why = `"${this.names[i]!.value}" is the short form of one full name only: "${this.names[candidates[0]!]!.value}"`;
        for (const m of all) this.join([...roots][0]!, this.nodeOf(m), why);
        continue;
      }
      const why = `"${this.names[i]!.value}" is one name, and no document ties it to anyone else`;
      for (const m of all.slice(1)) this.join(this.nodeOf(all[0]!), this.nodeOf(m), why);
      if (all.length === 1) this.evidenceAt.set(this.nodeOf(all[0]!), [why]);
    }
  }

  /**
   * Names an analyst set apart (a split, a "not the same") that no evidence placed since: one person each side,
   * not an ambiguous name (a kunya or a given name alone excepted: it stays one person per document).
   */
  private gatherSeparated(): void {
    for (const side of this.constraints.apart.flat()) {
      const waiting = side.flatMap((v) => {
        const i = this.nameOf.get(v);
        return i === undefined || this.names[i]!.strength === 'weak' ? [] : this.names[i]!.mentions.filter((m) => this.alone(m));
      });
      if (waiting.length === 0) continue;
      const why = `"${waiting[0]!.value}" was set apart by an analyst`;
      for (const m of waiting.slice(1)) this.join(this.nodeOf(waiting[0]!), this.nodeOf(m), why);
      if (waiting.length === 1) this.evidenceAt.set(this.nodeOf(waiting[0]!), [why]);
    }
  }

  /** Clusters. Mentions still alone gather by name into ambiguous entities. */
  private clusters(): Cluster[] {
    const clusters = new Map<string, Cluster>();
    const counts = new Map<Cluster, Map<string, number>>();
    for (const m of this.mentions) {
      const root = this.rootOf(m);
      const alone = this.alone(m);
      // Alone: a shorter name's spellings form one ambiguous entity; a kunya or a given name alone is only
      // taken to be one person within one document.
      const i = this.nameIndex(m);
      const g = this.groups.find(i);
      const key = !alone ? `root:${root}` : this.names[i]!.strength === 'weak' ? `weak:${g}:${m.doc}` : `short:${g}:${m.doc}`;
      let c = clusters.get(key);
      if (!c) clusters.set(key, (c = { values: [], core: [], mentions: [], ambiguous: alone, evidence: alone ? [] : [...new Set(this.evidenceAt.get(root) ?? [])] }));
      c.mentions.push(m.id);
      const cc = counts.get(c) ?? new Map<string, number>();
      cc.set(m.value, (cc.get(m.value) ?? 0) + 1);
      counts.set(c, cc);
      if ((alone || this.names[i]!.strength === 'full') && !c.core.includes(m.value)) c.core.push(m.value);
    }
    for (const c of clusters.values()) {
      c.values = [...counts.get(c)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
      if (c.core.length === 0) c.core = [c.values[0]!];
      c.mentions.sort((a, b) => a - b);
    }
    return [...clusters.values()];
  }
}

/**
 * The one-to-one pairing of rows with columns that has the most total weight, every pair weighing more than 0,
 * with the total of the next best such pairing (0 if none): brute force, for the few rows step 7 allows.
 */
function bestAssignments(weight: number[][]): { pairs: number[]; total: number; second: number } | undefined {
  const n = weight.length;
  let best: { pairs: number[]; total: number } | undefined;
  let second = 0;
  const used = new Array<boolean>(n).fill(false);
  const pairs: number[] = [];
  const walk = (row: number, total: number): void => {
    if (row === n) {
      if (!best || total > best.total) {
        if (best) second = Math.max(second, best.total);
        best = { pairs: [...pairs], total };
      } else second = Math.max(second, total);
      return;
    }
    for (let col = 0; col < n; col++) {
      const w = weight[row]![col]!;
      if (used[col] || w <= 0) continue;
      used[col] = true;
      pairs.push(col);
      walk(row + 1, total + w);
      pairs.pop();
      used[col] = false;
    }
  };
  walk(0, 0);
  return best && { ...best, second };
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

function sharesSurnameComparison(c: NameComparison): boolean {
  return !conflicting(c) && c.pairs.some((p) => p.a !== undefined && p.b !== undefined && p.score >= 0.85 && (p.role === 'nisba' || p.role === 'family'));
}

/** Whether two names share a nisba or family name and conflict nowhere. */
export function sharesSurname(short: ParsedName, full: ParsedName): boolean {
  return sharesSurnameComparison(compareNames(short, full));
}

/** `c` compares a and b (b and a when `flipped`): does a's every token match one of b's, with no conflict? */
function extendsComparison(c: NameComparison, flipped: boolean): boolean {
  const own = (p: NameComparison['pairs'][number]) => (flipped ? p.b : p.a);
  const other = (p: NameComparison['pairs'][number]) => (flipped ? p.a : p.b);
  return c.pairs.every((p) => (own(p) === undefined ? true : other(p) !== undefined && closeToken(p))) && !conflicting(c);
}

/** A token pair close enough for two names to be one: nearly the same letters, or a transliteration. */
function closeToken(p: NameComparison['pairs'][number]): boolean {
  return p.type !== 'missing' && (p.score >= SPELLING_TOKEN_SCORE || ((p.type === 'transliteration' || p.type === 'exact') && p.score >= SPELLING_SKELETON_SCORE));
}

/** Whether a shorter name can stand for `full`: each of its tokens matches one of `full`'s, none conflicts. */
export function extendsName(short: ParsedName, full: ParsedName): boolean {
  return extendsComparison(compareNames(short, full), false);
}
