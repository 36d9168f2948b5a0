/**
 * Entities: the list, one entity's detail, and the analyst's corrections (merge, split, rename, distinct). A
 * correction re-resolves, re-screens and re-analyses the case exactly as the CLI's do, one at a time.
 */
import { createRoute } from '@hono/zod-openapi';
import { entityDetail, markDistinct, mergeEntities, renameEntity, splitEntity, withRomanised } from '../../workbench/entities.js';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import {
  DistinctBody,
  DistinctResponseSchema,
  EntitiesQuery,
  EntitiesResponseSchema,
  EntityDetailQuery,
  EntityDetailSchema,
  EntityIdParam,
  EntityResponseSchema,
  MergeBody,
  RenameBody,
  SplitBody,
  SplitResponseSchema,
} from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const DEFAULT_ACTOR = 'workbench';
const body = <S>(schema: S) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const list = createRoute({
  method: 'get',
  path: '/api/entities',
  tags: ['entities'],
  summary: 'entities, most mentioned first (as `ariadne entities --json`)',
  request: { query: EntitiesQuery },
  responses: jsonResponses(EntitiesResponseSchema, 'entities'),
});
const detail = createRoute({
  method: 'get',
  path: '/api/entities/{id}',
  tags: ['entities'],
  summary: 'one entity (as `ariadne entity ID --json`) with its transactions',
  request: { params: EntityIdParam, query: EntityDetailQuery },
  responses: jsonResponses(EntityDetailSchema, 'the entity'),
});
const merge = createRoute({ method: 'post', path: '/api/entities/merge', tags: ['corrections'], summary: 'the same: put two entities together', request: body(MergeBody), responses: jsonResponses(EntityResponseSchema, 'the merged entity') });
const split = createRoute({
  method: 'post',
  path: '/api/entities/{id}/split',
  tags: ['corrections'],
  summary: 'take these names out of the entity into one of their own',
  request: { params: EntityIdParam, ...body(SplitBody) },
  responses: jsonResponses(SplitResponseSchema, 'the new entity, then the rest'),
});
const rename = createRoute({
  method: 'post',
  path: '/api/entities/{id}/rename',
  tags: ['corrections'],
  summary: 'the name shown for the entity',
  request: { params: EntityIdParam, ...body(RenameBody) },
  responses: jsonResponses(EntityResponseSchema, 'the renamed entity'),
});
const distinct = createRoute({ method: 'post', path: '/api/entities/distinct', tags: ['corrections'], summary: 'not the same: never put these two together', request: body(DistinctBody), responses: jsonResponses(DistinctResponseSchema, 'the two ids') });

export function registerEntityRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(list, (c) => {
    const { type, q, ambiguous, limit } = c.req.valid('query');
    const entities = ctx.store.entities
      .entities({ ...(type ? { type } : {}), ...(q ? { query: q } : {}) })
      .filter((e) => ambiguous === '1' || !e.ambiguous)
      .slice(0, limit)
      .map(withRomanised);
    return c.json({ entities }, 200);
  });

  app.openapi(detail, (c) => {
    const e = withRomanised(entityDetail(ctx.store, c.req.valid('param').id, c.req.valid('query').mentions));
    return c.json({ ...e, transactions: ctx.store.analysis.transactions({ entity: e.id, limit: 500 }) }, 200);
  });

  app.openapi(merge, async (c) => {
    const { a, b, actor } = c.req.valid('json');
    const entity = await ctx.exclusive(() => mergeEntities(ctx.store, a, b, actor ?? DEFAULT_ACTOR));
    return c.json({ entity: withRomanised(entity) }, 200);
  });

  app.openapi(split, async (c) => {
    const { names, actor } = c.req.valid('json');
    const id = c.req.valid('param').id;
    const entities = await ctx.exclusive(() => splitEntity(ctx.store, id, names, actor ?? DEFAULT_ACTOR));
    return c.json({ entities: entities.map(withRomanised) }, 200);
  });

  app.openapi(rename, async (c) => {
    const { name, actor } = c.req.valid('json');
    const id = c.req.valid('param').id;
    const entity = await ctx.exclusive(() => renameEntity(ctx.store, id, name, actor ?? DEFAULT_ACTOR));
    return c.json({ entity: withRomanised(entity) }, 200);
  });

  app.openapi(distinct, async (c) => {
    const { a, b, actor } = c.req.valid('json');
    const ids = await ctx.exclusive(() => markDistinct(ctx.store, a, b, actor ?? DEFAULT_ACTOR));
    return c.json({ distinct: ids }, 200);
  });
}
