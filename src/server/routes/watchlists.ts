/** GET /api/watchlists (the lists and every screening hit) and POST /api/watchlists (import a list sent as text, then screen). */
import { createRoute } from '@hono/zod-openapi';
import { importWatchlistText } from '../../workbench/watchlists.js';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import { WatchlistImportBody, WatchlistImportResponseSchema, WatchlistsResponseSchema } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const list = createRoute({ method: 'get', path: '/api/watchlists', tags: ['watchlists'], summary: 'imported lists and screening hits, best first', responses: jsonResponses(WatchlistsResponseSchema, 'lists and hits') });
const importRoute = createRoute({
  method: 'post',
  path: '/api/watchlists',
  tags: ['watchlists'],
  summary: 'import (or replace) a list: UN consolidated XML, OFAC sdn.csv, or a plain CSV or JSON list; then screen the case',
  request: { body: { content: { 'application/json': { schema: WatchlistImportBody } }, required: true } },
  responses: jsonResponses(WatchlistImportResponseSchema, 'the import summary and the list\'s hits'),
});

export function registerWatchlistRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(list, (c) => {
    const { store } = ctx;
    const hits = store.entities.hits().map((h) => ({ ...h, entityLabel: store.entities.entity(h.entity)?.name ?? h.entity }));
    return c.json({ lists: store.entities.watchlists(), hits }, 200);
  });

  app.openapi(importRoute, async (c) => {
    const { name, filename, content, actor } = c.req.valid('json');
    const list = await ctx.exclusive(() => importWatchlistText(ctx.store, name, filename, content, actor ?? 'workbench'));
    return c.json({ list, hits: ctx.store.entities.hits({ list: name }) }, 200);
  });
}
