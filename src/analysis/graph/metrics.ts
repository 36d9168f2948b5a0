/**
 * Who matters in the case graph: degree (links and distinct neighbours), weighted degree, betweenness (over the
 * same costs threads use, so a broker on strong links scores high), PageRank and Louvain communities, all from
 * graphology-metrics and graphology-communities-louvain. Exact betweenness is O(nodes × edges); above
 * EXACT_BETWEENNESS_MAX_WORK it is estimated from a seeded sample of source nodes (Brandes' accumulation from
 * graphology-shortest-path's indexed Dijkstra, scaled by nodes / samples).
 */
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import { createDijkstraIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import louvainModule from 'graphology-communities-louvain';
import type { Attributes } from 'graphology-types';
import type { CaseGraph, EdgeAttributes } from './build.js';
import { edgeCost } from './paths.js';

/** These CommonJS modules export a function as module.exports; their typings describe it as `default`. */
function cjs<T>(m: { default: T }): T {
  return ((m as { default?: T }).default ?? m) as T;
}
const betweennessCentrality = cjs(betweennessModule);
const pagerank = cjs(pagerankModule);
const louvain = cjs(louvainModule);

/**
 * Exact betweenness while nodes × edges stays under this (bench/graph.ts, on this shared 2-core machine: exact
 * costs about 1.5e-7 s per node × edge, so 2e7 is ~3 s, while the 10,000-document case, 4,189 nodes × 103,000
 * edges, takes 62 s exact against 5 s for 300 sampled sources, which find 10 of its top 10 and 18 of its top 20).
 */
export const EXACT_BETWEENNESS_MAX_WORK = 2e7;
/** Sampled sources: as many as cost about SAMPLE_WORK node-or-edge visits, within [MIN_SAMPLES, MAX_SAMPLES]. */
export const SAMPLE_WORK = 3e7;
export const MIN_SAMPLES = 20;
export const MAX_SAMPLES = 300;

/** The sample size for a graph: 300 sources up to ~100,000 edges, fewer (down to 20) beyond. */
export function defaultSamples(graph: CaseGraph): number {
  return Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, Math.round(SAMPLE_WORK / Math.max(1, graph.order + graph.size))));
}

export interface NodeMetrics {
  /** Aggregated edges touching the node (one per neighbour and type). */
  degree: number;
  /** Distinct neighbours. */
  neighbours: number;
  /** Sum of the weights of the node's edges. */
  weightedDegree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface MetricsOptions {
  betweenness?: 'auto' | 'exact' | 'sampled' | 'off';
  /** Sampled sources (default defaultSamples(graph)). */
  samples?: number;
  /** Exact below this nodes × edges (default EXACT_BETWEENNESS_MAX_WORK). */
  exactMaxWork?: number;
  seed?: number;
  /** Louvain resolution (default 1). */
  resolution?: number;
}

export interface GraphMetrics {
  nodes: Map<string, NodeMetrics>;
  communities: number;
  modularity: number;
  betweenness: { mode: 'exact' | 'sampled' | 'off'; samples?: number };
  ms: { degree: number; betweenness: number; pagerank: number; louvain: number };
}

/** mulberry32: a small seeded generator, so sampled betweenness and Louvain are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const costOf = (_e: string, a: EdgeAttributes): number => edgeCost(a);

export function degrees(graph: CaseGraph): Map<string, { degree: number; neighbours: number; weightedDegree: number }> {
  const out = new Map<string, { degree: number; neighbours: number; weightedDegree: number }>();
  graph.forEachNode((node) => {
    out.set(node, { degree: graph.degree(node), neighbours: graph.neighbors(node).length, weightedDegree: weightedDegree(graph, node, 'weight') });
  });
  return out;
}

/** Betweenness over thread costs: exact with graphology-metrics, or estimated from `samples` source nodes. */
export function betweenness(
  graph: CaseGraph,
  options: Pick<MetricsOptions, 'betweenness' | 'samples' | 'exactMaxWork' | 'seed'> = {},
): { values: Record<string, number>; mode: 'exact' | 'sampled'; samples?: number } {
  const mode = options.betweenness ?? 'auto';
  const n = graph.order;
  const samples = Math.min(n, options.samples ?? defaultSamples(graph));
  const exact = mode === 'exact' || (mode !== 'sampled' && (n * graph.size <= (options.exactMaxWork ?? EXACT_BETWEENNESS_MAX_WORK) || samples >= n));
  if (exact) return { values: betweennessCentrality(graph, { getEdgeWeight: costOf, normalized: true }), mode: 'exact' };

  const brandes = createDijkstraIndexedBrandes(graph, (_e: string, a: Attributes) => edgeCost(a as EdgeAttributes));
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  const random = seededRandom(options.seed ?? 1);
  // A partial Fisher–Yates shuffle picks the sources without repeats.
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  for (let s = 0; s < samples; s += 1) {
    const j = s + Math.floor(random() * (n - s));
    const source = order[j] as number;
    order[j] = order[s] as number;
    order[s] = source;
    const [S, P, sigma] = brandes(source);
    // The same accumulation as graphology-metrics' betweenness (Brandes 2001).
    const visited = S.size;
    const items = (S as unknown as { items: ArrayLike<number> }).items;
    for (let k = 0; k < visited; k += 1) delta[items[k] as number] = 0;
    while (S.size !== 0) {
      const w = S.pop() as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (const v of P[w] as number[]) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      if (w !== source) centralities[w] = (centralities[w] as number) + (delta[w] as number);
    }
  }
  const scale = (n / samples) * (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2)));
  for (let i = 0; i < n; i += 1) centralities[i] = (centralities[i] as number) * scale;
  const index = (brandes as unknown as { index: { collect(values: Float64Array): Record<string, number> } }).index;
  return { values: index.collect(centralities), mode: 'sampled', samples };
}

export function pageRank(graph: CaseGraph): Record<string, number> {
  if (graph.order === 0) return {};
  return pagerank(graph, { getEdgeWeight: 'weight' });
}

export function communities(graph: CaseGraph, options: Pick<MetricsOptions, 'seed' | 'resolution'> = {}): {
  communities: Record<string, number>;
  count: number;
  modularity: number;
} {
  if (graph.size === 0) {
    const out: Record<string, number> = {};
    let c = 0;
    graph.forEachNode((node) => {
      out[node] = c++;
    });
    return { communities: out, count: c, modularity: 0 };
  }
  const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 1), resolution: options.resolution ?? 1 });
  return { communities: result.communities, count: result.count, modularity: result.modularity };
}

export function computeMetrics(graph: CaseGraph, options: MetricsOptions = {}): GraphMetrics {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return Math.round(ms);
  };
  const deg = degrees(graph);
  const msDegree = lap();
  const bet = options.betweenness === 'off' ? undefined : betweenness(graph, options);
  const msBetweenness = lap();
  const pr = pageRank(graph);
  const msPagerank = lap();
  const com = communities(graph, options);
  const msLouvain = lap();
  const nodes = new Map<string, NodeMetrics>();
  for (const [node, d] of deg) {
    nodes.set(node, { ...d, betweenness: bet?.values[node] ?? 0, pagerank: pr[node] ?? 0, community: com.communities[node] ?? -1 });
  }
  return {
    nodes,
    communities: com.count,
    modularity: com.modularity,
    betweenness: bet ? { mode: bet.mode, ...(bet.samples !== undefined ? { samples: bet.samples } : {}) } : { mode: 'off' },
    ms: { degree: msDegree, betweenness: msBetweenness, pagerank: msPagerank, louvain: msLouvain },
  };
}

/** Writes the metrics onto the nodes' attributes, so exports carry them. */
export function assignMetrics(graph: CaseGraph, metrics: GraphMetrics): void {
  for (const [node, m] of metrics.nodes) {
    if (graph.hasNode(node)) graph.mergeNodeAttributes(node, { ...m });
  }
}
