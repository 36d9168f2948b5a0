/**
 * The built web app (dist/web): its files with their content types, and index.html for every other path outside
 * /api so that deep links (/entities/per-…) load the app. Without a build, a plain page says how to make one.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Context, MiddlewareHandler } from 'hono';

/** dist/web beside src/ or dist/ (this file runs from src/server under tsx and from dist/server when built). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Ariadne</title>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto">
<h1>Ariadne workbench</h1>
<p>The web app is not built yet. Run <code>npm run build</code>, then reload this page.</p>
<p>The API is up: try <a href="/api/health">/api/health</a> or <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>`;

function sendFile(c: Context, file: string, cache: string): Response {
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return c.body(body, 200, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': String(statSync(file).size), 'Cache-Control': cache });
}

/** GET/HEAD of any path outside /api: a file of the build, else index.html. */
export function webApp(root: string = DEFAULT_WEB_ROOT): MiddlewareHandler {
  const base = resolve(root);
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path === '/api' || path.startsWith('/api/')) return next();
    const index = join(base, 'index.html');
    if (!existsSync(index)) return c.html(NOT_BUILT, 200);
    let rel: string;
    try {
      rel = decodeURIComponent(path);
    } catch {
      return c.text('bad path', 400);
    }
    const file = normalize(join(base, rel));
    const inside = file === base || file.startsWith(base + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) {
      // Vite's hashed assets never change; everything else is checked again each time.
      return sendFile(c, file, rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    return sendFile(c, index, 'no-cache');
  };
}
