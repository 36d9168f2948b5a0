/** The case's link graph for the CLI and the workbench: built from the stored edges and the entities they join. */
import { buildGraph, type CaseGraph } from '../analysis/graph/build.js';
import { EDGE_TYPES, NODE_TYPES, type EdgeType } from '../analysis/graph/edges.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { BadInputError } from './errors.js';

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
