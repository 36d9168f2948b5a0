/** GET /api/timeline: dated events (documents, emails, messages, transactions, dates written in text; Hijri converted). */
import { createRoute } from '@hono/zod-openapi';
import { findEntity } from '../../workbench/entities.js';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import { TimelineQuery, TimelineResponseSchema } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const timeline = createRoute({
  method: 'get',
  path: '/api/timeline',
  tags: ['timeline'],
  summary: 'dated events in date order, optionally of one entity or country, within dates',
  request: { query: TimelineQuery },
  responses: jsonResponses(TimelineResponseSchema, 'events'),
});

export function registerTimelineRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(timeline, (c) => {
    const { entity, country, kind, from, to, limit } = c.req.valid('query');
    const events = ctx.store.analysis.events({
      ...(entity ? { entity: findEntity(ctx.store, entity).id } : {}),
      ...(country ? { country } : {}),
      ...(kind ? { kind } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      limit,
    });
    return c.json({ events }, 200);
  });
}
