/**
 * The case graph for other tools: GraphML (written here, every attribute declared as a key, XML-escaped), GEXF
 * (graphology-gexf, for Gephi) and CSV nodes and edges (RFC 4180: CRLF, quotes doubled, fields with a comma,
 * quote or line break quoted). The chunk generators let the caller stream a large graph to a file; the string
 * functions join them. Edge evidence travels as the list of cited documents and as JSON.
 */
import { write as writeGexf } from 'graphology-gexf';
import type { CaseGraph, EdgeAttributes, NodeAttributes } from './build.js';

/** Characters XML 1.0 forbids (C0 controls but tab, CR, LF; lone surrogates; U+FFFE, U+FFFF) are dropped. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(value: string): string {
  return value.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&apos;';
    }
  });
}

/** Distinct documents cited by an edge's kept evidence, in order. */
export function evidenceDocuments(a: EdgeAttributes): number[] {
  return [...new Set(a.evidence.map((e) => e.doc))];
}

type Scalar = string | number | boolean;

/** Node attributes as flat scalars (objects become JSON). */
function flatNode(a: NodeAttributes): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  }
  return out;
}

/** Edge attributes as flat scalars: the evidence becomes its documents and its JSON. */
function flatEdge(a: EdgeAttributes): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(a)) {
    if (k === 'evidence' || v === undefined || v === null) continue;
    out[k] = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  }
  out.documents = evidenceDocuments(a).join(';');
  out.evidence = JSON.stringify(a.evidence);
  return out;
}

interface KeySpec {
  name: string;
  type: 'string' | 'double' | 'boolean';
}

/** The attributes present and their GraphML types (objects are written as JSON strings). */
function keysOf(records: Iterable<object>): KeySpec[] {
  const types = new Map<string, KeySpec['type']>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) {
      if (v === undefined || v === null) continue;
      const t: KeySpec['type'] = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
      const prev = types.get(k);
      types.set(k, prev === undefined || prev === t ? t : 'string');
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

function* nodeRecords(graph: CaseGraph): Generator<object> {
  for (const { attributes } of graph.nodeEntries()) yield attributes;
}

/** Edge attributes as flatEdge will write them: evidence becomes two string fields. */
function* edgeRecords(graph: CaseGraph): Generator<object> {
  yield { documents: '', evidence: '' };
  for (const { attributes } of graph.edgeEntries()) {
    const { evidence: _evidence, ...rest } = attributes;
    yield rest;
  }
}

function formatScalar(v: Scalar): string {
  return typeof v === 'number' ? (Number.isFinite(v) ? String(v) : 'NaN') : String(v);
}

/** GraphML in chunks (about `batch` elements each). Undirected by default; directed edges say directed="true". */
export function* graphmlChunks(graph: CaseGraph, batch = 1000): Generator<string> {
  const nodeKeys = keysOf(nodeRecords(graph));
  const edgeKeys = keysOf(edgeRecords(graph)).filter((k) => k.name !== 'directed');
  const nodeId = new Map(nodeKeys.map((k, i) => [k.name, `n${i}`]));
  const edgeId = new Map(edgeKeys.map((k, i) => [k.name, `e${i}`]));
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const k of nodeKeys) out += `  <key id="${nodeId.get(k.name)}" for="node" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>\n`;
  for (const k of edgeKeys) out += `  <key id="${edgeId.get(k.name)}" for="edge" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>\n`;
  out += '  <graph id="G" edgedefault="undirected">\n';
  let n = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    out += `    <node id="${xmlEscape(node)}">`;
    for (const [k, v] of Object.entries(flatNode(attributes))) out += `<data key="${nodeId.get(k)}">${xmlEscape(formatScalar(v))}</data>`;
    out += '</node>\n';
    if (++n % batch === 0) {
      yield out;
      out = '';
    }
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    out += `    <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}"${attributes.directed ? ' directed="true"' : ''}>`;
    for (const [k, v] of Object.entries(flatEdge(attributes))) {
      if (k !== 'directed') out += `<data key="${edgeId.get(k)}">${xmlEscape(formatScalar(v))}</data>`;
    }
    out += '</edge>\n';
    if (++n % batch === 0) {
      yield out;
      out = '';
    }
  }
  yield `${out}  </graph>\n</graphml>\n`;
}

export function toGraphML(graph: CaseGraph): string {
  return [...graphmlChunks(graph)].join('');
}

/** GEXF 1.3 with graphology-gexf: node type and metrics, edge type, weight, count, direction and evidence. */
export function toGexf(graph: CaseGraph): string {
  // graphology-gexf escapes markup but not the characters XML forbids: drop those first.
  const clean = (r: Record<string, Scalar>): Record<string, Scalar> => {
    for (const [k, v] of Object.entries(r)) if (typeof v === 'string') r[k] = v.replace(XML_INVALID, '');
    return r;
  };
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key: string, a: NodeAttributes) => {
      const { label, ...rest } = clean(flatNode(a));
      return { label: String(label ?? ''), attributes: rest };
    },
    formatEdge: (_key: string, a: EdgeAttributes) => ({ label: a.type, weight: a.weight, attributes: clean(flatEdge(a)) }),
  });
}

export interface CsvOptions {
  /**
   * Prefix fields that start with = + - @ (or a tab or CR) with an apostrophe, so a spreadsheet does not run
   * them as formulas (seized text is hostile input). Off by default: it alters the values (phones start with +).
   */
  formulaGuard?: boolean;
}

export function csvField(value: Scalar | undefined, options: CsvOptions = {}): string {
  let s = value === undefined ? '' : formatScalar(value);
  if (options.formulaGuard && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(fields: readonly (Scalar | undefined)[], options: CsvOptions): string {
  return `${fields.map((f) => csvField(f, options)).join(',')}\r\n`;
}

const NODE_FIRST = ['type', 'label'];
const EDGE_FIRST = ['type', 'directed', 'weight', 'count', 'documents', 'evidence'];

function columns(records: Iterable<object>, first: readonly string[]): string[] {
  const seen = new Set(keysOf(records).map((k) => k.name));
  return [...first.filter((k) => seen.has(k)), ...[...seen].filter((k) => !first.includes(k)).sort()];
}

/** nodes.csv: id, type, label, then any metrics. */
export function* csvNodeChunks(graph: CaseGraph, options: CsvOptions = {}, batch = 5000): Generator<string> {
  const cols = columns(nodeRecords(graph), NODE_FIRST);
  let out = csvLine(['id', ...cols], options);
  let n = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    const r = flatNode(attributes);
    out += csvLine([node, ...cols.map((c) => r[c])], options);
    if (++n % batch === 0) {
      yield out;
      out = '';
    }
  }
  yield out;
}

/** edges.csv: id, source, target, type, directed, weight, count, documents (';'-separated), evidence (JSON). */
export function* csvEdgeChunks(graph: CaseGraph, options: CsvOptions = {}, batch = 5000): Generator<string> {
  const cols = columns(edgeRecords(graph), EDGE_FIRST);
  let out = csvLine(['id', 'source', 'target', ...cols], options);
  let n = 0;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const r = flatEdge(attributes);
    out += csvLine([edge, source, target, ...cols.map((c) => r[c])], options);
    if (++n % batch === 0) {
      yield out;
      out = '';
    }
  }
  yield out;
}

export function toCsvNodes(graph: CaseGraph, options: CsvOptions = {}): string {
  return [...csvNodeChunks(graph, options)].join('');
}

export function toCsvEdges(graph: CaseGraph, options: CsvOptions = {}): string {
  return [...csvEdgeChunks(graph, options)].join('');
}
