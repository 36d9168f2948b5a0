/**
 * One ingest in its own process, so that its peak RSS is its own: prints one JSON line with the wall time, the
 * peak RSS (main thread and workers) and the summary. Used by bench/ingest.ts.
 *   npx tsx bench/lib/ingest-child.ts CASE_DIR '{"paths":[...],"ocr":false,"entities":true}'
 */
import { existsSync } from 'node:fs';

// The compiled ingest (npm run build), so worker threads start as they do in production rather than via tsx.
const dist = new URL('../../dist/ingest/ingest.js', import.meta.url).href;
const { ingest } = (await import(existsSync(new URL(dist)) ? dist : '../../src/ingest/ingest.js')) as typeof import('../../src/ingest/ingest.js');

const [caseDir, json] = process.argv.slice(2);
const opts = JSON.parse(json ?? '{}') as { paths: string[]; ocr?: boolean; entities?: boolean; label?: string };
const t0 = performance.now();
const summary = await ingest({ caseDir: caseDir!, paths: opts.paths, label: opts.label ?? 'bench', ocr: opts.ocr ?? false, entities: opts.entities ?? true });
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, summary }));
