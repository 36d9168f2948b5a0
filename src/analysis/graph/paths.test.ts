import { describe, expect, it } from 'vitest';
import { addEdges, buildGraph, type CaseGraph } from './build.js';
import type { Edge, EdgeType } from './edges.js';
import { seededRandom } from './metrics.js';
import { edgeCost, egoNetwork, kShortestPaths, shortestPath, TYPE_COST, type PathOptions } from './paths.js';

const node = (id: string, type = 'person'): { id: string; type: string; label: string } => ({ id, type, label: id });
const edge = (source: string, target: string, type: EdgeType, weight: number, doc: number, note?: string): Edge => ({
  source,
  target,
  type,
  weight,
  evidence: { doc, start: 0, end: 10, ...(note ? { note } : {}) },
});

describe('shortestPath', () => {
  const nodes = ['a', 'b', 'c', 'd'].map((id) => node(id));

  it('prefers a strong two-hop chain to a weak direct co-mention', () => {
    const g = buildGraph(
      [
        edge('a', 'b', 'paid', 1, 10), // a paid b
        edge('b', 'c', 'communicated', 1, 11), // b wrote to c
        edge('a', 'c', 'co-mentioned', 0.15, 12, 'document'), // a and c named in one long document
      ],
      nodes,
    );
    const strong = 2 * edgeCost({ type: 'paid', directed: true, weight: 1, count: 1, evidence: [] });
    const weak = edgeCost({ type: 'co-mentioned', directed: false, weight: 0.15, count: 1, evidence: [] });
    expect(strong).toBeLessThan(weak);
    const p = shortestPath(g, 'a', 'c');
    expect(p?.nodes).toEqual(['a', 'b', 'c']);
    expect(p?.cost).toBeCloseTo(strong);
    expect(p?.hops.map((h) => [h.from, h.to, h.edges.map((e) => e.type), h.edges.flatMap((e) => e.evidence.map((v) => v.doc))])).toEqual([
      ['a', 'b', ['paid'], [10]],
      ['b', 'c', ['communicated'], [11]],
    ]);
    expect(p?.hops[0]?.edges[0]).toMatchObject({ source: 'a', target: 'b', directed: true, count: 1 });
  });

  it('takes the direct link when it is strong enough, or when the filter allows only it', () => {
    const edges = [edge('a', 'b', 'paid', 1, 10), edge('b', 'c', 'communicated', 1, 11)];
    // Twenty sentences naming a and c together: weight 20.
    for (let i = 0; i < 20; i += 1) edges.push(edge('a', 'c', 'co-mentioned', 1, 100 + i, 'sentence'));
    const g = buildGraph(edges, nodes);
    expect(shortestPath(g, 'a', 'c')?.nodes).toEqual(['a', 'c']);
    expect(shortestPath(g, 'a', 'c', { typeCost: { 'co-mentioned': 10 } })?.nodes).toEqual(['a', 'b', 'c']);
    const weakOnly = buildGraph([edge('a', 'b', 'paid', 1, 10), edge('b', 'c', 'communicated', 1, 11), edge('a', 'c', 'co-mentioned', 0.1, 12)], nodes);
    expect(shortestPath(weakOnly, 'a', 'c', { types: ['co-mentioned'] })?.nodes).toEqual(['a', 'c']);
    expect(shortestPath(weakOnly, 'a', 'c', { types: ['paid'] })).toBeNull();
    expect(shortestPath(weakOnly, 'a', 'd')).toBeNull();
    expect(shortestPath(weakOnly, 'a', 'zz')).toBeNull();
  });

  it('does not pass through a place unless asked, but may end at one', () => {
    const g = buildGraph(
      [edge('a', 'x', 'located-at', 5, 1), edge('c', 'x', 'located-at', 5, 2), edge('a', 'd', 'co-mentioned', 0.1, 3), edge('d', 'c', 'co-mentioned', 0.1, 4)],
      [...nodes, node('x', 'place')],
    );
    expect(shortestPath(g, 'a', 'c')?.nodes).toEqual(['a', 'd', 'c']);
    expect(shortestPath(g, 'a', 'c', { avoidThrough: [] })?.nodes).toEqual(['a', 'x', 'c']);
    expect(shortestPath(g, 'a', 'x')?.nodes).toEqual(['a', 'x']);
    expect(kShortestPaths(g, 'a', 'c', 3).map((p) => p.nodes)).toEqual([['a', 'd', 'c']]);
    expect(kShortestPaths(g, 'a', 'x', 3).map((p) => p.nodes)).toEqual([['a', 'x'], ['a', 'd', 'c', 'x']]);
  });
});

/** Every simple path from s to t with its cost (brute force, for small graphs). */
function allSimplePaths(g: CaseGraph, s: string, t: string, options: PathOptions): { nodes: string[]; cost: number }[] {
  const table = { ...TYPE_COST, ...options.typeCost };
  const allowed = (type: EdgeType): boolean => !options.types || options.types.includes(type);
  const hop = (u: string, v: string): number => {
    let best = Infinity;
    g.forEachEdge(u, v, (_e, a) => {
      if (allowed(a.type)) best = Math.min(best, edgeCost(a, table));
    });
    return best;
  };
  const out: { nodes: string[]; cost: number }[] = [];
  const walk = (path: string[], cost: number): void => {
    const last = path[path.length - 1] as string;
    if (last === t) {
      out.push({ nodes: [...path], cost });
      return;
    }
    for (const n of new Set(g.neighbors(last))) {
      if (path.includes(n)) continue;
      // Places are never intermediaries by default.
      if (n !== t && !options.avoidThrough && g.getNodeAttribute(n, 'type') === 'place') continue;
      const c = hop(last, n);
      if (!Number.isFinite(c)) continue;
      path.push(n);
      walk(path, cost + c);
      path.pop();
    }
  };
  walk([s], 0);
  return out.sort((a, b) => a.cost - b.cost);
}

function randomGraph(seed: number, n: number, m: number): CaseGraph {
  const random = seededRandom(seed);
  const types: EdgeType[] = ['paid', 'communicated', 'has-selector', 'co-mentioned', 'co-mentioned', 'located-at'];
  const edges: Edge[] = [];
  for (let i = 0; i < m; i += 1) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b) continue;
    edges.push(edge(`n${a}`, `n${b}`, types[Math.floor(random() * types.length)] as EdgeType, 0.1 + random() * 3, i));
  }
  // The last two nodes are places.
  return buildGraph(
    edges,
    Array.from({ length: n }, (_, i) => node(`n${i}`, i >= n - 2 ? 'place' : 'person')),
  );
}

describe('kShortestPaths', () => {
  it('returns distinct loopless paths in cost order, the k cheapest of all simple paths', () => {
    for (let seed = 1; seed <= 16; seed += 1) {
      const g = randomGraph(seed, 9, 22);
      // Every third graph filters types; every other one forces the Dijkstra fallback of the spur searches.
      const options: PathOptions = {
        ...(seed % 3 === 0 ? { types: ['paid', 'communicated', 'co-mentioned'] as EdgeType[] } : {}),
        ...(seed % 2 === 0 ? { searchBudget: 1 } : {}),
        ...(seed % 4 === 1 ? { avoidThrough: [] } : {}),
      };
      const all = allSimplePaths(g, 'n0', 'n1', options);
      const k = 6;
      const found = kShortestPaths(g, 'n0', 'n1', k, options);
      expect(found.length).toBe(Math.min(k, all.length));
      const ids = new Set(found.map((p) => p.nodes.join('>')));
      expect(ids.size).toBe(found.length);
      for (const p of found) {
        expect(new Set(p.nodes).size).toBe(p.nodes.length);
        expect(p.nodes[0]).toBe('n0');
        expect(p.nodes[p.nodes.length - 1]).toBe('n1');
        expect(p.hops.length).toBe(p.nodes.length - 1);
      }
      for (let i = 1; i < found.length; i += 1) expect(found[i]!.cost).toBeGreaterThanOrEqual(found[i - 1]!.cost - 1e-9);
      found.forEach((p, i) => expect(p.cost).toBeCloseTo(all[i]!.cost, 9));
      if (found[0]) expect(found[0].cost).toBeCloseTo(shortestPath(g, 'n0', 'n1', options)!.cost, 9);
    }
  });

  it('finds the alternatives of a small case in order', () => {
    // a–b–d (paid, paid: 1.18), a–c–d (communicated, sentence co-mention: 2.36), a–d (weak co-mention: 2.74).
    const g = buildGraph(
      [edge('a', 'b', 'paid', 1, 1), edge('b', 'd', 'paid', 1, 2), edge('a', 'c', 'communicated', 1, 3), edge('c', 'd', 'co-mentioned', 1, 4), edge('a', 'd', 'co-mentioned', 0.1, 5)],
      ['a', 'b', 'c', 'd'].map((id) => node(id)),
    );
    expect(kShortestPaths(g, 'a', 'd', 5).map((p) => p.nodes.join(''))).toEqual(['abd', 'acd', 'ad']);
    expect(kShortestPaths(g, 'a', 'd', 2, { types: ['paid', 'communicated'] }).map((p) => p.nodes.join(''))).toEqual(['abd']);
    expect(kShortestPaths(g, 'a', 'a', 2)).toEqual([]);
    expect(kShortestPaths(g, 'a', 'd', 0)).toEqual([]);
  });

  it('follows the graph when it grows', () => {
    const g = buildGraph([edge('a', 'b', 'co-mentioned', 0.1, 1), edge('b', 'c', 'co-mentioned', 0.1, 2)], ['a', 'b', 'c', 'd'].map((id) => node(id)));
    expect(kShortestPaths(g, 'a', 'c', 2).map((p) => p.nodes.join(''))).toEqual(['abc']);
    // addEdges bumps the revision the cached A* index is keyed on: the new, cheaper route is found.
    addEdges(g, [edge('a', 'd', 'paid', 1, 3), edge('d', 'c', 'paid', 1, 4)]);
    expect(kShortestPaths(g, 'a', 'c', 2).map((p) => p.nodes.join(''))).toEqual(['adc', 'abc']);
    // Weights growing on existing edges (same size and order) count too.
    addEdges(g, Array.from({ length: 50 }, (_, i) => edge('a', 'b', 'paid', 1, 10 + i)).concat(Array.from({ length: 50 }, (_, i) => edge('b', 'c', 'paid', 1, 70 + i))));
    expect(kShortestPaths(g, 'a', 'c', 2).map((p) => p.nodes.join(''))).toEqual(['abc', 'adc']);
  });
});

describe('egoNetwork', () => {
  const g = buildGraph(
    [edge('a', 'b', 'paid', 1, 1), edge('b', 'c', 'co-mentioned', 1, 2), edge('c', 'd', 'paid', 1, 3), edge('a', 'e', 'co-mentioned', 1, 4), edge('b', 'e', 'paid', 1, 5)],
    ['a', 'b', 'c', 'd', 'e'].map((id) => node(id)),
  );

  it('keeps the nodes within n hops and the edges among them', () => {
    const ego = egoNetwork(g, 'a', 2);
    expect(Object.fromEntries(ego.depth)).toEqual({ a: 0, b: 1, e: 1, c: 2 });
    expect(ego.graph.order).toBe(4);
    expect(ego.graph.size).toBe(4);
    expect(ego.truncated).toBe(false);
  });

  it('filters edge types and caps the size', () => {
    const paidOnly = egoNetwork(g, 'a', 3, { types: ['paid'] });
    expect(Object.fromEntries(paidOnly.depth)).toEqual({ a: 0, b: 1, e: 2 });
    expect(paidOnly.graph.size).toBe(2);
    const capped = egoNetwork(g, 'a', 3, { maxNodes: 2 });
    expect(capped.depth.size).toBe(2);
    expect(capped.truncated).toBe(true);
    expect(egoNetwork(g, 'zz', 2).graph.order).toBe(0);
  });
});
