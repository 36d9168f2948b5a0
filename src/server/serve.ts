/** Serves the workbench over HTTP with @hono/node-server: 127.0.0.1 unless told otherwise (a case is evidence). */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { createApp, type AppOptions } from './app.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7777;

export interface Listening {
  server: ServerType;
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Starts listening (port 0: any free port) and resolves once the socket is bound. */
export function startServer(store: SqliteCaseStore, opts: AppOptions & { host?: string; port?: number } = {}): Promise<Listening> {
  const app = createApp(store, opts);
  const hostname = opts.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port: opts.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const host = info.address;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        server,
        host,
        port: info.port,
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
      });
    });
    server.once('error', reject);
  });
}
