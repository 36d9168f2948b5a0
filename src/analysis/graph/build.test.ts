import { describe, expect, it } from 'vitest';
import { addEdges, buildGraph, edgeKey, edgesByType, graphRevision } from './build.js';
import type { Edge } from './edges.js';

const nodes = [
  { id: 'per-a', type: 'person', label: 'Abu Khalid' },
  { id: 'per-b', type: 'person', label: 'Omar Haddad' },
  { id: 'phn-1', type: 'phone', label: '+963 944 123 456' },
];

describe('buildGraph', () => {
  it('aggregates per (source, target, type): summed weight, count, strongest evidence first', () => {
    const edges: Edge[] = [
      { source: 'per-a', target: 'per-b', type: 'co-mentioned', weight: 0.2, evidence: { doc: 1, start: 0, end: 10, note: 'document' } },
      { source: 'per-b', target: 'per-a', type: 'co-mentioned', weight: 0.9, evidence: { doc: 2, start: 5, end: 30, note: 'sentence' } },
      { source: 'per-a', target: 'per-b', type: 'paid', weight: 1, evidence: { doc: 3, sheet: 'Spending', row: 4 } },
      { source: 'per-b', target: 'per-a', type: 'paid', weight: 1, evidence: { doc: 4, sheet: 'Spending', row: 9 } },
      { source: 'per-a', target: 'per-a', type: 'co-mentioned', weight: 1, evidence: { doc: 5 } },
    ];
    const g = buildGraph(edges, nodes);
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    const co = g.getEdgeAttributes(edgeKey('co-mentioned', 'per-b', 'per-a'));
    expect(co.weight).toBeCloseTo(1.1);
    expect(co.count).toBe(2);
    expect(co.directed).toBe(false);
    expect(co.evidence.map((e) => e.doc)).toEqual([2, 1]);
    expect(co.evidence[0]).toEqual({ doc: 2, start: 5, end: 30, note: 'sentence', weight: 0.9 });
    // Payments keep their direction: a→b and b→a are two edges.
    const ab = edgeKey('paid', 'per-a', 'per-b');
    expect(g.source(ab)).toBe('per-a');
    expect(g.target(ab)).toBe('per-b');
    expect(g.getEdgeAttributes(ab)).toMatchObject({ type: 'paid', directed: true, weight: 1, count: 1 });
    expect(g.hasEdge(edgeKey('paid', 'per-b', 'per-a'))).toBe(true);
    expect(edgesByType(g)).toEqual({ communicated: 0, paid: 2, 'has-selector': 0, 'co-mentioned': 1, 'located-at': 0 });
    expect(g.getNodeAttributes('phn-1')).toEqual({ type: 'phone', label: '+963 944 123 456' });
  });

  it('caps the evidence kept but counts all of it', () => {
    const edges: Edge[] = Array.from({ length: 25 }, (_, i) => ({
      source: 'per-a',
      target: 'phn-1',
      type: 'has-selector' as const,
      weight: (i % 5) / 10 + 0.5,
      evidence: { doc: i },
    }));
    const g = buildGraph(edges, nodes, { evidenceCap: 4 });
    const a = g.getEdgeAttributes(edgeKey('has-selector', 'per-a', 'phn-1'));
    expect(a.count).toBe(25);
    expect(a.evidence.map((e) => e.doc)).toEqual([4, 9, 14, 19]);
    expect(a.weight).toBeCloseTo(edges.reduce((s, e) => s + e.weight, 0));
  });

  it('adds endpoints it was not given as unknown nodes, and counts revisions', () => {
    const g = buildGraph([{ source: 'per-a', target: 'plc-x', type: 'located-at', weight: 1, evidence: { doc: 1 } }], nodes);
    expect(g.getNodeAttributes('plc-x')).toEqual({ type: 'unknown', label: 'plc-x' });
    const r = graphRevision(g);
    addEdges(g, [{ source: 'per-a', target: 'plc-x', type: 'located-at', weight: 1, evidence: { doc: 2 } }]);
    expect(graphRevision(g)).toBe(r + 1);
    expect(g.getEdgeAttribute(edgeKey('located-at', 'per-a', 'plc-x'), 'weight')).toBe(2);
  });
});
