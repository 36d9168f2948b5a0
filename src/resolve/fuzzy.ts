/**
 * String distances used by name matching: plain Levenshtein, Jaro-Winkler, and a table-driven weighted
 * Levenshtein over small integer symbol codes (the phonetic symbols of transliterate.ts), whose substitution,
 * insertion and deletion costs may be asymmetric (an Arabic long vowel missing from a Latin spelling costs more
 * than a Latin short vowel missing from the Arabic one).
 */

/** Levenshtein distance (unit costs) between two strings, by UTF-16 code unit. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Jaro similarity in 0..1. */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 1 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Uint8Array(a.length);
  const bMatched = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (bMatched[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler similarity in 0..1: Jaro boosted by the common prefix (up to 4 characters). */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  const j = jaro(a, b);
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * prefixScale * (1 - j);
}

/**
 * Costs for `weightedLevenshtein` over symbols 0..size-1. `sub[x * size + y]` is the cost of aligning symbol x
 * of the first string with symbol y of the second; `del[x]` of leaving x of the first string unmatched;
 * `ins[y]` of leaving y of the second string unmatched.
 */
export interface EditCosts {
  size: number;
  sub: Float64Array;
  del: Float64Array;
  ins: Float64Array;
  /** Cost of swapping two adjacent symbols (optimal string alignment); Infinity to disable. */
  transpose: number;
}

export function makeEditCosts(size: number, defaultSub = 1, defaultIndel = 1, transpose = Infinity): EditCosts {
  const sub = new Float64Array(size * size).fill(defaultSub);
  for (let x = 0; x < size; x++) sub[x * size + x] = 0;
  return { size, sub, del: new Float64Array(size).fill(defaultIndel), ins: new Float64Array(size).fill(defaultIndel), transpose };
}

let rowA = new Float64Array(64);
let rowB = new Float64Array(64);
let rowC = new Float64Array(64);

/**
 * Weighted Levenshtein distance between symbol-code arrays under `costs`, with adjacent transpositions when
 * `costs.transpose` is finite (the optimal-string-alignment variant). Three rolling rows, no allocation.
 * With `maxCost`, gives up as soon as no alignment can stay within it and returns Infinity.
 */
export function weightedLevenshtein(a: ArrayLike<number>, b: ArrayLike<number>, costs: EditCosts, maxCost = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Float64Array(m + 16);
    rowB = new Float64Array(m + 16);
    rowC = new Float64Array(m + 16);
  }
  const { sub, del, ins, size, transpose } = costs;
  const swaps = Number.isFinite(transpose);
  let prev2 = rowC;
  let prev = rowA;
  let cur = rowB;
  const cutoff = maxCost !== Infinity;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + ins[b[j - 1]!]!;
  let prevMin = 0;
  for (let i = 1; i <= n; i++) {
    const x = a[i - 1]!;
    const dx = del[x]!;
    const base = x * size;
    cur[0] = prev[0]! + dx;
    let rowMin = cur[0]!;
    for (let j = 1; j <= m; j++) {
      const y = b[j - 1]!;
      let best = prev[j - 1]! + sub[base + y]!;
      const d = prev[j]! + dx;
      if (d < best) best = d;
      const s = cur[j - 1]! + ins[y]!;
      if (s < best) best = s;
      if (swaps && i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y && x !== y) {
        const t = prev2[j - 2]! + transpose;
        if (t < best) best = t;
      }
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Costs are non-negative, so the distance is at least this row's minimum (a transposition reaches back two
    // rows: both must be beyond the bound).
    if (cutoff && rowMin > maxCost && prevMin > maxCost) return Infinity;
    prevMin = rowMin;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}
