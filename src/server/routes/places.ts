/** GET /api/places: points for the map (photo GPS, coordinates written in documents, named places), each citing its document. */
import { createRoute } from '@hono/zod-openapi';
import { places } from '../../workbench/places.js';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import { PlacesResponseSchema } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const placesRoute = createRoute({ method: 'get', path: '/api/places', tags: ['places'], summary: 'map points with their kind and document', responses: jsonResponses(PlacesResponseSchema, 'places') });

export function registerPlaceRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(placesRoute, (c) => c.json({ places: places(ctx.store) }, 200));
}
