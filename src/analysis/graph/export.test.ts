import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildGraph, edgeKey } from './build.js';
import type { Edge } from './edges.js';
import { csvField, toCsvEdges, toCsvNodes, toGexf, toGraphML, xmlEscape } from './export.js';
import { assignMetrics, computeMetrics } from './metrics.js';

const tricky = 'Abu "Zaid" <al-Tikriti>, & sons\nline two';
const g = buildGraph(
  [
    { source: 'per-1', target: 'per-2', type: 'paid', weight: 1, evidence: { doc: 3, sheet: 'الواردات', row: 4, note: '500 USD' } },
    { source: 'per-2', target: 'per-1', type: 'co-mentioned', weight: 0.5, evidence: { doc: 5, start: 10, end: 40, note: 'paragraph' } },
    { source: 'per-1', target: 'per-2', type: 'co-mentioned', weight: 0.2, evidence: { doc: 6, start: 1, end: 90, note: 'document' } },
    { source: 'per-1', target: 'phn-1', type: 'has-selector', weight: 0.9, evidence: { doc: 3, start: 0, end: 20 } },
  ],
  [
    { id: 'per-1', type: 'person', label: 'أبو زكريا الذهبي' },
    { id: 'per-2', type: 'person', label: tricky },
    { id: 'phn-1', type: 'phone', label: '+963 944 123 456\u0001' },
  ],
);
assignMetrics(g, computeMetrics(g));

describe('exports', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(xmlEscape(`a<b>&"c'\u0000\uD800d😀`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;d😀');
  });

  it('writes well-formed GraphML with declared keys that reads back', () => {
    const xml = toGraphML(g);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name), parseTagValue: false }).parse(xml) as {
      graphml: { key: { id: string; for: string; 'attr.name': string; 'attr.type': string }[]; graph: { edgedefault: string; node: { id: string; data: { key: string; '#text'?: string }[] }[]; edge: { id: string; source: string; target: string; directed?: string; data: { key: string; '#text'?: string }[] }[] } };
    };
    const keys = new Map(doc.graphml.key.map((k) => [k.id, k]));
    expect([...keys.values()].filter((k) => k.for === 'node').map((k) => k['attr.name'])).toEqual(expect.arrayContaining(['type', 'label', 'betweenness', 'community']));
    expect([...keys.values()].filter((k) => k.for === 'edge').map((k) => k['attr.name'])).toEqual(expect.arrayContaining(['type', 'weight', 'count', 'documents', 'evidence']));
    expect(doc.graphml.graph.edgedefault).toBe('undirected');
    expect(doc.graphml.graph.node).toHaveLength(3);
    expect(doc.graphml.graph.edge).toHaveLength(3);
    const value = (data: { key: string; '#text'?: string }[], name: string): string | undefined =>
      data.find((d) => keys.get(d.key)?.['attr.name'] === name)?.['#text'];
    const n2 = doc.graphml.graph.node.find((n) => n.id === 'per-2');
    expect(value(n2?.data ?? [], 'label')).toBe(tricky);
    expect(value(doc.graphml.graph.node.find((n) => n.id === 'phn-1')?.data ?? [], 'label')).toBe('+963 944 123 456');
    const paid = doc.graphml.graph.edge.find((e) => e.id === edgeKey('paid', 'per-1', 'per-2'));
    expect(paid?.directed).toBe('true');
    expect(value(paid?.data ?? [], 'documents')).toBe('3');
    const co = doc.graphml.graph.edge.find((e) => e.id === edgeKey('co-mentioned', 'per-1', 'per-2'));
    expect(co?.directed).toBeUndefined();
    expect(value(co?.data ?? [], 'documents')).toBe('5;6');
  });

  it('writes GEXF that graphology-gexf parses back', () => {
    const back = parseGexf(MultiUndirectedGraph, toGexf(g));
    expect(back.order).toBe(3);
    expect(back.size).toBe(3);
    expect(back.getNodeAttribute('per-2', 'label')).toBe(tricky);
    expect(back.getNodeAttribute('per-1', 'label')).toBe('أبو زكريا الذهبي');
    expect(back.getNodeAttribute('per-1', 'type')).toBe('person');
    expect(back.getNodeAttribute('phn-1', 'label')).toBe('+963 944 123 456');
    const key = edgeKey('co-mentioned', 'per-1', 'per-2');
    expect(back.getEdgeAttribute(key, 'weight')).toBeCloseTo(0.7);
    expect(back.getEdgeAttribute(key, 'count')).toBe(2);
    expect(JSON.parse(back.getEdgeAttribute(key, 'evidence') as string)).toEqual(g.getEdgeAttribute(key, 'evidence'));
  });

  it('writes RFC 4180 CSV that reads back', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")', { formulaGuard: true })).toBe(`"'=HYPERLINK(""x"")"`);
    const nodesCsv = toCsvNodes(g);
    expect(nodesCsv.endsWith('\r\n')).toBe(true);
    const nodes = parseCsv(nodesCsv, { columns: true }) as Record<string, string>[];
    expect(nodes.map((n) => n.id)).toEqual(['per-1', 'per-2', 'phn-1']);
    expect(nodes[1]?.label).toBe(tricky);
    expect(Object.keys(nodes[0] ?? {}).slice(0, 3)).toEqual(['id', 'type', 'label']);
    const edges = parseCsv(toCsvEdges(g), { columns: true }) as Record<string, string>[];
    expect(edges).toHaveLength(3);
    const paid = edges.find((e) => e.type === 'paid');
    expect(paid).toMatchObject({ source: 'per-1', target: 'per-2', directed: 'true', weight: '1', count: '1', documents: '3' });
    expect(JSON.parse(paid?.evidence ?? '[]')).toEqual([{ doc: 3, sheet: 'الواردات', row: 4, note: '500 USD', weight: 1 }]);
  });
});
