/**
 * Every error leaves the API as JSON { error, message } with a status that says whose fault it was: 400 for bad
 * input (a zod validation message, or a query with nothing to search), 404 for an unknown id or path, 500 otherwise.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { BadInputError, NotFoundError } from '../workbench/errors.js';
import { ErrorSchema } from './schemas.js';

export function errorBody(code: string, message: string) {
  return { error: code, message };
}

/** The answer to a thrown error. */
export function errorResponse(err: unknown, c: Context): Response {
  if (err instanceof NotFoundError) return c.json(errorBody('not_found', err.message), 404);
  if (err instanceof BadInputError) return c.json(errorBody('bad_request', err.message), 400);
  if (err instanceof z.ZodError) return c.json(errorBody('bad_request', z.prettifyError(err)), 400);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json(errorBody(status === 404 ? 'not_found' : status < 500 ? 'bad_request' : 'internal', err.message || 'request failed'), status);
  }
  // A malformed JSON body reaches here as a SyntaxError from the validator.
  if (err instanceof SyntaxError) return c.json(errorBody('bad_request', `the body is not valid JSON: ${err.message}`), 400);
  return c.json(errorBody('internal', err instanceof Error ? err.message : String(err)), 500);
}

/** The zod-openapi hook: a request that fails its schema gets 400 with zod's readable message. */
export function validationHook(result: { success: boolean; error?: unknown }, c: Context): Response | undefined {
  if (result.success) return undefined;
  const message = result.error instanceof z.ZodError ? z.prettifyError(result.error) : 'invalid request';
  return c.json(errorBody('bad_request', message), 400);
}

/** The documented error responses of a route. */
const errorContent = { 'application/json': { schema: ErrorSchema } };
export const errorResponses = {
  400: { description: 'bad input', content: errorContent },
  404: { description: 'unknown id', content: errorContent },
  500: { description: 'something else went wrong', content: errorContent },
} as const;

/** A route's responses: 200 with this JSON schema, and the errors. */
export function jsonResponses<S extends z.ZodType>(schema: S, description: string) {
  return { 200: { description, content: { 'application/json': { schema } } }, ...errorResponses };
}
