/** The case's link graph for the CLI and the workbench: built from the stored edges and the entities they join. */
import { buildGraph, edgeKey, type CaseGraph } from '../analysis/graph/build.js';
import { EDGE_TYPES, NODE_TYPES, type EdgeType } from '../analysis/graph/edges.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { BadInputError, NotFoundError } from './errors.js';

/** The case's link graph, from the stored edges and the entities they join. */
export function loadGraph(store: SqliteCaseStore): CaseGraph {
  const nodes = NODE_TYPES.flatMap((type) => store.entities.entities({ type }).map((e) => ({ id: e.id, type: e.type, label: e.nameLatin && e.nameLatin !== e.name ? `${e.name} (${e.nameLatin})` : e.name })));
  return buildGraph(store.analysis.allEdges(), nodes);
}

/** A comma-separated list of edge types (undefined when none is given). */
export function parseEdgeTypes(v: string | undefined): EdgeType[] | undefined {
  if (!v) return undefined;
  const list = v.split(',').map((s) => s.trim()) as EdgeType[];
  const bad = list.filter((t) => !EDGE_TYPES.includes(t));
  if (bad.length) throw new BadInputError(`unknown edge type ${bad.join(', ')}: use ${EDGE_TYPES.join(', ')}`);
  return list;
}

/** One evidence item with its document's hash and title and, for an evidence with offsets, the exact text around it. */
export interface EvidenceInContext {
  doc: number;
  sha256?: string;
  title?: string | null;
  start?: number;
  end?: number;
  sheet?: string;
  row?: number;
  note?: string;
  weight?: number;
  before?: string;
  text?: string;
  after?: string;
}

/** Characters of context either side of an evidence span. */
const CONTEXT = 80;

/** The aggregated edge of `type` between two entities, its every kept evidence item in context. */
export function edgeInContext(store: SqliteCaseStore, graph: CaseGraph, type: string, source: string, target: string) {
  const [t] = parseEdgeTypes(type) ?? [];
  const key = edgeKey(t!, source, target);
  if (!graph.hasEdge(key)) throw new NotFoundError(`no ${type} link between ${source} and ${target}`);
  const a = graph.getEdgeAttributes(key);
  const doc = store.db.prepare('SELECT sha256, title, text FROM documents WHERE rowid = ?');
  const evidence: EvidenceInContext[] = a.evidence.map((e) => {
    const d = doc.get(e.doc) as { sha256: string; title: string | null; text: string | null } | undefined;
    const out: EvidenceInContext = { ...e, ...(d ? { sha256: d.sha256, title: d.title } : {}) };
    if (d?.text && e.start !== undefined && e.end !== undefined) {
      out.before = d.text.slice(Math.max(0, e.start - CONTEXT), e.start);
      out.text = d.text.slice(e.start, e.end);
      out.after = d.text.slice(e.end, e.end + CONTEXT);
    }
    return out;
  });
  return { source: graph.source(key), target: graph.target(key), type: a.type, directed: a.directed, weight: a.weight, count: a.count, evidence };
}
