/**
 * The workbench's HTTP application (no listening: serve.ts does that): the JSON API under /api, one route file
 * per area, its OpenAPI 3.1 document at /api/openapi.json, and the built web app for every other path.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { ServerContext } from './context.js';
import { errorBody, errorResponse, validationHook } from './errors.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerGraphRoutes } from './routes/graph.js';
import { registerMoneyRoutes } from './routes/money.js';
import { registerPlaceRoutes } from './routes/places.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerSourceRoutes } from './routes/sources.js';
import { registerTimelineRoutes } from './routes/timeline.js';
import { registerTriageRoutes } from './routes/triage.js';
import { registerWatchlistRoutes } from './routes/watchlists.js';
import { webApp } from './static.js';

export interface AppOptions {
  /** The case name /api/health reports (default: the case folder's name). */
  caseName?: string;
  /** Where the built web app is (default dist/web of this checkout). */
  webRoot?: string;
  /** Build the link graph in a worker thread from the start (default true; see ServerContext.warmGraph). */
  warmGraph?: boolean;
  /** Told when the warm-up has the graph ready. */
  onGraphReady?: (info: { nodes: number; edges: number; ms: number }) => void;
}

export function createApp(store: SqliteCaseStore, opts: AppOptions = {}): OpenAPIHono {
  const ctx = new ServerContext(store, opts.caseName);
  if (opts.warmGraph !== false) ctx.warmGraph(opts.onGraphReady);
  const app = new OpenAPIHono({ defaultHook: validationHook });

  app.onError(errorResponse);
  // Reads wait for a running correction or import, so they never see the case half rebuilt.
  app.use('/api/*', async (_c, next) => {
    await ctx.idle();
    await next();
  });

  registerSearchRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerEntityRoutes(app, ctx);
  registerGraphRoutes(app, ctx);
  registerMoneyRoutes(app, ctx);
  registerTriageRoutes(app, ctx);
  registerTimelineRoutes(app, ctx);
  registerPlaceRoutes(app, ctx);
  registerWatchlistRoutes(app, ctx);
  registerSourceRoutes(app, ctx);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Ariadne workbench API', version: '0.1.0', description: 'The JSON API of the Ariadne workbench over one case. Errors are { error, message }.' },
  });

  app.use('*', webApp(opts.webRoot));
  app.notFound((c) => c.json(errorBody('not_found', `no endpoint ${c.req.method} ${c.req.path}`), 404));
  return app;
}
