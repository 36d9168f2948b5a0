/** `ariadne status`: counts by stage, type, language, source; errors grouped by reason. */
import type { Command } from 'commander';
import { jsonl, openCase, out, withCase } from './case-option.js';

export function registerStatus(program: Command): void {
  withCase(program.command('status'))
    .description('counts by stage, type, language and source; errors by reason')
    .option('--json', 'JSON Lines: one line per count', false)
    .action((o: { case?: string; json: boolean }) => {
      const store = openCase(o);
      const s = store.stats() as Record<string, Record<string, unknown>[] | Record<string, number>>;
      store.close();
      if (o.json) {
        const rows: unknown[] = [{ kind: 'files', ...s.files }, { kind: 'blobs', ...s.blobs }];
        for (const k of ['byStatus', 'byType', 'byLanguage', 'byMethod', 'bySource', 'errors'] as const) for (const r of s[k] as Record<string, unknown>[]) rows.push({ kind: k, ...r });
        rows.push({ kind: 'stages', ...s.stages });
        jsonl(rows);
        return;
      }
      const f = s.files as Record<string, number>;
      const b = s.blobs as Record<string, number>;
      out(`files ${f.n} (${((f.bytes ?? 0) / 1e6).toFixed(1)} MB), distinct contents ${b.n} (${((b.bytes ?? 0) / 1e6).toFixed(1)} MB)`);
      const table = (title: string, rows: Record<string, unknown>[], key: string) => {
        out(`\n${title}`);
        for (const r of rows) out(`  ${String(r[key]).padEnd(72)} ${r.n ?? r.documents}${r.example ? `   e.g. ${String(r.example).slice(0, 100)}` : ''}`);
      };
      const st = s.stages as unknown as ReturnType<typeof store.stages>;
      out(`stages: extracted ${st.extracted} of ${st.documents}, entities recognised in ${st.recognised} of ${st.done}, ${st.analysed ? `analysed ${st.analysed.documents} documents at ${st.analysed.at}` : 'not analysed yet'}`);
      table('documents by stage', s.byStatus as Record<string, unknown>[], 'status');
      table('by type', s.byType as Record<string, unknown>[], 'mime');
      table('by language', s.byLanguage as Record<string, unknown>[], 'lang');
      table('by method', s.byMethod as Record<string, unknown>[], 'method');
      table('by source (documents)', s.bySource as Record<string, unknown>[], 'source');
      table('errors by reason', s.errors as Record<string, unknown>[], 'reason');
    });
}
