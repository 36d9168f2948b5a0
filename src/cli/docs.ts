/** `ariadne docs`: one line per document with its hashes, type, languages, method and every place it was found. */
import type { Command } from 'commander';
import { jsonl, openCase, out, short, withCase } from './case-option.js';

export function registerDocs(program: Command): void {
  withCase(program.command('docs'))
    .description('list documents: id, sha256, type, languages, title, pages, method, OCR confidence, paths, error')
    .option('--limit <n>', 'at most n documents', (v) => Number.parseInt(v, 10))
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; limit?: number; json: boolean }) => {
      const store = openCase(o);
      const rows = store.documents(o.limit ? { limit: o.limit } : {}).map((d) => ({
        id: d.sha256.slice(0, 16),
        sha256: d.sha256,
        type: d.mime,
        status: d.status,
        languages: d.languages,
        title: d.title,
        pages: d.pageCount,
        method: d.method,
        ocrConfidence: d.ocrConfidence,
        size: d.size,
        paths: store.occurrences(d.sha256).map((p) => ({ source: p.source, path: p.path, chain: p.chain })),
        error: d.errorReason ? { reason: d.errorReason, message: d.errorMessage } : null,
      }));
      store.close();
      if (o.json) return jsonl(rows);
      for (const r of rows) {
        const where = r.paths.map((p) => `${p.source}:${p.path}${p.chain.length ? ' » ' + p.chain.join(' » ') : ''}`).join(' | ');
        const extra = [r.languages.join('+') || '-', r.method ?? '-', r.pages ? `${r.pages}p` : '', r.ocrConfidence !== null ? `ocr ${Math.round(r.ocrConfidence)}%` : ''].filter(Boolean).join(' ');
        out(`${short(r.sha256)}  ${r.type.padEnd(28).slice(0, 28)} ${r.status.padEnd(7)} ${extra.padEnd(24)} ${(r.title ?? '').slice(0, 40).padEnd(40)} ${where}${r.error ? `  ERROR ${r.error.reason}: ${r.error.message}` : ''}`);
      }
    });
}
