/**
 * The link graph: an entity's neighbourhood (nodes and aggregated edges among them, each edge with its evidence)
 * and the k best threads between two entities (analysis/graph/paths.ts), every evidence item naming its document.
 */
import { createRoute } from '@hono/zod-openapi';
import type { CaseGraph, EdgeAttributes } from '../../analysis/graph/build.js';
import { egoNodes, forEachEdgeAmong, kShortestPaths } from '../../analysis/graph/paths.js';
import { findEntity } from '../../workbench/entities.js';
import { NotFoundError } from '../../workbench/errors.js';
import { edgeInContext, parseEdgeTypes } from '../../workbench/graph.js';
import type { SqliteCaseStore } from '../../store/sqlite/sqlite-store.js';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import { EdgeQuery, EdgeResponseSchema, EntityIdParam, NeighboursQuery, NeighboursResponseSchema, PathQuery, PathResponseSchema } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const neighbours = createRoute({
  method: 'get',
  path: '/api/graph/neighbours/{id}',
  tags: ['graph'],
  summary: 'the entities within `depth` links of one, with every link among them and its strongest evidence (`evidence` items per link)',
  request: { params: EntityIdParam, query: NeighboursQuery },
  responses: jsonResponses(NeighboursResponseSchema, 'nodes and edges'),
});
const edge = createRoute({
  method: 'get',
  path: '/api/graph/edge',
  tags: ['graph'],
  summary: 'one link with all its kept evidence, each item with its document and the exact text around it',
  request: { query: EdgeQuery },
  responses: jsonResponses(EdgeResponseSchema, 'the link'),
});
const path = createRoute({
  method: 'get',
  path: '/api/graph/path',
  tags: ['graph'],
  summary: 'the k cheapest threads between two entities, each hop with the edges that link its ends',
  request: { query: PathQuery },
  responses: jsonResponses(PathResponseSchema, 'paths, cheapest first'),
});

/** Evidence items with their document's sha256 (edges cite documents by rowid). */
function withDocuments(store: SqliteCaseStore) {
  const stmt = store.db.prepare('SELECT sha256 FROM documents WHERE rowid = ?').pluck();
  const cache = new Map<number, string | undefined>();
  const shaOf = (rowid: number) => {
    if (!cache.has(rowid)) cache.set(rowid, stmt.get(rowid) as string | undefined);
    return cache.get(rowid);
  };
  return (evidence: EdgeAttributes['evidence']) => evidence.map((e) => ({ ...e, sha256: shaOf(e.doc) }));
}

const nodeOf = (graph: CaseGraph, id: string) => ({ id, label: graph.getNodeAttribute(id, 'label'), type: graph.getNodeAttribute(id, 'type') });

function entityInGraph(ctx: ServerContext, graph: CaseGraph, id: string): string {
  const e = findEntity(ctx.store, id);
  if (!graph.hasNode(e.id)) throw new NotFoundError(`${e.id} (${e.type}) is not in the link graph: only persons, organisations, selectors and places are`);
  return e.id;
}

export function registerGraphRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(neighbours, (c) => {
    const { depth, types, limit, evidence: perEdge } = c.req.valid('query');
    const graph = ctx.graph();
    const center = entityInGraph(ctx, graph, c.req.valid('param').id);
    const t = parseEdgeTypes(types);
    const ego = egoNodes(graph, center, depth, { ...(t ? { types: t } : {}), maxNodes: limit });
    const evidence = withDocuments(ctx.store);
    const nodes = [...ego.depth].map(([id, d]) => ({ ...nodeOf(graph, id), degree: graph.degree(id), depth: d }));
    const edges: { source: string; target: string; type: string; directed: boolean; weight: number; count: number; evidence: ReturnType<ReturnType<typeof withDocuments>> }[] = [];
    forEachEdgeAmong(graph, ego.depth, (_key, a, source, target) => {
      edges.push({ source, target, type: a.type, directed: a.directed, weight: a.weight, count: a.count, evidence: evidence(a.evidence.slice(0, perEdge)) });
    }, t);
    return c.json({ nodes, edges, truncated: ego.truncated }, 200);
  });

  app.openapi(edge, (c) => {
    const { type, source, target } = c.req.valid('query');
    return c.json({ edge: edgeInContext(ctx.store, ctx.graph(), type, source, target) }, 200);
  });

  app.openapi(path, (c) => {
    const { from, to, k, types } = c.req.valid('query');
    const graph = ctx.graph();
    const [a, b] = [entityInGraph(ctx, graph, from), entityInGraph(ctx, graph, to)];
    const t = parseEdgeTypes(types);
    const evidence = withDocuments(ctx.store);
    const paths = kShortestPaths(graph, a, b, k, t ? { types: t } : {}).map((p) => ({
      cost: p.cost,
      nodes: p.nodes.map((id) => nodeOf(graph, id)),
      edges: p.hops.flatMap((h) => h.edges.map((e) => ({ source: e.source, target: e.target, type: e.type, directed: e.directed, weight: e.weight, count: e.count, cost: e.cost, evidence: evidence(e.evidence) }))),
    }));
    return c.json({ paths }, 200);
  });
}
