/** GET /api/sources: the sources with their custody events, and the case status (counts by stage, type, language, method, source; errors by reason). */
import { createRoute } from '@hono/zod-openapi';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import { SourcesResponseSchema, type Sources } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const sources = createRoute({ method: 'get', path: '/api/sources', tags: ['case'], summary: 'sources with custody, and the case status', responses: jsonResponses(SourcesResponseSchema, 'sources and status') });

export function registerSourceRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(sources, (c) => {
    const { store } = ctx;
    const list = store.sources().map((s) => ({ ...s, custody: store.custodyEvents(s.id) }));
    // store.stats() is what `ariadne status --json` prints, one line per count; here it keeps its grouping.
    return c.json({ sources: list, status: store.stats() as Sources['status'] }, 200);
  });
}
