/** GET /api/health and GET /api/search. */
import { createRoute } from '@hono/zod-openapi';
import { workbenchSearch } from '../../workbench/search.js';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import { HealthSchema, SearchQuery, SearchResponseSchema } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const health = createRoute({ method: 'get', path: '/api/health', tags: ['case'], summary: 'the case and its size', responses: jsonResponses(HealthSchema, 'the case') });

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['search'],
  summary: 'full-text search with snippets, and facets over the best 500 matches',
  description:
    'Hits as the search engine returns them (id = sha256, snippets with highlight offsets into the exact text, duplicate paths folded). ' +
    'Facets count type group, language, source, entity (persons and organisations), triage country and year over the best 500 matches ' +
    'of the query with its filters (ids only, so cheap); ' +
    'a query that names a known person (in either script) also searches that person\'s names in both scripts (expanded).',
  request: { query: SearchQuery },
  responses: jsonResponses(SearchResponseSchema, 'hits, time and facets'),
});

export function registerSearchRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(health, (c) => {
    const n = (sql: string) => (ctx.store.db.prepare(sql).get() as { n: number }).n;
    return c.json({ case: ctx.caseName, documents: n('SELECT count(*) n FROM documents'), entities: n('SELECT count(*) n FROM entities'), ranker: ctx.store.ranker.name, graph: ctx.graphState }, 200);
  });

  app.openapi(searchRoute, (c) => {
    const { q, limit, ...filters } = c.req.valid('query');
    return c.json(workbenchSearch(ctx.store, q, { ...filters, limit }), 200);
  });
}
