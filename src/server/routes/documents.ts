/** GET /api/documents/:id (metadata, provenance, custody, exact text, mentions, structure) and GET /api/documents/:id/original. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { findDocument } from '../../workbench/documents.js';
import { NotFoundError } from '../../workbench/errors.js';
import type { ServerContext } from '../context.js';
import { errorResponses, jsonResponses } from '../errors.js';
import { DocumentIdParam, DocumentResponseSchema, OriginalQuery } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const documentRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'a document: metadata, every place it was found with custody, exact text, mentions, structure',
  request: { params: DocumentIdParam },
  responses: jsonResponses(DocumentResponseSchema, 'the document'),
});

const originalRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}/original',
  tags: ['documents'],
  summary: 'the original bytes, as the document type; an attachment named after its first path unless ?inline=1',
  request: { params: DocumentIdParam, query: OriginalQuery },
  responses: { 200: { description: 'the original file', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses },
});

/** Types a browser would run scripts in. */
const ACTIVE_TYPES = /html|svg|xml|javascript/i;

/** A Content-Disposition header whose file name survives non-ASCII names (RFC 6266 filename*). */
function disposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function registerDocumentRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(documentRoute, (c) => {
    const { store } = ctx;
    const sha = findDocument(store, c.req.valid('param').id);
    const { text, structure, metadata, ...document } = store.document(sha);
    const paths = store.occurrences(sha);
    const bySource = new Map(store.sources().map((s) => [s.label, s]));
    const custody = [...new Set(paths.map((p) => p.source))].map((label) => {
      const s = bySource.get(label)!;
      return { source: label, custodian: s.custodian, seizedAt: s.seizedAt, seizedWhere: s.seizedWhere, events: store.custodyEvents(s.id) };
    });
    const mentions = store.entities.mentionsOfDocument(document.rowid).map(({ doc: _doc, ...m }) => m);
    return c.json({ document, paths, custody, text: text ?? '', mentions, structure: structure ?? null, metadata: metadata ?? null }, 200);
  });

  app.openapi(originalRoute, (c) => {
    const { store } = ctx;
    const sha = findDocument(store, c.req.valid('param').id);
    const file = store.blobs.pathOf(sha);
    if (!existsSync(file)) throw new NotFoundError(`the original of ${sha} was not stored in the case (only its extracted text was kept)`);
    const doc = store.document(sha);
    const name = store.occurrences(sha)[0]?.name ?? sha;
    const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, {
      'Content-Type': doc.mime || 'application/octet-stream',
      'Content-Length': String(statSync(file).size),
      'Content-Disposition': disposition(c.req.valid('query').inline === '1' ? 'inline' : 'attachment', name),
      'X-Content-Type-Options': 'nosniff',
      // Seized HTML or SVG opened inline must not run scripts with the workbench's origin.
      ...(ACTIVE_TYPES.test(doc.mime) ? { 'Content-Security-Policy': 'sandbox' } : {}),
    }) as never;
  });
}
