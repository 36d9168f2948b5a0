/** `ariadne serve --case DIR [--port 7777] [--host 127.0.0.1]`: the web workbench and its JSON API over one case. */
import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../server/serve.js';
import { openCase, out, withCase } from './case-option.js';

export function registerServe(program: Command): void {
  withCase(program.command('serve'))
    .description('the web workbench: search, documents, entities, graph, money, triage, timeline, map, watchlists')
    .option('--port <n>', `port (default ${DEFAULT_PORT}; 0 for any free port)`, (v) => Number.parseInt(v, 10), DEFAULT_PORT)
    .option('--host <address>', `address to listen on (default ${DEFAULT_HOST}: this machine only)`, DEFAULT_HOST)
    .action(async (o: { case?: string; port: number; host: string }) => {
      if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) throw new Error(`--port ${o.port}: give a port number from 0 to 65535`);
      const store = openCase(o);
      const s = await startServer(store, {
        port: o.port,
        host: o.host,
        onGraphReady: (g) => out(`link graph ready: ${g.nodes} entities, ${g.edges} links (built beside the server in ${(g.ms / 1000).toFixed(1)} s)`),
      });
      out(`Ariadne workbench on ${s.url}/ (case ${store.dir}); API at ${s.url}/api, OpenAPI at ${s.url}/api/openapi.json. Ctrl-C stops it.`);
      if (o.host !== DEFAULT_HOST && o.host !== 'localhost') out(`warning: listening on ${o.host}: anyone who can reach this address can read the case`);
      const stop = () => {
        void s.close().finally(() => {
          store.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
