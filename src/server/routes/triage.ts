/** GET /api/triage: documents per country they point at, and one country's queue, most urgent first, with the reasons. */
import { createRoute } from '@hono/zod-openapi';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import { TriageQuery, TriageResponseSchema } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const triage = createRoute({
  method: 'get',
  path: '/api/triage',
  tags: ['triage'],
  summary: 'countries with their document and urgent counts; with ?country=CC that country\'s queue',
  request: { query: TriageQuery },
  responses: jsonResponses(TriageResponseSchema, 'countries and the queue (empty without a country)'),
});

export function registerTriageRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(triage, (c) => {
    const { country, limit } = c.req.valid('query');
    const countries = ctx.store.analysis.countryCounts();
    const queue = country ? ctx.store.analysis.verdicts({ country: country.toUpperCase(), limit }) : [];
    return c.json({ countries, queue }, 200);
  });
}
