/**
 * For the browser tests: a case ingested from a generated haul, the real server (`ariadne serve`, the compiled
 * CLI, as an analyst runs it) on a free port, and Debian's Chromium driven by playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeHaul } from '../src/haul/write.js';
import type { Truth } from '../src/haul/truth.js';
import { ingest } from '../src/ingest/ingest.js';

export const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;
export const SCREENSHOTS = new URL('../docs/screenshots/', import.meta.url).pathname;

export interface Workbench {
  url: string;
  caseDir: string;
  truth: Truth;
  server: ChildProcess;
  browser: Browser;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `ariadne serve` and waits until /api/health answers. */
export async function serve(caseDir: string): Promise<{ url: string; server: ChildProcess }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const port = await freePort();
  const server = spawn(process.execPath, [CLI, 'serve', '--case', caseDir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (server.exitCode !== null) throw new Error(`ariadne serve exited: ${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, server };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`ariadne serve did not answer: ${log}`);
}

/** A case from a generated haul (no OCR: the scans keep their originals), the server and a browser. */
export async function startWorkbench(opts: { docs?: number; seed?: number } = {}): Promise<Workbench> {
  const dir = mkdtempSync(join(tmpdir(), 'ariadne-web-'));
  const haul = join(dir, 'h');
  await makeHaul({ out: haul, docs: opts.docs ?? 120, seed: opts.seed ?? 11 });
  const caseDir = join(dir, 'case');
  await ingest({ caseDir, paths: [join(haul, 'haul')], label: 'laptop', ocr: false });
  const truth = JSON.parse(readFileSync(join(haul, 'truth.json'), 'utf8')) as Truth;
  const { url, server } = await serve(caseDir);
  const browser = await chromium.launch({ executablePath: process.env.ARIADNE_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url,
    caseDir,
    truth,
    server,
    browser,
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

/** A page at 1366×768 that fails the test on any console error or uncaught exception. */
export async function analystPage(w: Workbench): Promise<{ page: Page; errors: string[] }> {
  const page = await w.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}
