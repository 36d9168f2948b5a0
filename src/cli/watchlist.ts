/** `ariadne watchlist import FILE --name NAME`, `ariadne watchlist list`, and `ariadne screen`. */
import type { Command } from 'commander';
import { userInfo } from 'node:os';
import { DEFAULT_SCREEN_THRESHOLD, screenStage } from '../ingest/screen-stage.js';
import { importWatchlist } from '../workbench/watchlists.js';
import { jsonl, openCase, out, withCase } from './case-option.js';

export function registerWatchlist(program: Command): void {
  const wl = program.command('watchlist').description('sanctions and watch lists');
  withCase(wl.command('import').argument('<file>', 'UN consolidated XML, OFAC sdn.csv (alt.csv beside it is read too), or a plain CSV/JSON list'))
    .description('import (or replace) a list, then screen the case against it')
    .requiredOption('--name <name>', 'the list name, e.g. UN or OFAC')
    .option('--actor <name>', 'who imports it (default: $ARIADNE_ACTOR, else the user name)')
    .option('--json', 'print the summary as one JSON line', false)
    .action((file: string, o: { case?: string; name: string; actor?: string; json: boolean }) => {
      const store = openCase(o);
      const actor = o.actor ?? process.env.ARIADNE_ACTOR ?? userInfo().username;
      const summary = importWatchlist(store, file, o.name, actor);
      store.close();
      if (o.json) return out(JSON.stringify(summary));
      out(`imported ${o.name} (${summary.format}): ${summary.entries} entries; screened ${summary.screened} entities: ${summary.hits} hits`);
    });
  withCase(wl.command('list'))
    .description('the imported lists')
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; json: boolean }) => {
      const store = openCase(o);
      const rows = store.entities.watchlists();
      store.close();
      if (o.json) return jsonl(rows);
      for (const w of rows) out(`${w.name.padEnd(12)} ${w.format.padEnd(13)} ${String(w.entries).padStart(6)} entries  imported ${w.importedAt} by ${w.importedBy}  sha256 ${w.sha256.slice(0, 12)}  ${w.source}`);
    });

  withCase(program.command('screen'))
    .description('screen every person and organisation against the imported lists; print the hits with their evidence')
    .option('--list <name>', 'one list only')
    .option('--threshold <score>', `lowest score reported (default ${DEFAULT_SCREEN_THRESHOLD})`, Number.parseFloat)
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; list?: string; threshold?: number; json: boolean }) => {
      const store = openCase(o);
      const s = screenStage(store, { ...(o.list ? { list: o.list } : {}), ...(o.threshold !== undefined ? { threshold: o.threshold } : {}) });
      const hits = store.entities.hits({ ...(o.list ? { list: o.list } : {}) }).map((h) => {
        const e = store.entities.entity(h.entity);
        const evidence = [...new Set(store.entities.mentionsOfEntity(h.entity, 50).map((m) => m.sha256))].slice(0, 10);
        return { ...h, entityLabel: e?.name ?? h.entity, evidence };
      });
      store.close();
      if (o.json) return jsonl(hits);
      out(`screened ${s.entities} entities against ${s.entries} entries of ${s.lists.join(', ') || 'no list'}: ${s.hits} hits`);
      for (const h of hits) {
        out(`${h.score.toFixed(2)}  ${h.entity} "${h.entityName}"  ~  ${h.list} ${h.ref} "${h.listName}"`);
        out(`      ${h.explanation}`);
        out(`      evidence: ${h.evidence.map((d) => d.slice(0, 12)).join(' ')}`);
      }
    });
}
