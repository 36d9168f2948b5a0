/** `ariadne ingest PATH...`: registers an evidence source with its custody record and ingests it. */
import type { Command } from 'commander';
import { ingest } from '../ingest/ingest.js';
import { caseDir, withCase, out } from './case-option.js';
import { progressBar } from './progress.js';

export function registerIngest(program: Command): void {
  withCase(program.command('ingest').argument('<paths...>', 'files or folders of the source'))
    .description('hash, store, unpack and extract a source into the case')
    .option('--source <label>', 'a label for the source (default: the folder name)')
    .option('--custodian <name>', 'who holds the original media')
    .option('--seized-at <date>', 'when it was seized')
    .option('--seized-where <place>', 'where it was seized')
    .option('--no-ocr', 'skip OCR of scans and images')
    .option('--workers <n>', 'extraction workers (default: all cores)', (v) => Number.parseInt(v, 10))
    .option('--quiet', 'no progress bar', false)
    .option('--json', 'print the summary as one JSON line', false)
    .action(async (paths: string[], o: { case?: string; source?: string; custodian?: string; seizedAt?: string; seizedWhere?: string; ocr: boolean; workers?: number; quiet: boolean; json: boolean }) => {
      const bar = progressBar('ingest', o.quiet, 'documents');
      const summary = await ingest({
        caseDir: caseDir(o),
        paths,
        ocr: o.ocr,
        ...(o.source ? { label: o.source } : {}),
        ...(o.custodian ? { custodian: o.custodian } : {}),
        ...(o.seizedAt ? { seizedAt: o.seizedAt } : {}),
        ...(o.seizedWhere ? { seizedWhere: o.seizedWhere } : {}),
        ...(o.workers ? { workers: o.workers } : {}),
        onProgress: (p) => bar.update(p.done, Math.max(p.total, p.done), p.bytes, { errors: p.errors, files: p.files }),
      });
      bar.stop();
      if (o.json) out(JSON.stringify(summary));
      else
        out(
          `ingested ${summary.source}: ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB), ${summary.newDocuments} new documents, ` +
            `${summary.extracted} extracted, ${summary.errors} errors in ${(summary.ms / 1000).toFixed(1)} s ` +
            `(walk ${(summary.walkMs / 1000).toFixed(1)} s, extract ${(summary.extractMs / 1000).toFixed(1)} s); ` +
            `${summary.entities} entities (${summary.persons} persons) resolved in ${(summary.resolveMs / 1000).toFixed(1)} s` +
            (summary.screeningHits ? `, ${summary.screeningHits} watchlist hits` : '') +
            `; ${summary.transactions} transactions, triage, timeline and graph in ${(summary.analyseMs / 1000).toFixed(1)} s`,
        );
    });
}
