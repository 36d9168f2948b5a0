/**
 * The analysis commands: `path A B [--k]`, `neighbours ID [--hops]`, `graph export --format graphml|gexf|csv`,
 * `graph metrics`, `transactions`, `money [--by category|month|country]`, `triage [--country CC]`,
 * `timeline [--entity ID]`. They read what the analysis stage stored; the graph is built from the stored edges.
 */
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import type { CaseGraph } from '../analysis/graph/build.js';
import { EDGE_TYPES } from '../analysis/graph/edges.js';
import { csvEdgeChunks, csvNodeChunks, graphmlChunks, toGexf } from '../analysis/graph/export.js';
import { computeMetrics } from '../analysis/graph/metrics.js';
import { egoNetwork, kShortestPaths, type Thread } from '../analysis/graph/paths.js';
import { loadGraph, parseEdgeTypes as types } from '../workbench/graph.js';
import { MONEY_GROUPINGS, moneyBy, transactionFilter, type TransactionQuery } from '../workbench/money.js';
import { jsonl, openCase, out, withCase } from './case-option.js';
import { findEntity } from './entities.js';

export { loadGraph };

function printThread(graph: CaseGraph, t: Thread, docOf: (rowid: number) => string): void {
  const label = (id: string) => `${String(graph.getNodeAttribute(id, 'label'))} [${id}]`;
  out(`cost ${t.cost.toFixed(2)}: ${t.nodes.map(label).join(' → ')}`);
  for (const h of t.hops) {
    const e = h.edges[0]!;
    const docs = [...new Set(e.evidence.map((x) => docOf(x.doc)))].slice(0, 5);
    out(`   ${label(h.from)} —${e.type} (×${e.count})→ ${label(h.to)}   evidence: ${docs.join(' ')}`);
  }
}

export function registerAnalysis(program: Command): void {
  withCase(program.command('path').arguments('<a> <b>'))
    .description('the thread between two entities: the k best paths, each hop with its evidence documents')
    .option('--k <n>', 'how many paths', (v) => Number.parseInt(v, 10), 1)
    .option('--types <list>', `edge types allowed (${EDGE_TYPES.join(', ')})`)
    .option('--json', 'JSON Lines, one path per line', false)
    .action((a: string, b: string, o: { case?: string; k: number; types?: string; json: boolean }) => {
      const store = openCase(o);
      const [ea, eb] = [findEntity(store, a), findEntity(store, b)];
      const graph = loadGraph(store);
      const t = types(o.types);
      const paths = kShortestPaths(graph, ea.id, eb.id, o.k, t ? { types: t } : {});
      const sha = store.db.prepare('SELECT sha256 FROM documents WHERE rowid = ?');
      const docOf = (rowid: number) => ((sha.get(rowid) as { sha256: string } | undefined)?.sha256 ?? String(rowid)).slice(0, 12);
      if (o.json) {
        jsonl(paths.map((p) => ({ ...p, hops: p.hops.map((h) => ({ ...h, edges: h.edges.map((e) => ({ ...e, evidence: e.evidence.map((x) => ({ ...x, document: docOf(x.doc) })) })) })) })));
      } else if (paths.length === 0) out(`no path between ${ea.name} and ${eb.name}`);
      else for (const p of paths) printThread(graph, p, docOf);
      store.close();
    });

  withCase(program.command('neighbours').argument('<id>'))
    .description('the entities within n links of one, with the links between them')
    .option('--hops <n>', 'links away', (v) => Number.parseInt(v, 10), 1)
    .option('--types <list>', `edge types followed (${EDGE_TYPES.join(', ')})`)
    .option('--json', 'JSON Lines, one neighbour per line', false)
    .action((id: string, o: { case?: string; hops: number; types?: string; json: boolean }) => {
      const store = openCase(o);
      const e = findEntity(store, id);
      const graph = loadGraph(store);
      const t = types(o.types);
      const ego = egoNetwork(graph, e.id, o.hops, { ...(t ? { types: t } : {}), maxNodes: 5000 });
      const rows = [...ego.depth.entries()].filter(([n]) => n !== e.id).map(([n, depth]) => ({ id: n, depth, label: ego.graph.getNodeAttribute(n, 'label'), type: ego.graph.getNodeAttribute(n, 'type'), links: ego.graph.edges(e.id, n).map((k) => ego.graph.getEdgeAttribute(k, 'type')) }));
      store.close();
      if (o.json) return jsonl(rows);
      out(`${e.name} [${e.id}]: ${rows.length} entities within ${o.hops} hop(s)${ego.truncated ? ' (truncated)' : ''}`);
      for (const r of rows.sort((x, y) => x.depth - y.depth)) out(`  ${r.depth}  ${String(r.type).padEnd(12)} ${r.id}  ${String(r.label)}  ${r.links.join(',')}`);
    });

  const graph = program.command('graph').description('the link graph');
  withCase(graph.command('export'))
    .description('write the link graph as GraphML, GEXF (Gephi) or CSV (nodes and edges)')
    .requiredOption('--format <format>', 'graphml, gexf or csv')
    .option('--out <file>', 'where to write (csv: FILE-nodes.csv and FILE-edges.csv); default stdout')
    .action(async (o: { case?: string; format: string; out?: string }) => {
      const store = openCase(o);
      const g = loadGraph(store);
      store.close();
      const write = async (chunks: Iterable<string>, file?: string) => {
        const stream: NodeJS.WritableStream = file ? createWriteStream(file) : process.stdout;
        for (const c of chunks) if (!stream.write(c)) await new Promise<void>((r) => stream.once('drain', () => r()));
        if (file) await new Promise<void>((r) => stream.end(() => r()));
      };
      if (o.format === 'graphml') await write(graphmlChunks(g), o.out);
      else if (o.format === 'gexf') await write([toGexf(g)], o.out);
      else if (o.format === 'csv') {
        await write(csvNodeChunks(g), o.out ? `${o.out}-nodes.csv` : undefined);
        await write(csvEdgeChunks(g), o.out ? `${o.out}-edges.csv` : undefined);
      } else throw new Error(`unknown format ${o.format}: use graphml, gexf or csv`);
    });
  withCase(graph.command('metrics'))
    .description('degree, betweenness, PageRank and community of every node, most central first')
    .option('--limit <n>', 'at most n', (v) => Number.parseInt(v, 10), 30)
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; limit: number; json: boolean }) => {
      const store = openCase(o);
      const g = loadGraph(store);
      store.close();
      const m = computeMetrics(g);
      const rows = [...m.nodes.entries()].map(([id, x]) => ({ id, label: g.getNodeAttribute(id, 'label'), type: g.getNodeAttribute(id, 'type'), ...x })).sort((a, b) => b.pagerank - a.pagerank).slice(0, o.limit);
      if (o.json) return jsonl(rows);
      out(`${g.order} nodes, ${g.size} edges, ${m.communities} communities (modularity ${m.modularity.toFixed(3)}), betweenness ${m.betweenness.mode}`);
      for (const r of rows) out(`  ${r.pagerank.toFixed(4)}  betweenness ${r.betweenness.toFixed(3)}  degree ${String(r.degree).padStart(4)}  community ${String(r.community).padStart(3)}  ${r.id}  ${String(r.label)}`);
    });

  withCase(program.command('transactions'))
    .description('money found in ledgers and prose, each with its document and sheet row or offsets')
    .option('--entity <id>', 'paid by or to this entity')
    .option('--payer <id or name>', 'paid by this entity, or by this name as written when the payer was not resolved')
    .option('--payee <id or name>', 'paid to this entity, or to this name as written when the payee was not resolved')
    .option('--account <id>', 'in documents that mention this IBAN or wallet entity')
    .option('--category <c>', 'taxation_zakat, oil_sales, checkpoint_fees, antiquities, ransom, donations_abroad, salaries, transfers_abroad, other')
    .option('--direction <d>', 'income or spending')
    .option('--country <cc>', 'to or from this foreign country (ISO code)')
    .option('--without <what>', 'naming no payer, no payee, or no foreign country: payer, payee or country')
    .option('--from <date>')
    .option('--to <date>')
    .option('--limit <n>', 'at most n', (v) => Number.parseInt(v, 10))
    .option('--json', 'JSON Lines', false)
    .action((o: TransactionQuery & { case?: string; json: boolean }) => {
      const store = openCase(o);
      const { case: _case, json: _json, ...query } = o;
      const rows = store.analysis.transactions(transactionFilter(store, query));
      store.close();
      if (o.json) return jsonl(rows);
      for (const t of rows) {
        const where = t.sheet !== undefined ? `${t.sheet}!${t.row}` : `@${t.start}-${t.end}`;
        out(`${t.date ?? '????-??-??'}  ${t.amount.toLocaleString('en')} ${t.currency}${t.usd !== null ? ` ($${Math.round(t.usd).toLocaleString('en')})` : ''}  ${t.category}  ${t.payer ?? '?'} → ${t.payee ?? '?'}${t.country ? `  [${t.country}]` : ''}  ${t.sha256.slice(0, 12)} ${where}`);
      }
    });

  withCase(program.command('money'))
    .description('income and spending summed in USD: by category, month (and category) or foreign country; top payers, payees, flows between them, and accounts')
    .option('--by <what>', MONEY_GROUPINGS.join(', '), 'category')
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; by: string; json: boolean }) => {
      const store = openCase(o);
      const rows = moneyBy(store, o.by);
      store.close();
      if (o.json) return jsonl(rows);
      for (const r of rows) out(`${String(r.label ?? r.key ?? '-').padEnd(36)} ${r.direction.padEnd(9)} ${String(r.transactions).padStart(6)} tx  $${Math.round(r.usd ?? 0).toLocaleString('en').padStart(14)}${r.without_rate ? `  (${r.without_rate} without a rate)` : ''}`);
    });

  withCase(program.command('triage'))
    .description('per-country queues: documents that point at a country, most urgent first, with the reasons')
    .option('--country <cc>', 'one country (ISO code)')
    .option('--exclude <list>', 'home countries to leave out, e.g. IQ,SY')
    .option('--limit <n>', 'entries per country', (v) => Number.parseInt(v, 10), 20)
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; country?: string; exclude?: string; limit: number; json: boolean }) => {
      const store = openCase(o);
      const excluded = new Set((o.exclude ?? '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean));
      const countries = o.country ? [o.country.toUpperCase()] : store.analysis.countryCounts().map((c) => c.country).filter((c) => !excluded.has(c));
      const rows = countries.flatMap((c) => store.analysis.verdicts({ country: c, limit: o.limit }));
      const counts = new Map(store.analysis.countryCounts().map((c) => [c.country, c]));
      store.close();
      if (o.json) return jsonl(rows);
      let current = '';
      for (const v of rows) {
        if (v.country !== current) {
          current = v.country;
          const c = counts.get(current);
          out(`\n${current}: ${c?.documents ?? 0} documents, ${c?.urgent ?? 0} urgent`);
        }
        out(`  urgency ${v.urgency.toFixed(2)} score ${v.score.toFixed(2)}  ${v.sha256.slice(0, 12)}  ${(v.title ?? '').slice(0, 40)}`);
        out(`      ${v.reasons.slice(0, 4).map((r) => `${r.kind} "${r.surface}"`).join('; ')}${v.urgencyReasons.length ? `  | ${v.urgencyReasons.slice(0, 2).join('; ')}` : ''}`);
      }
    });

  withCase(program.command('timeline'))
    .description('dated events from documents, emails, chats and transactions (Hijri dates converted)')
    .option('--entity <id>')
    .option('--country <cc>')
    .option('--from <date>')
    .option('--to <date>')
    .option('--kind <kind>', 'document, email, message, transaction or mentioned-date')
    .option('--limit <n>', 'at most n', (v) => Number.parseInt(v, 10))
    .option('--json', 'JSON Lines', false)
    .action((o: { case?: string; entity?: string; country?: string; from?: string; to?: string; kind?: string; limit?: number; json: boolean }) => {
      const store = openCase(o);
      const entity = o.entity ? findEntity(store, o.entity).id : undefined;
      const rows = store.analysis.events({ ...(entity ? { entity } : {}), ...(o.country ? { country: o.country } : {}), ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}), ...(o.kind ? { kind: o.kind } : {}), ...(o.limit ? { limit: o.limit } : {}) });
      store.close();
      if (o.json) return jsonl(rows);
      for (const e of rows) out(`${e.date.padEnd(10)}  ${e.kind.padEnd(14)} ${e.sha256.slice(0, 12)}  ${e.label.replace(/\s+/g, ' ').slice(0, 100)}${e.countries.length ? `  [${e.countries.join(',')}]` : ''}`);
    });
}
