import { describe, expect, it } from 'vitest';
import { buildGraph } from './build.js';
import type { Edge, EdgeType } from './edges.js';
import { assignMetrics, betweenness, communities, computeMetrics, degrees, pageRank } from './metrics.js';

const edge = (source: string, target: string, type: EdgeType = 'co-mentioned', weight = 1): Edge => ({ source, target, type, weight, evidence: { doc: 1 } });
const nodes = (ids: string[]): { id: string; type: string; label: string }[] => ids.map((id) => ({ id, type: 'person', label: id }));

describe('metrics', () => {
  // A star around h, plus a pendant chain h–x–y; a and h are also linked by a payment.
  const g = buildGraph(
    [edge('h', 'a'), edge('h', 'b'), edge('h', 'c'), edge('h', 'x'), edge('x', 'y'), edge('a', 'h', 'paid', 2)],
    nodes(['h', 'a', 'b', 'c', 'x', 'y', 'lonely']),
  );

  it('counts degree, distinct neighbours and weighted degree', () => {
    const d = degrees(g);
    expect(d.get('h')).toEqual({ degree: 5, neighbours: 4, weightedDegree: 6 });
    expect(d.get('a')).toEqual({ degree: 2, neighbours: 1, weightedDegree: 3 });
    expect(d.get('lonely')).toEqual({ degree: 0, neighbours: 0, weightedDegree: 0 });
  });

  it('ranks the broker first by betweenness, and the sample over every source equals the exact figure', () => {
    const exact = betweenness(g, { betweenness: 'exact' });
    expect(exact.mode).toBe('exact');
    const top = Object.entries(exact.values).sort((p, q) => q[1] - p[1])[0]?.[0];
    expect(top).toBe('h');
    expect(exact.values.x).toBeGreaterThan(0);
    expect(exact.values.b).toBe(0);
    const all = betweenness(g, { betweenness: 'sampled', samples: g.order });
    expect(all.mode).toBe('sampled');
    for (const n of g.nodes()) expect(all.values[n]).toBeCloseTo(exact.values[n] as number, 9);
    // Auto: exact on small graphs, sampled above the threshold.
    expect(betweenness(g).mode).toBe('exact');
    const sampled = betweenness(g, { exactMaxWork: 10, samples: 4, seed: 3 });
    expect(sampled).toMatchObject({ mode: 'sampled', samples: 4 });
    expect(betweenness(g, { exactMaxWork: 10, samples: 4, seed: 3 }).values).toEqual(sampled.values);
  });

  it('computes PageRank summing to one and finds two communities in two linked cliques', () => {
    const pr = pageRank(g);
    expect(Object.values(pr).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(pr.h).toBeGreaterThan(pr.b as number);
    const left = ['l1', 'l2', 'l3', 'l4'];
    const right = ['r1', 'r2', 'r3', 'r4'];
    const clique = (ids: string[]): Edge[] => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => edge(a, b, 'communicated', 3)));
    const two = buildGraph([...clique(left), ...clique(right), edge('l1', 'r1', 'co-mentioned', 0.1)], nodes([...left, ...right]));
    const c = communities(two);
    expect(c.count).toBe(2);
    expect(new Set(left.map((n) => c.communities[n])).size).toBe(1);
    expect(new Set(right.map((n) => c.communities[n])).size).toBe(1);
    expect(c.communities.l1).not.toBe(c.communities.r1);
    expect(c.modularity).toBeGreaterThan(0.3);
  });

  it('computes everything at once and writes it on the nodes', () => {
    const m = computeMetrics(g);
    expect(m.betweenness.mode).toBe('exact');
    expect(m.nodes.get('h')).toMatchObject({ degree: 5, neighbours: 4 });
    assignMetrics(g, m);
    expect(g.getNodeAttribute('h', 'betweenness')).toBe(m.nodes.get('h')?.betweenness);
    expect(typeof g.getNodeAttribute('lonely', 'community')).toBe('number');
    const empty = computeMetrics(buildGraph([], nodes(['a'])));
    expect(empty.nodes.get('a')).toEqual({ degree: 0, neighbours: 0, weightedDegree: 0, betweenness: 0, pagerank: 1, community: 0 });
  });
});
