/**
 * The case graph: one graphology edge per (source, target, type), its weight the sum of the document edges it
 * aggregates, its evidence the strongest few of them plus a count of all. The graph is an undirected multigraph
 * (threads follow links either way, and metrics and Louvain want one edge kind); edges of the directed types
 * (paid, communicated) keep their direction in their source and target and say so in `directed`.
 */
import { MultiUndirectedGraph } from 'graphology';
import { DIRECTED_TYPES, type Edge, type EdgeType, type Evidence } from './edges.js';

export interface NodeAttributes {
  type: string;
  label: string;
  /** Set by metrics.assignMetrics. */
  degree?: number;
  neighbours?: number;
  weightedDegree?: number;
  betweenness?: number;
  pagerank?: number;
  community?: number;
}

export interface EdgeAttributes {
  type: EdgeType;
  directed: boolean;
  /** Sum of the aggregated edges' weights. */
  weight: number;
  /** How many document edges were aggregated (evidence items seen, kept or not). */
  count: number;
  /** The strongest EVIDENCE_CAP pieces of evidence, strongest first, each with the weight it brought. */
  evidence: (Evidence & { weight: number })[];
}

export type CaseGraph = MultiUndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface GraphNode {
  id: string;
  type: string;
  label: string;
}

export const EVIDENCE_CAP = 10;

/** The key of the aggregated edge: co-mentions are unordered, the other types keep their orientation. */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  if (type === 'co-mentioned' && target < source) [source, target] = [target, source];
  return `${type}|${source}|${target}`;
}

export interface BuildOptions {
  evidenceCap?: number;
}

export function buildGraph(edges: Iterable<Edge>, nodes: Iterable<GraphNode>, options: BuildOptions = {}): CaseGraph {
  const graph: CaseGraph = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  for (const n of nodes) graph.mergeNode(n.id, { type: n.type, label: n.label });
  addEdges(graph, edges, options);
  return graph;
}

const revisions = new WeakMap<CaseGraph, number>();

/** Bumped by every addEdges call: caches derived from a graph's weights (paths.ts) compare it. */
export function graphRevision(graph: CaseGraph): number {
  return revisions.get(graph) ?? 0;
}

/**
 * Adds document edges to a graph (endpoints missing from the graph become nodes of type 'unknown'). The batch is
 * aggregated in a Map first and each new edge added once: graphology's per-edge checks cost more than the Map.
 */
export function addEdges(graph: CaseGraph, edges: Iterable<Edge>, options: BuildOptions = {}): void {
  const cap = options.evidenceCap ?? EVIDENCE_CAP;
  revisions.set(graph, graphRevision(graph) + 1);
  const fresh = new Map<string, { source: string; target: string; attributes: EdgeAttributes }>();
  const empty = graph.size === 0;
  for (const e of edges) {
    if (e.source === e.target) continue;
    const key = edgeKey(e.type, e.source, e.target);
    const item = { ...e.evidence, weight: e.weight };
    const a = fresh.get(key)?.attributes ?? (!empty && graph.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined);
    if (a) {
      a.weight += e.weight;
      a.count += 1;
      keepStrongest(a.evidence, item, cap);
      continue;
    }
    const [source, target] = e.type === 'co-mentioned' && e.target < e.source ? [e.target, e.source] : [e.source, e.target];
    fresh.set(key, {
      source,
      target,
      attributes: { type: e.type, directed: DIRECTED_TYPES.has(e.type), weight: e.weight, count: 1, evidence: cap > 0 ? [item] : [] },
    });
  }
  for (const [key, { source, target, attributes }] of fresh) {
    if (!graph.hasNode(source)) graph.addNode(source, { type: 'unknown', label: source });
    if (!graph.hasNode(target)) graph.addNode(target, { type: 'unknown', label: target });
    graph.addEdgeWithKey(key, source, target, attributes);
  }
}

/** Inserts into a list sorted by weight (descending, earlier first on ties), keeping at most cap items. */
function keepStrongest(list: (Evidence & { weight: number })[], item: Evidence & { weight: number }, cap: number): void {
  if (cap <= 0) return;
  if (list.length >= cap && (list[list.length - 1] as { weight: number }).weight >= item.weight) return;
  let i = list.length;
  while (i > 0 && (list[i - 1] as { weight: number }).weight < item.weight) i -= 1;
  list.splice(i, 0, item);
  if (list.length > cap) list.pop();
}

/** Edge counts by type. */
export function edgesByType(graph: CaseGraph): Record<EdgeType, number> {
  const out: Record<EdgeType, number> = { communicated: 0, paid: 0, 'has-selector': 0, 'co-mentioned': 0, 'located-at': 0 };
  graph.forEachEdge((_e, a) => {
    out[a.type] += 1;
  });
  return out;
}
