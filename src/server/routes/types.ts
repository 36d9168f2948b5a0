/** The app type every route file registers on. */
import type { OpenAPIHono } from '@hono/zod-openapi';

export type WorkbenchApp = OpenAPIHono;
