/**
 * Threads between two entities: the cheapest path where an edge costs less the stronger its type and the more
 * evidence it aggregates (a payment or a message outweighs two names in one long document), the k cheapest
 * loopless paths (Yen's algorithm; its searches are graphology-shortest-path's A*, guided by exact distances to
 * the target from its indexed Dijkstra, with its bidirectional Dijkstra as the fallback), and the ego network of
 * an entity. Every hop lists the edges that link its two ends, cheapest first, with their evidence.
 * Paths ignore edge direction: "A paid B, C wrote to B" is a thread from A to C. Places are not passed through
 * by default (two people named with one city are not a thread).
 */
import astar from 'graphology-shortest-path/astar.js';
import dijkstra from 'graphology-shortest-path/dijkstra.js';
import { MultiUndirectedGraph } from 'graphology';
import { createDijkstraIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { Attributes } from 'graphology-types';
import { graphRevision, type CaseGraph, type EdgeAttributes, type NodeAttributes } from './build.js';
import { EDGE_TYPES, type EdgeType, type Evidence } from './edges.js';

type IndexedBrandesFunction = ReturnType<typeof createDijkstraIndexedBrandes>;

/** Base cost of one hop by type, before the evidence discount. */
export const TYPE_COST: Readonly<Record<EdgeType, number>> = {
  paid: 1,
  communicated: 1,
  'has-selector': 1,
  'located-at': 2,
  'co-mentioned': 3,
};

/** Cost of an excluded or blocked edge: any path using one is rejected. */
const BLOCKED = 1e12;

/** Node types a thread may start or end at but not pass through by default: a shared city links no one. */
export const DEFAULT_AVOID_THROUGH: readonly string[] = ['place'];

export interface PathOptions {
  /** Edge types a path may use (default: all). */
  types?: readonly EdgeType[];
  /** Overrides of TYPE_COST. */
  typeCost?: Partial<Record<EdgeType, number>>;
  /** Node types that may not be intermediaries (default DEFAULT_AVOID_THROUGH; [] allows all). */
  avoidThrough?: readonly string[];
  /** Most evidence items reported per hop edge (default: all kept on the edge). */
  maxEvidence?: number;
  /** Edge visits an A* spur search may make before falling back on bidirectional Dijkstra (default: max(20,000, edges / 2)). */
  searchBudget?: number;
}

/**
 * The cost of one aggregated edge: its type's base cost divided by 1 + ln(1 + weight). A sentence co-mention
 * (weight ~1) costs 1.8, a weak document co-mention (~0.15) 2.6, one payment or message 0.6.
 */
export function edgeCost(a: EdgeAttributes, typeCost: Readonly<Record<EdgeType, number>> = TYPE_COST): number {
  return typeCost[a.type] / (1 + Math.log1p(Math.max(0, a.weight)));
}

export interface HopEdge {
  key: string;
  type: EdgeType;
  directed: boolean;
  source: string;
  target: string;
  weight: number;
  count: number;
  cost: number;
  evidence: (Evidence & { weight: number })[];
}

export interface Hop {
  from: string;
  to: string;
  /** The cheapest allowed edge's cost. */
  cost: number;
  /** Every allowed edge between the two ends, cheapest first. */
  edges: HopEdge[];
}

export interface Thread {
  nodes: string[];
  cost: number;
  hops: Hop[];
}

type Weight = (edge: string, a: EdgeAttributes) => number;

interface Blocks {
  nodes: ReadonlySet<string>;
  /** Blocked neighbour pairs, both ways. */
  pairs: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Edge costs for one query: excluded types and edges into nodes that may not be passed through cost BLOCKED. */
class Coster {
  readonly weight: Weight;
  readonly types?: ReadonlySet<EdgeType>;
  readonly table: Readonly<Record<EdgeType, number>>;
  readonly avoid: ReadonlySet<string>;
  private readonly passable = new Map<string, boolean>();

  constructor(
    private readonly graph: CaseGraph,
    private readonly from: string,
    private readonly to: string,
    options: PathOptions,
  ) {
    if (options.types) this.types = new Set(options.types);
    this.table = { ...TYPE_COST, ...options.typeCost };
    this.avoid = new Set(options.avoidThrough ?? DEFAULT_AVOID_THROUGH);
    this.weight = this.avoid.size > 0 ? (e, a) => (this.allowed(a.type) && this.endsOk(e) ? edgeCost(a, this.table) : BLOCKED) : (_e, a) => this.cost(a);
  }

  allowed(type: EdgeType): boolean {
    return !this.types || this.types.has(type);
  }

  cost(a: EdgeAttributes): number {
    return this.allowed(a.type) ? edgeCost(a, this.table) : BLOCKED;
  }

  private canPass(node: string): boolean {
    if (node === this.from || node === this.to) return true;
    let ok = this.passable.get(node);
    if (ok === undefined) {
      ok = !this.avoid.has(this.graph.getNodeAttribute(node, 'type'));
      this.passable.set(node, ok);
    }
    return ok;
  }

  private endsOk(edge: string): boolean {
    return this.canPass(this.graph.source(edge)) && this.canPass(this.graph.target(edge));
  }

  /** The weight function with some nodes and neighbour pairs removed (Yen's spur searches). */
  blocked(blocks: Blocks): Weight {
    const graph = this.graph;
    return (e, a) => {
      const s = graph.source(e);
      const t = graph.target(e);
      if (blocks.nodes.has(s) || blocks.nodes.has(t) || blocks.pairs.get(s)?.has(t)) return BLOCKED;
      return this.weight(e, a);
    };
  }

  /** The cheapest allowed edge between two nodes (BLOCKED when none). */
  pairCost(u: string, v: string): number {
    let best = BLOCKED;
    this.graph.forEachEdge(u, v, (e, a) => {
      const cost = this.weight(e, a);
      if (cost < best) best = cost;
    });
    return best;
  }

  /** The path's cost, Infinity when a hop has no allowed edge. */
  pathCost(nodes: readonly string[]): number {
    let total = 0;
    for (let i = 0; i + 1 < nodes.length; i += 1) {
      const cost = this.pairCost(nodes[i] as string, nodes[i + 1] as string);
      if (cost >= BLOCKED) return Infinity;
      total += cost;
    }
    return total;
  }
}

/** Cheapest path by bidirectional Dijkstra, null when none or when it needed a blocked edge. */
function cheapest(graph: CaseGraph, c: Coster, from: string, to: string): string[] | null {
  const path = dijkstra.bidirectional(graph, from, to, c.weight);
  if (!path || path.length < 2 || !Number.isFinite(c.pathCost(path))) return null;
  return path;
}

interface HeuristicIndex {
  run: IndexedBrandesFunction;
  neighborhood: ArrayLike<number>;
  weights: ArrayLike<number>;
  starts: ArrayLike<number>;
  ids: Map<string, number>;
}

/** Per graph: its revision and the indices built for it, by cost table, types and avoided node types. */
const heuristicIndices = new WeakMap<CaseGraph, { revision: string; byKey: Map<string, HeuristicIndex> }>();
const MAX_INDICES_PER_GRAPH = 4;

/**
 * Lower bounds of the cost from every node to `to`, for the A* of Yen's spur searches: exact distances under the
 * query's costs (types, cost table, avoided node types; with no node avoided when `to` itself is of an avoided
 * type), which only relax in spur searches, so the bound stays consistent. One Dijkstra of
 * graphology-shortest-path's indexed Brandes routine; its neighbourhood index is built once per graph and kind of
 * query, and kept until the graph changes (graphRevision).
 */
function lowerBoundsTo(graph: CaseGraph, c: Coster, to: string): (node: string) => number {
  const avoid = c.avoid.has(graph.getNodeAttribute(to, 'type')) ? new Set<string>() : c.avoid;
  const types = c.types;
  const key = `${EDGE_TYPES.map((t) => (types && !types.has(t) ? 'x' : c.table[t])).join(',')}|${[...avoid].sort().join(',')}`;
  const revision = `${graph.order}:${graph.size}:${graphRevision(graph)}`;
  let cache = heuristicIndices.get(graph);
  if (!cache || cache.revision !== revision) {
    cache = { revision, byKey: new Map() };
    heuristicIndices.set(graph, cache);
  }
  let h = cache.byKey.get(key);
  if (!h) {
    const avoided = new Set<string>();
    if (avoid.size > 0) {
      graph.forEachNode((n, a) => {
        if (avoid.has(a.type)) avoided.add(n);
      });
    }
    const weight = (e: string, a: Attributes): number => {
      const attrs = a as EdgeAttributes;
      if (types && !types.has(attrs.type)) return BLOCKED;
      if (avoided.size > 0 && (avoided.has(graph.source(e)) || avoided.has(graph.target(e)))) return BLOCKED;
      return edgeCost(attrs, c.table);
    };
    const run = createDijkstraIndexedBrandes(graph, weight);
    const index = (run as unknown as { index: { neighborhood: ArrayLike<number>; weights: ArrayLike<number>; starts: ArrayLike<number>; nodes: string[] } }).index;
    h = { run, neighborhood: index.neighborhood, weights: index.weights, starts: index.starts, ids: new Map(index.nodes.map((n, i) => [n, i])) };
    if (cache.byKey.size >= MAX_INDICES_PER_GRAPH) cache.byKey.delete(cache.byKey.keys().next().value as string);
    cache.byKey.set(key, h);
  }
  const { neighborhood, weights, starts, ids } = h;
  const source = ids.get(to) as number;
  const [S, P] = h.run(source);
  const settled = (S as unknown as { items: ArrayLike<number> }).items;
  const dist = new Float64Array(graph.order).fill(Infinity);
  dist[source] = 0;
  for (let i = 0; i < S.size; i += 1) {
    const v = settled[i] as number;
    const p = (P[v] as number[])[0];
    if (v === source || p === undefined) continue;
    let best = Infinity;
    for (let j = starts[p] as number; j < (starts[p + 1] as number); j += 1) {
      if (neighborhood[j] === v && (weights[j] as number) < best) best = weights[j] as number;
    }
    dist[v] = (dist[p] as number) + best;
  }
  // Nodes reached only through blocked edges cannot lead to `to`.
  for (let i = 0; i < dist.length; i += 1) if ((dist[i] as number) >= BLOCKED / 2) dist[i] = Infinity;
  S.clear(); // the routine's stack is shared between runs
  return (node) => {
    const i = ids.get(node);
    return i === undefined ? Infinity : (dist[i] as number);
  };
}

function describe(graph: CaseGraph, c: Coster, nodes: string[], maxEvidence: number): Thread {
  const hops: Hop[] = [];
  let total = 0;
  for (let i = 0; i + 1 < nodes.length; i += 1) {
    const from = nodes[i] as string;
    const to = nodes[i + 1] as string;
    const edges: HopEdge[] = [];
    graph.forEachEdge(from, to, (key, a, source, target) => {
      const cost = c.weight(key, a);
      if (cost >= BLOCKED) return;
      edges.push({
        key,
        type: a.type,
        directed: a.directed,
        source,
        target,
        weight: a.weight,
        count: a.count,
        cost,
        evidence: Number.isFinite(maxEvidence) ? a.evidence.slice(0, maxEvidence) : a.evidence.slice(),
      });
    });
    edges.sort((x, y) => x.cost - y.cost);
    const cost = edges[0]?.cost ?? BLOCKED;
    total += cost;
    hops.push({ from, to, cost, edges });
  }
  return { nodes, cost: total, hops };
}

/** The cheapest thread from one entity to another, or null when none links them (with the allowed types). */
export function shortestPath(graph: CaseGraph, from: string, to: string, options: PathOptions = {}): Thread | null {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return null;
  const c = new Coster(graph, from, to, options);
  const path = cheapest(graph, c, from, to);
  return path ? describe(graph, c, path, options.maxEvidence ?? Infinity) : null;
}

/** Fewest edge visits an A* spur search may make before it gives way to bidirectional Dijkstra. */
const A_STAR_MIN_BUDGET = 20_000;
const OVER_BUDGET = Symbol('over budget');

interface Found {
  nodes: string[];
  cost: number;
  /** Index of the spur node this path left its parent at (Lawler: its children spur from there on). */
  deviation: number;
}

/**
 * The k cheapest loopless threads, cheapest first: Yen's algorithm, with Lawler's rule (spur only from where a
 * path deviated) and each spur search an A* (graphology-shortest-path) guided by exact distances to the target.
 */
export function kShortestPaths(graph: CaseGraph, from: string, to: string, k: number, options: PathOptions = {}): Thread[] {
  if (k < 1 || !graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  const c = new Coster(graph, from, to, options);
  if (k === 1) {
    const only = cheapest(graph, c, from, to);
    return only ? [describe(graph, c, only, options.maxEvidence ?? Infinity)] : [];
  }
  const heuristic = lowerBoundsTo(graph, c, to);
  const budget = options.searchBudget ?? Math.max(A_STAR_MIN_BUDGET, graph.size / 2);
  /**
   * A spur search: A* under the exact lower bounds, pruned at `limit` (a path dearer than the k-th candidate is of
   * no use). A* is fast while the blocked edges leave the bounds nearly exact; when they do not (a cheap gateway to
   * the target blocked), it can wander the whole graph, so past `budget` edge visits it gives way to
   * graphology-shortest-path's bidirectional Dijkstra.
   */
  const search = (spur: string, weight: Weight, limit = Infinity): string[] | null => {
    let visits = 0;
    const counted: Weight = (e, a) => {
      if (++visits > budget) throw OVER_BUDGET;
      return weight(e, a);
    };
    let path: string[] | null;
    try {
      path = astar.bidirectional(graph, spur, to, counted, heuristic, { cutoff: Math.min(BLOCKED / 2, limit) });
    } catch (error) {
      if (error !== OVER_BUDGET) throw error;
      path = dijkstra.bidirectional(graph, spur, to, weight);
    }
    return path && path.length >= 2 ? path : null;
  };
  const first = search(from, c.weight);
  const firstCost = first ? c.pathCost(first) : Infinity;
  if (!first || !Number.isFinite(firstCost)) return [];
  const found: Found[] = [{ nodes: first, cost: firstCost, deviation: 0 }];
  const candidates: Found[] = [];
  const seen = new Set<string>([first.join('\u0001')]);
  while (found.length < k) {
    const prev = found[found.length - 1] as Found;
    for (let i = prev.deviation; i + 1 < prev.nodes.length; i += 1) {
      const spur = prev.nodes[i] as string;
      const root = prev.nodes.slice(0, i + 1);
      const pairs = new Map<string, Set<string>>();
      const block = (u: string, v: string): void => {
        (pairs.get(u) ?? pairs.set(u, new Set()).get(u)!).add(v);
        (pairs.get(v) ?? pairs.set(v, new Set()).get(v)!).add(u);
      };
      for (const p of found) {
        if (p.nodes.length > i + 1 && root.every((n, j) => p.nodes[j] === n)) block(p.nodes[i] as string, p.nodes[i + 1] as string);
      }
      // Once there are enough candidates, a spur path only matters if it beats the one that would come last.
      const need = k - found.length;
      let limit = Infinity;
      if (candidates.length >= need) limit = (candidates.map((x) => x.cost).sort((x, y) => x - y)[need - 1] as number) - c.pathCost(root) + 1e-9;
      if (limit <= 0) continue;
      const spurPath = search(spur, c.blocked({ nodes: new Set(root.slice(0, -1)), pairs }), limit);
      if (!spurPath) continue;
      const nodes = root.concat(spurPath.slice(1));
      const id = nodes.join('\u0001');
      if (seen.has(id)) continue;
      seen.add(id);
      const cost = c.pathCost(nodes);
      if (Number.isFinite(cost)) candidates.push({ nodes, cost, deviation: i });
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let j = 1; j < candidates.length; j += 1) {
      const cj = candidates[j] as Found;
      const cb = candidates[best] as Found;
      if (cj.cost < cb.cost || (cj.cost === cb.cost && cj.nodes.length < cb.nodes.length)) best = j;
    }
    found.push(candidates.splice(best, 1)[0] as Found);
  }
  return found.map((p) => describe(graph, c, p.nodes, options.maxEvidence ?? Infinity));
}

export interface EgoOptions {
  types?: readonly EdgeType[];
  /** Stop adding nodes beyond this many (the nearest are kept: the walk is breadth-first). */
  maxNodes?: number;
}

export interface EgoNetwork {
  graph: CaseGraph;
  /** Hops from the centre for each node kept. */
  depth: Map<string, number>;
  /** True when maxNodes cut the walk short. */
  truncated: boolean;
}

/** The entities within `hops` links of a centre, breadth-first over the allowed edge types, the nearest kept first. */
export function egoNodes(graph: CaseGraph, center: string, hops: number, options: EgoOptions = {}): { depth: Map<string, number>; truncated: boolean } {
  const allowed = options.types ? new Set<EdgeType>(options.types) : undefined;
  const maxNodes = options.maxNodes ?? Infinity;
  const depth = new Map<string, number>();
  let truncated = false;
  if (!graph.hasNode(center)) return { depth, truncated };
  depth.set(center, 0);
  let frontier = [center];
  for (let d = 1; d <= hops && frontier.length > 0 && !truncated; d += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_e, a, s, t) => {
        if (truncated || (allowed && !allowed.has(a.type))) return;
        const other = s === node ? t : s;
        if (depth.has(other)) return;
        if (depth.size >= maxNodes) {
          truncated = true;
          return;
        }
        depth.set(other, d);
        next.push(other);
      });
    }
    frontier = next;
  }
  return { depth, truncated };
}

/** Calls `visit` once for every allowed edge with both ends in `nodes` (from its source end: there are no self-loops). */
export function forEachEdgeAmong(graph: CaseGraph, nodes: ReadonlyMap<string, unknown>, visit: (key: string, attributes: EdgeAttributes, source: string, target: string) => void, types?: readonly EdgeType[]): void {
  const allowed = types ? new Set<EdgeType>(types) : undefined;
  for (const node of nodes.keys()) {
    graph.forEachEdge(node, (key, a, s, t) => {
      if (s !== node || (allowed && !allowed.has(a.type)) || !nodes.has(t)) return;
      visit(key, a, s, t);
    });
  }
}

/**
 * The entities within `hops` links of a centre (breadth-first over the allowed edge types, which
 * graphology-traversal cannot filter) and every allowed edge among them, as a graph of its own.
 */
export function egoNetwork(graph: CaseGraph, center: string, hops: number, options: EgoOptions = {}): EgoNetwork {
  const { depth, truncated } = egoNodes(graph, center, hops, options);
  const sub: CaseGraph = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  for (const node of depth.keys()) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  forEachEdgeAmong(graph, depth, (key, a, s, t) => sub.addEdgeWithKey(key, s, t, { ...a, evidence: a.evidence.slice() }), options.types);
  return { graph: sub, depth, truncated };
}
