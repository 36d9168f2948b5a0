/** `ariadne text DOC` (the exact extracted text) and `ariadne show DOC` (metadata and provenance). */
import type { Command } from 'commander';
import { openCase, out, withCase } from './case-option.js';

export function registerText(program: Command): void {
  withCase(program.command('text').argument('<doc>', 'document id (or a unique prefix of it)'))
    .description('print the exact extracted text of a document')
    .action((id: string, o: { case?: string }) => {
      const store = openCase(o);
      const sha = store.resolveDocument(id);
      process.stdout.write(store.textOf(sha));
      store.close();
    });

  withCase(program.command('show').argument('<doc>', 'document id (or a unique prefix of it)'))
    .description('metadata and provenance of a document')
    .option('--json', 'one JSON line', false)
    .action((id: string, o: { case?: string; json: boolean }) => {
      const store = openCase(o);
      const sha = store.resolveDocument(id);
      const { text, ...doc } = store.document(sha);
      const paths = store.occurrences(sha);
      const sources = new Map(store.sources().map((s) => [s.label, s]));
      const provenance = paths.map((p) => ({ ...p, custody: sources.get(p.source) }));
      store.close();
      const record = { ...doc, textLength: text?.length ?? 0, blob: store.blobs.pathOf(sha), provenance };
      if (o.json) return out(JSON.stringify(record));
      out(JSON.stringify(record, null, 2));
    });
}
