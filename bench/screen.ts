/**
 * Benchmark: name resolution and watchlist screening (src/resolve). Prints figures; asserts nothing.
 *
 *   3. Speed (run first, on a fresh heap): 10,000 watchlist names (the UN excerpt plus OFAC individuals' and
 *      entities' primary and aka names) screened against 100,000 entity names built by recombining real name
 *      tokens (OFAC given names and surnames; Arabic-script words from the ar2en corpus and the UN original-script
 *      names, with أبو/بن/ال structure), 1% of them listed names in natural order. Wall and CPU time, candidates
 *      compared per query, RSS, and the machine's load (it is shared).
 *   1. OFAC self-screen: every primary and aka name of every OFAC individual and entity screened against the whole
 *      list, each kind against its own kind (weak aliases left out: OFAC itself calls them broad and generic
 *      names that produce false hits). Same-entry pairs are positives; every cross-entry pair returned is a false
 *      positive. Pairwise precision and recall at several thresholds, recall also on the subset of same-entry
 *      pairs that an independent criterion (Jaro-Winkler on plain tokens) calls spelling variants, recall without
 *      blocking (brute-force scores of the positive pairs), and entry-level recall.
 *   2a. Arabic ↔ Latin words: google/transliteration ar2en eval pairs (key equality, word score) against the same
 *      Arabic words paired with shuffled Latin words, and a naive peer (letter-by-letter romanisation +
 *      Jaro-Winkler).
 *   2b. The 160 persons of a generated haul (/tmp/haul-persons.json): every pair of one person's forms (arabic_name,
 *      arabic_forms, the bare kunya, Latin renderings) against every pair of different persons' forms.
 *
 * Run: npx tsx bench/screen.ts       (BENCH_SKIP=speed,ofac,ar2en,haul skips sections; BENCH_ENTITIES=n resizes 3)
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compareNames, compareWords, parseName, type ParsedName } from '../src/resolve/names.js';
import { buildIndex, rarityFrom, screen, screenName, type ScreenEntity, type ScreenStats } from '../src/resolve/screen.js';
import { transliterationKey } from '../src/resolve/transliterate.js';
import { parseOfacSdn } from '../src/resolve/watchlists/ofac.js';
import { parseUnConsolidated } from '../src/resolve/watchlists/un.js';
import type { WatchlistEntry } from '../src/resolve/watchlists/types.js';
import { jaroWinkler } from '../src/resolve/fuzzy.js';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const THRESHOLDS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) + '%' : '   n/a');
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

const ofac = parseOfacSdn(
  readFileSync(`${DATA}watchlists/ofac-sdn-2022/sdn.csv`, 'latin1'),
  readFileSync(`${DATA}watchlists/ofac-sdn-2022/alt.csv`, 'latin1'),
);
const un = parseUnConsolidated(readFileSync(`${DATA}watchlists/un-consolidated-2018-excerpt.xml`, 'utf8'));

// ---------------------------------------------------------------------------------------------------------
// 1. OFAC self-screen

function ofacSelfScreen(): void {
  console.log('\n== 1. OFAC self-screen (primary + aka names of individuals and entities; weak a.k.a. excluded; each kind against its own kind) ==');
  const entries = ofac.filter((e) => e.kind === 'person' || e.kind === 'organisation');
  const t0 = performance.now();
  const index = buildIndex(entries);
  const buildMs = performance.now() - t0;
  const names = index.names;
  console.log(`entries ${entries.length} (persons ${entries.filter((e) => e.kind === 'person').length}, entities ${entries.filter((e) => e.kind === 'organisation').length}); indexed names ${names.length}; index built in ${buildMs.toFixed(0)} ms`);

  // Positive pairs: all pairs of names of one entry.
  const byEntry = new Map<number, number[]>();
  names.forEach((n, i) => {
    const l = byEntry.get(n.entry) ?? [];
    l.push(i);
    byEntry.set(n.entry, l);
  });
  const positives: [number, number][] = [];
  for (const l of byEntry.values()) for (let x = 0; x < l.length; x++) for (let y = x + 1; y < l.length; y++) positives.push([l[x]!, l[y]!]);
  const pairKey = (a: number, b: number): number => (a < b ? a * 1_000_000 + b : b * 1_000_000 + a);

  // Screening above 0.6 drops candidates sharing keys with fewer than two query tokens (a single-token match is
  // capped at 0.6), so each row is measured through the path screen() takes at that threshold: the 0.60 row from
  // a run at 0.60, the others from a run at 0.65.
  const rarity = rarityFrom(index);
  const run = (threshold: number): Map<number, number> => {
    const stats: ScreenStats = { queries: 0, compared: 0 };
    const found = new Map<number, number>();
    const t1 = performance.now();
    for (let i = 0; i < names.length; i++) {
      // Like screen() with a known entity kind: individuals against individuals, entities against entities.
      const hits = screenName(names[i]!.parsed, index, threshold, { stats, rarity, kind: index.entries[names[i]!.entry]!.kind });
      for (const h of hits) {
        if (h.nameIndex === i) continue;
        const k = pairKey(i, h.nameIndex);
        found.set(k, Math.max(found.get(k) ?? 0, h.score));
      }
    }
    const screenMs = performance.now() - t1;
    console.log(`screened ${names.length} names at ${threshold.toFixed(2)} in ${(screenMs / 1000).toFixed(2)} s (${(screenMs * 1000 / names.length).toFixed(0)} µs/name), ${(stats.compared / stats.queries).toFixed(1)} candidates compared per name`);
    return found;
  };
  const found060 = run(0.6);
  const found065 = run(0.65);
  const foundAt = (t: number): Map<number, number> => (t < 0.65 ? found060 : found065);
  const found = found065;

  // Brute-force scores of the positive pairs: the recall the blocking could reach.
  const posScore = positives.map(([a, b]) => Math.max(compareNames(names[a]!.parsed, names[b]!.parsed, { rarity }).score, compareNames(names[b]!.parsed, names[a]!.parsed, { rarity }).score));
  const posSet = new Set(positives.map(([a, b]) => pairKey(a, b)));

  const kindOfPair = (k: number): string => index.entries[names[Math.floor(k / 1_000_000)]!.entry]!.kind;
  // An independent criterion for "spelling variant" pairs (not our matcher): plain lower-case letter tokens, the
  // articles and markers dropped; the name with fewer tokens has at least two, and each has its own partner with
  // Jaro-Winkler ≥ 0.85 in the other name. Other same-entry pairs are aliases that are different names
  // (translations, other given names, noms de guerre), which no spelling matcher should be expected to link.
  const plainTokens = (s: string): string[] =>
    s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f']/g, '').split(/[^a-z]+/)
      .filter((w) => w.length > 1 && !['al', 'el', 'abu', 'abou', 'bin', 'ibn', 'ben', 'bint', 'umm', 'de', 'la', 'del', 'ul', 'ur'].includes(w));
  const variant = (a: string, b: string): boolean => {
    let x = plainTokens(a);
    let y = plainTokens(b);
    if (x.length > y.length) [x, y] = [y, x];
    if (x.length < 2) return false;
    const used = new Set<number>();
    return x.every((t) => {
      let best = -1;
      let bestS = 0.85;
      y.forEach((u, j) => {
        const s = used.has(j) ? 0 : jaroWinkler(t, u);
        if (s >= bestS) [best, bestS] = [j, s];
      });
      if (best >= 0) used.add(best);
      return best >= 0;
    });
  };
  const isVariant = positives.map(([a, b]) => variant(names[a]!.name.name, names[b]!.name.name));
  const report = (label: string, filter: (entryKind: string) => boolean): void => {
    const pos = positives.map((p, i) => ({ p, i })).filter(({ p }) => filter(index.entries[names[p[0]]!.entry]!.kind));
    const nVar = pos.filter(({ i }) => isVariant[i]).length;
    console.log(`\n${label}: ${pos.length} same-entry pairs, of which ${nVar} spelling variants by the independent criterion`);
    console.log('thresh   TP(found)  FP(cross)  precision  recall(all)  recall(variants)  recall(all, no blocking)  entry-recall');
    for (const t of THRESHOLDS) {
      let tp = 0;
      let tpBrute = 0;
      let tpVar = 0;
      const found = foundAt(t);
      for (const { p, i } of pos) {
        const hit = (found.get(pairKey(p[0], p[1])) ?? 0) >= t;
        if (hit) tp++;
        if (hit && isVariant[i]) tpVar++;
        if (posScore[i]! >= t) tpBrute++;
      }
      let fp = 0;
      for (const [k, s] of found) if (s >= t && !posSet.has(k) && filter(kindOfPair(k))) fp++;
      // Entry-level: names (of entries with ≥ 2 names) that reach at least one other name of their entry.
      const reached = new Set<number>();
      for (const { p } of pos) if ((found.get(pairKey(p[0], p[1])) ?? 0) >= t) reached.add(p[0]).add(p[1]);
      const eligible = new Set(pos.flatMap(({ p }) => p)).size;
      console.log(`${t.toFixed(2)}   ${String(tp).padStart(9)}  ${String(fp).padStart(9)}  ${pct(tp / (tp + fp))}     ${pct(tp / pos.length)}   ${pct(tpVar / nVar).padStart(15)}  ${pct(tpBrute / pos.length).padStart(24)}  ${pct(reached.size / eligible).padStart(12)}`);
    }
  };
  report('individuals', (k) => k === 'person');
  report('entities', (k) => k === 'organisation');
  report('all', () => true);

  // Cross-entry pairs with identical name keys: false positives no name matcher can avoid (the same name listed
  // under two entries: branches of one charity, a person listed twice, namesakes).
  const keyOf = (p: ParsedName): string => p.tokens.filter((t) => !t.stop).map((t) => t.key).sort().join(' ');
  for (const kind of ['person', 'organisation']) {
    const at = new Map<number, number>();
    for (const [k, sc] of found060) {
      if (posSet.has(k) || kindOfPair(k) !== kind) continue;
      const a = Math.floor(k / 1_000_000);
      const b = k % 1_000_000;
      if (keyOf(names[a]!.parsed) === keyOf(names[b]!.parsed)) for (const t of THRESHOLDS) if (sc >= t) at.set(t, (at.get(t) ?? 0) + 1);
    }
    console.log(`\n${kind === 'person' ? 'individuals' : 'entities'}: cross-entry pairs whose names have identical token keys (irreducible by name alone), by threshold: ${THRESHOLDS.map((t) => `${t}: ${at.get(t) ?? 0}`).join(', ')}`);
  }

  const r = rng(7);
  const audit = (label: string, t: number, pick: (s: number, p: [number, number]) => boolean, n: number): void => {
    const pool = positives.map((p, i) => ({ p, s: Math.max(posScore[i]!, found.get(pairKey(p[0], p[1])) ?? 0) })).filter(({ p, s }) => pick(s, p));
    console.log(`\n${label} (${pool.length}; ${n} at random):`);
    for (let i = 0; i < n && pool.length; i++) {
      const { p, s } = pool.splice(Math.floor(r() * pool.length), 1)[0]!;
      console.log(`  ${f3(s)}  ${names[p[0]]!.name.name}  |  ${names[p[1]]!.name.name}`);
    }
  };
  const posIndex = new Map(positives.map((p, i) => [pairKey(p[0], p[1]), i]));
  audit('same-entry pairs missed at 0.80', 0.8, (s) => s < 0.8, 20);
  audit('spelling-variant pairs (independent criterion) missed at 0.80', 0.8, (s, p) => s < 0.8 && isVariant[posIndex.get(pairKey(p[0], p[1]))!]!, 30);
  const fps = [...found].filter(([k, s]) => s >= 0.8 && !posSet.has(k));
  console.log(`\ncross-entry pairs returned at ≥ 0.80 (${fps.length}; 30 at random):`);
  for (let i = 0; i < 30 && fps.length; i++) {
    const [k, s] = fps.splice(Math.floor(r() * fps.length), 1)[0]!;
    console.log(`  ${f3(s)}  ${names[Math.floor(k / 1_000_000)]!.name.name}  |  ${names[k % 1_000_000]!.name.name}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// 2a. ar2en

/** A naive peer: letter-by-letter romanisation of the Arabic, compared by Jaro-Winkler. */
const NAIVE: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's',
  ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w',
  ي: 'y', ى: 'a', ة: 'a', ء: '', ئ: '', ؤ: '', پ: 'p', چ: 'ch', گ: 'g', ڤ: 'v', ی: 'y', ک: 'k',
};
const naive = (ar: string): string => [...ar].map((c) => NAIVE[c] ?? '').join('');

function ar2en(): void {
  console.log('\n== 2a. Arabic ↔ Latin words: google/transliteration ar2en eval split ==');
  const pairs = readFileSync(`${DATA}transliteration/google-ar2en/ar2en-eval.txt`, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((p): p is [string, string] => p.length === 2 && Boolean(p[0]) && Boolean(p[1]));
  const r = rng(3);
  const shuffled = pairs.map((p) => p[1]).sort(() => r() - 0.5);
  let keyEq = 0;
  let keyEqNeg = 0;
  const scores: number[] = [];
  const negScores: number[] = [];
  let naivePos = 0;
  let naiveNeg = 0;
  pairs.forEach(([ar, la], i) => {
    if (transliterationKey(ar) === transliterationKey(la)) keyEq++;
    if (transliterationKey(ar) === transliterationKey(shuffled[i]!)) keyEqNeg++;
    scores.push(compareWords(ar, la).score);
    negScores.push(compareWords(ar, shuffled[i]!).score);
    if (jaroWinkler(naive(ar), la.toLowerCase()) >= 0.85) naivePos++;
    if (jaroWinkler(naive(ar), shuffled[i]!.toLowerCase()) >= 0.85) naiveNeg++;
  });
  console.log(`${pairs.length} pairs (mostly non-Arabic names written in Arabic: Wikipedia titles), negatives: the same Arabic words against shuffled Latin words`);
  console.log(`skeleton key equal:         true pairs ${pct(keyEq / pairs.length)}   shuffled ${pct(keyEqNeg / pairs.length)}`);
  for (const t of [0.6, 0.7, 0.72, 0.8, 0.85, 0.9]) {
    const tp = scores.filter((s) => s >= t).length;
    const fp = negScores.filter((s) => s >= t).length;
    console.log(`word score ≥ ${t.toFixed(2)}:          true pairs ${pct(tp / pairs.length)}   shuffled ${pct(fp / pairs.length)}`);
  }
  console.log(`peer (naive romanisation + Jaro-Winkler ≥ 0.85): true pairs ${pct(naivePos / pairs.length)}   shuffled ${pct(naiveNeg / pairs.length)}`);
  const misses = pairs.map((p, i) => ({ p, s: scores[i]! })).filter((x) => x.s < 0.72);
  console.log(`sample of misses (score < 0.72): ${misses.slice(0, 400).filter((_, i) => i % 20 === 0).map((x) => `${x.p[0]}→${x.p[1]} ${x.s.toFixed(2)}`).join(', ')}`);
}

// ---------------------------------------------------------------------------------------------------------
// 2b. haul persons

interface HaulPerson {
  id: string;
  arabic_name: string;
  kunya?: string;
  arabic_forms?: string[];
  renderings?: string[];
}

type FormType = 'full' | 'short' | 'kunya-nisba' | 'kunya-laqab' | 'kunya';

function haul(): void {
  const path = '/tmp/haul-persons.json';
  console.log('\n== 2b. Haul persons: same-person vs different-person name pairs ==');
  if (!existsSync(path)) {
    console.log(`${path} not found: skipped`);
    return;
  }
  const persons = JSON.parse(readFileSync(path, 'utf8')) as HaulPerson[];
  // Each form is typed by what it contains, so that the figures can say which pairs names alone can link.
  const forms: { person: number; text: string; parsed: ParsedName; type: FormType }[] = [];
  const typeOf = (p: ParsedName): FormType => {
    const kunya = p.tokens.some((t) => t.slot === 'kunya');
    const content = p.tokens.filter((t) => !t.stop && t.slot !== 'kunya').length;
    if (kunya) return content === 0 ? 'kunya' : p.tokens.some((t) => t.role === 'laqab') ? 'kunya-laqab' : 'kunya-nisba';
    return content >= 3 ? 'full' : 'short';
  };
  persons.forEach((p, pi) => {
    const texts = new Set([p.arabic_name, ...(p.arabic_forms ?? []), ...(p.kunya ? [p.kunya] : []), ...(p.renderings ?? [])]);
    for (const text of texts) {
      const parsed = parseName(text);
      forms.push({ person: pi, text, parsed, type: typeOf(parsed) });
    }
  });
  console.log(`${persons.length} persons, ${forms.length} distinct forms (arabic_name, arabic_forms, the bare kunya, Latin renderings)`);
  const same: { s: number; amb: boolean; types: string }[] = [];
  const diff: { s: number; amb: boolean; identical: boolean }[] = [];
  const t0 = performance.now();
  for (let i = 0; i < forms.length; i++) {
    for (let j = i + 1; j < forms.length; j++) {
      const a = forms[i]!;
      const b = forms[j]!;
      const c = compareNames(a.parsed, b.parsed);
      if (a.person === b.person) same.push({ s: c.score, amb: c.ambiguous, types: [a.type, b.type].sort().join('~') });
      else diff.push({ s: c.score, amb: c.ambiguous, identical: a.text === b.text });
    }
  }
  const ms = performance.now() - t0;
  console.log(`${same.length + diff.length} pairs compared in ${(ms / 1000).toFixed(1)} s (${((ms * 1000) / (same.length + diff.length)).toFixed(1)} µs/pair); same-person ${same.length}, different-person ${diff.length} (of which identical text ${diff.filter((d) => d.identical).length})`);
  const hist = (xs: number[]): string => {
    const bins = new Array(10).fill(0) as number[];
    for (const x of xs) bins[Math.min(9, Math.floor(x * 10))]!++;
    return bins.map((b) => pct(b / xs.length)).join(' ');
  };
  console.log('score deciles:      [0,.1)  [.1,.2)  [.2,.3)  [.3,.4)  [.4,.5)  [.5,.6)  [.6,.7)  [.7,.8)  [.8,.9)  [.9,1]');
  console.log(`same-person       ${hist(same.map((x) => x.s))}`);
  console.log(`different-person  ${hist(diff.map((x) => x.s))}`);
  console.log(`flagged ambiguous: same-person ${pct(same.filter((x) => x.amb).length / same.length)}, different-person ${pct(diff.filter((x) => x.amb).length / diff.length)}`);
  console.log('\nthresh  precision  recall(all same-person pairs)  recall(linkable: both forms carry a given name, or both a kunya and a nisba)  FP pairs');
  const linkable = (types: string): boolean => {
    const [x, y] = types.split('~') as [FormType, FormType];
    const given = (t: FormType): boolean => t === 'full' || t === 'short';
    const kun = (t: FormType): boolean => t === 'kunya-nisba';
    return (given(x) && given(y)) || (kun(x) && kun(y));
  };
  const link = same.filter((x) => linkable(x.types));
  for (const t of THRESHOLDS) {
    const tp = same.filter((x) => x.s >= t).length;
    const fp = diff.filter((x) => x.s >= t).length;
    const tpl = link.filter((x) => x.s >= t).length;
    console.log(`${t.toFixed(2)}    ${pct(tp / (tp + fp))}    ${pct(tp / same.length).padStart(26)}    ${pct(tpl / link.length).padStart(40)} (${link.length})    ${fp}`);
  }
  console.log('\nsame-person recall at 0.80 by pair of form types:');
  const byType = new Map<string, { n: number; hit: number }>();
  for (const x of same) {
    const e = byType.get(x.types) ?? { n: 0, hit: 0 };
    e.n++;
    if (x.s >= 0.8) e.hit++;
    byType.set(x.types, e);
  }
  for (const [k, v] of [...byType].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${k.padEnd(26)} ${String(v.n).padStart(5)} pairs  ${pct(v.hit / v.n)}`);
  const r = rng(11);
  const missed = forms.flatMap((a, i) => forms.slice(i + 1).filter((b) => b.person === a.person && linkable([a.type, b.type].sort().join('~'))).map((b) => [a, b] as const));
  const samples = missed.map(([a, b]) => ({ a, b, c: compareNames(a.parsed, b.parsed) })).filter((x) => x.c.score < 0.8);
  console.log(`\nlinkable same-person pairs below 0.80 (${samples.length}; 15 at random):`);
  for (let i = 0; i < 15 && samples.length; i++) {
    const x = samples.splice(Math.floor(r() * samples.length), 1)[0]!;
    console.log(`  ${x.a.text}  |  ${x.b.text}  →  ${x.c.explanation}`);
  }
  const fpl = forms.flatMap((a, i) => forms.slice(i + 1).filter((b) => b.person !== a.person && a.text !== b.text).map((b) => [a, b] as const))
    .map(([a, b]) => ({ a, b, c: compareNames(a.parsed, b.parsed) })).filter((x) => x.c.score >= 0.8);
  console.log(`\ndifferent-person pairs (not identical text) at ≥ 0.80 (${fpl.length}; 15 at random):`);
  for (let i = 0; i < 15 && fpl.length; i++) {
    const x = fpl.splice(Math.floor(r() * fpl.length), 1)[0]!;
    console.log(`  ${x.a.text}  |  ${x.b.text}  →  ${x.c.explanation}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// 3. Speed

function speed(): void {
  console.log('\n== 3. Speed: 10,000 watchlist names × 100,000 entity names ==');
  const r = rng(5);
  // Watchlist: the UN excerpt's names plus OFAC individual/entity names (primary + aka) in shuffled order, to 10,000.
  const pool: { entry: WatchlistEntry; name: WatchlistEntry['names'][number] }[] = [];
  for (const e of ofac) if (e.kind !== 'other') for (const n of e.names) if (n.kind !== 'weak-aka') pool.push({ entry: e, name: n });
  pool.sort(() => r() - 0.5);
  const unNames = un.flatMap((e) => e.names.filter((n) => n.kind !== 'weak-aka').map((n) => ({ entry: e, name: n })));
  const chosen = [...unNames, ...pool.slice(0, 10_000 - unNames.length)];
  const byEntry = new Map<WatchlistEntry, WatchlistEntry>();
  for (const { entry, name } of chosen) {
    const e = byEntry.get(entry) ?? { ...entry, names: [] };
    e.names.push(name);
    byEntry.set(entry, e);
  }
  const entries = [...byEntry.values()];

  // Entity names: real tokens recombined. Latin given names and surnames from OFAC individuals (given part and
  // surname part), Arabic-script words from the ar2en corpus and the UN original-script names; Arabic-style
  // structure (Abu X, X bin Y, al-Z / أبو, بن, ال) added to a share of them.
  const given: string[] = [];
  const family: string[] = [];
  for (const e of ofac) {
    if (e.kind !== 'person') continue;
    for (const n of e.names) {
      const [sur, giv] = n.name.split(',');
      if (!giv) continue;
      family.push(...sur!.trim().split(/\s+/).filter((w) => w.length > 1));
      given.push(...giv.trim().split(/\s+/).filter((w) => w.length > 1 && !/\./.test(w)));
    }
  }
  const arabicWords = readFileSync(`${DATA}transliteration/google-ar2en/ar2en-train.txt`, 'utf8').split('\n').map((l) => l.split('\t')[0]!).filter((w) => w && w.length > 2);
  for (const e of un) for (const n of e.names) if (n.script === 'ar') arabicWords.push(...n.name.split(/\s+/));
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const entities: ScreenEntity[] = [];
  let planted = 0;
  const plantedIds = new Map<string, string>();
  const total = Number(process.env.BENCH_ENTITIES ?? 100_000);
  for (let i = 0; i < total; i++) {
    const u = r();
    let name: string;
    let kind: ScreenEntity['kind'] = 'person';
    if (u < 0.01) {
      // 1%: a listed name written in natural order ("Given SURNAME"), which screening should find.
      const c = pick(chosen);
      const [sur, giv] = c.name.name.split(',');
      name = giv ? `${giv.trim()} ${sur!.trim()}` : c.name.name;
      kind = c.entry.kind;
      planted++;
      plantedIds.set(`E${i}`, c.entry.id);
    } else if (u < 0.45) name = [pick(given), ...(r() < 0.4 ? [pick(given)] : []), pick(family)].join(' ');
    else if (u < 0.7) {
      const v = r();
      name = v < 0.33 ? `Abu ${pick(given)} al-${pick(family)}` : v < 0.66 ? `${pick(given)} bin ${pick(given)} al-${pick(family)}` : `${pick(given)} ${pick(given)} ${pick(family)}`;
    } else {
      const v = r();
      name = v < 0.3 ? `أبو ${pick(arabicWords)} ال${pick(arabicWords)}` : v < 0.6 ? `${pick(arabicWords)} بن ${pick(arabicWords)} ال${pick(arabicWords)}` : `${pick(arabicWords)} ${pick(arabicWords)}`;
    }
    entities.push({ id: `E${i}`, names: [name], kind });
  }
  console.log(`watchlist: ${chosen.length} names (${unNames.length} UN incl. Arabic script, the rest OFAC) in ${entries.length} entries`);
  console.log(`entities: 100,000 names: 44% Latin given+surname recombined from OFAC individuals' tokens, 25% Arabic-style Latin (Abu X al-Y, X bin Y al-Z), 30% Arabic script (ar2en and UN words with أبو/بن/ال), 1% (${planted}) listed names in natural order`);
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const index = buildIndex(entries);
  const buildMs = performance.now() - t0;
  const stats: ScreenStats = { queries: 0, compared: 0 };
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const hits = screen(entities, index, 0.8, { stats });
  const ms = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const rss = process.memoryUsage().rss;
  const plantedFound = new Set(hits.filter((h) => plantedIds.get(h.entityId) === h.entryId).map((h) => h.entityId)).size;
  console.log(`index build ${buildMs.toFixed(0)} ms; screening ${(ms / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (${((ms * 1000) / entities.length).toFixed(0)} µs/name); ${(stats.compared / stats.queries).toFixed(1)} candidates compared per query (max 20)`);
  console.log(`hits at 0.80: ${hits.length} (ambiguous ${hits.filter((h) => h.ambiguous).length}); planted names found: ${plantedFound}/${planted}`);
  console.log(`RSS ${(rss / 2 ** 20).toFixed(0)} MiB (before index ${(rss0 / 2 ** 20).toFixed(0)} MiB)`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes share it); single-threaded`);
  const others = hits.filter((h) => !plantedIds.has(h.entityId));
  console.log(`hits on recombined (not planted) names: ${others.length}; 10 at random:`);
  for (let i = 0; i < 10 && others.length; i++) {
    const h = others.splice(Math.floor(r() * others.length), 1)[0]!;
    console.log(`  ${h.score.toFixed(3)}  ${h.matchedPair[0]}  |  ${h.matchedPair[1]}`);
  }
}

// Speed runs first, on a fresh heap (the other sections leave a gigabyte of parsed names behind).
if (!skip.has('speed')) speed();
if (!skip.has('ofac')) ofacSelfScreen();
if (!skip.has('ar2en')) ar2en();
if (!skip.has('haul')) haul();
