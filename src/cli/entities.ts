/**
 * `ariadne entities`, `ariadne entity ID`, and the analyst's corrections: `merge A B`, `split ID NAME...`,
 * `rename ID NAME`, `distinct A B`. Corrections are stored as decisions about names (never row ids), recorded in
 * the audit log with who and when, and replayed by every later resolution; each one re-resolves the case now.
 */
import type { Command } from 'commander';
import { userInfo } from 'node:os';
import type { EntityRecord } from '../store/sqlite/entity-store.js';
import { entityDetail, findEntity, markDistinct, mergeEntities, renameEntity, splitEntity } from '../workbench/entities.js';
import { jsonl, openCase, out, withCase } from './case-option.js';

export { findEntity };

const actorOf = (o: { actor?: string }) => o.actor ?? process.env.ARIADNE_ACTOR ?? userInfo().username;

function line(e: EntityRecord): string {
  const names = [e.nameAr, e.nameLatin].filter(Boolean).join(' / ');
  return `${e.id}  ${e.type.padEnd(12)} ${String(e.mentions).padStart(6)} mentions ${String(e.documents).padStart(5)} docs  ${e.name}${names && names !== e.name ? `  (${names})` : ''}${e.ambiguous ? '  [ambiguous]' : ''}`;
}

export function registerEntities(program: Command): void {
  withCase(program.command('entities'))
    .description('list entities (persons, organisations, places, selectors), most mentioned first')
    .option('--type <type>', 'person, organisation, place, country, phone, email, iban, bic, wallet, domain, ip')
    .option('--query <text>', 'names containing this text (either script)')
    .option('--ambiguous', 'include ambiguous persons (a kunya or a given name alone)', false)
    .option('--limit <n>', 'at most n', (v) => Number.parseInt(v, 10))
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; type?: string; query?: string; ambiguous: boolean; limit?: number; json: boolean }) => {
      const store = openCase(o);
      const rows = store.entities
        .entities({ ...(o.type ? { type: o.type } : {}), ...(o.query ? { query: o.query } : {}) })
        .filter((e) => o.ambiguous || !e.ambiguous)
        .slice(0, o.limit ?? Infinity);
      store.close();
      if (o.json) return jsonl(rows);
      for (const e of rows) out(line(e));
    });

  withCase(program.command('entity').argument('<id>', 'entity id (or a unique prefix)'))
    .description('an entity: its names in both scripts, mentions with context, selectors, connections, watchlist hits')
    .option('--mentions <n>', 'mentions to show', (v) => Number.parseInt(v, 10), 20)
    .option('--json', 'one JSON object', false)
    .action((id: string, o: { case?: string; mentions: number; json: boolean }) => {
      const store = openCase(o);
      const result = entityDetail(store, id, o.mentions);
      store.close();
      const { mentionsShown: mentions, selectors, watchlistHits: hits, ...e } = result;
      if (o.json) return out(JSON.stringify(result));
      out(line(e));
      out(`  Arabic: ${e.nameAr ?? '-'}    Latin: ${e.nameLatin ?? '-'}`);
      out(`  names: ${e.names.map((n) => `${n.surface} (${n.count})`).join(', ')}`);
      if (Array.isArray(e.evidence) && e.evidence.length) out(`  why these names are one: \n${(e.evidence as string[]).slice(0, 10).map((x) => `    - ${x}`).join('\n')}`);
      if (selectors.length) out(`  selectors in the same documents: ${selectors.map((s) => `${s.entity?.name} (${s.documents} docs)`).join(', ')}`);
      if (result.connections.length) out(`  mentioned with: ${result.connections.slice(0, 12).map((s) => `${s.entity?.name} [${s.entity?.id}] (${s.documents})`).join(', ')}`);
      for (const h of hits) out(`  WATCHLIST ${h.list} ${h.ref}: "${h.listName}" ~ "${h.entityName}" score ${h.score.toFixed(2)} — ${h.explanation}`);
      out('  mentions:');
      for (const m of mentions) out(`    ${m.document.slice(0, 12)} @${m.start}-${m.end}  …${m.before.replace(/\s+/g, ' ')}[${m.surface}]${m.after.replace(/\s+/g, ' ')}…`);
    });

  const correction = (name: string, args: string, description: string) =>
    withCase(program.command(name).arguments(args)).description(description).option('--actor <name>', 'who decides (default: $ARIADNE_ACTOR, else the user name)').option('--json', 'print the result as JSON', false);

  correction('merge', '<a> <b>', 'the same person (or organisation, place...): put the two entities together, now and after every re-run').action(
    async (a: string, b: string, o: { case?: string; actor?: string; json: boolean }) => {
      const store = openCase(o);
      const merged = await mergeEntities(store, a, b, actorOf(o));
      store.close();
      if (o.json) return out(JSON.stringify(merged));
      out(`merged into ${line(merged)}`);
    },
  );

  correction('split', '<id> <names...>', 'take these names (values or surfaces) out of the entity into one of their own').action(
    async (id: string, names: string[], o: { case?: string; actor?: string; json: boolean }) => {
      const store = openCase(o);
      const parts = await splitEntity(store, id, names, actorOf(o));
      store.close();
      if (o.json) return jsonl(parts);
      for (const p of parts) out(line(p));
    },
  );

  correction('rename', '<id> <name>', 'the name the workbench and reports show for the entity').action(async (id: string, name: string, o: { case?: string; actor?: string; json: boolean }) => {
    const store = openCase(o);
    const renamed = await renameEntity(store, id, name, actorOf(o));
    store.close();
    if (o.json) return out(JSON.stringify(renamed));
    out(line(renamed));
  });

  correction('distinct', '<a> <b>', 'not the same: never put these two entities together').action(async (a: string, b: string, o: { case?: string; actor?: string; json: boolean }) => {
    const store = openCase(o);
    const [idA, idB] = await markDistinct(store, a, b, actorOf(o));
    store.close();
    if (o.json) return out(JSON.stringify({ distinct: [idA, idB] }));
    out(`${idA} and ${idB} will be kept apart`);
  });

  withCase(program.command('audit'))
    .description("the audit log: analysts' corrections and watchlist imports, newest first")
    .option('--limit <n>', 'at most n', (v) => Number.parseInt(v, 10), 100)
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; limit: number; json: boolean }) => {
      const store = openCase(o);
      const rows = store.entities.auditLog(o.limit);
      store.close();
      if (o.json) return jsonl(rows);
      for (const r of rows) out(`${r.at}  ${r.actor.padEnd(12)} ${r.action.padEnd(18)} ${r.target ?? ''}  ${JSON.stringify(r.details).slice(0, 160)}`);
    });
}
