/**
 * The analysis stage on a generated haul, end to end through ingest and the CLI, against the haul's truth:
 * ledger transactions with their sheet rows, countries of documents with their reasons, Hijri dates on the
 * timeline, the thread between a payer and a payee with its evidence, and graph exports that parse back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallHaul } from './haul-helpers.js';
import { ingest } from '../src/ingest/ingest.js';
import { SqliteCaseStore } from '../src/store/sqlite/sqlite-store.js';
import type { Truth } from '../src/haul/truth.js';

const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;
let truth: Truth;
let caseDir: string;
const cli = (...args: string[]): string => execFileSync('node', [CLI, ...args, '--case', caseDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const lines = <T>(s: string): T[] => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

/** The case's document rowid for a truth document, or undefined. */
function rowidOf(store: SqliteCaseStore, path: string, inner: string[]): number | undefined {
  const row = store.db.prepare("SELECT d.rowid FROM files f JOIN documents d ON d.sha256 = f.sha256 WHERE f.path = ? AND f.chain = ? AND d.status = 'done'").get(path, inner.join('\u001f')) as { rowid: number } | undefined;
  return row?.rowid;
}

beforeAll(async () => {
  const haul = await smallHaul(13, 200);
  truth = haul.truth;
  caseDir = mkdtempSync(join(tmpdir(), 'ariadne-analysis-'));
  await ingest({ caseDir, paths: [join(haul.dir, 'haul')], label: 'haul-13', ocr: false });
}, 600_000);

describe('transactions', () => {
  it("reads the truth's ledger rows with date, amount, currency and payer, citing sheet and row", () => {
    const store = SqliteCaseStore.open(caseDir);
    const ledgerTx = truth.transactions.filter((t) => t.sheet !== undefined);
    let found = 0;
    let checked = 0;
    const bad: string[] = [];
    for (const t of ledgerTx) {
      const doc = truth.documents.find((d) => d.id === t.document)!;
      const rowid = rowidOf(store, doc.path, doc.inner);
      if (rowid === undefined) continue;
      checked++;
      // A CSV has one sheet, named after its file; the truth names the ledger's logical sheet.
      const got = store.analysis.transactions({ doc: rowid }).find((x) => (doc.kind === 'csv' || x.sheet === t.sheet) && x.row === t.row);
      if (got && got.amount === t.amount && got.currency === t.currency && got.date === t.date) found++;
      else if (bad.length < 5) bad.push(`${t.document} ${t.sheet}!${t.row} ${t.date} ${t.amount} ${t.currency}: got ${got ? `${got.date} ${got.amount} ${got.currency}` : 'nothing'} (${store.analysis.transactions({ doc: rowid }).slice(0, 3).map((x) => `${x.sheet}!${x.row}`).join(' ')})`);
    }
    store.close();
    expect(checked).toBeGreaterThan(50);
    expect(found / checked, bad.join('\n')).toBeGreaterThan(0.95);
  });

  it('sums money by category in USD', () => {
    const rows = lines<{ key: string; direction: string; usd: number }>(cli('money', '--by', 'category', '--json'));
    expect(rows.some((r) => r.key === 'salaries' && r.direction === 'spending' && r.usd > 0)).toBe(true);
    expect(rows.filter((r) => r.direction === 'income').length).toBeGreaterThanOrEqual(4);
  });

  it('sums the flows between payer and payee, each pair as the transactions have it', () => {
    const rows = lines<{ key: string; payer: string; payee: string; direction: string; transactions: number; usd: number | null }>(cli('money', '--by', 'flow', '--json'));
    expect(rows.length).toBeGreaterThan(0);
    const store = SqliteCaseStore.open(caseDir);
    const pair = store.db.prepare('SELECT count(*) n, round(sum(usd), 2) usd FROM transactions WHERE coalesce(payer_entity, payer) = ? AND coalesce(payee_entity, payee) = ? AND direction = ?');
    const sums = rows.map((r) => pair.get(r.payer, r.payee, r.direction));
    const known = store.db.prepare('SELECT count(*) n FROM transactions WHERE coalesce(payer_entity, payer) IS NOT NULL AND coalesce(payee_entity, payee) IS NOT NULL').get() as { n: number };
    store.close();
    expect(rows.map((r) => r.key)).toEqual(rows.map((r) => `${r.payer}→${r.payee}`));
    expect(sums).toEqual(rows.map((r) => ({ n: r.transactions, usd: r.usd })));
    expect(rows.reduce((s, r) => s + r.transactions, 0)).toBe(known.n);
  });
});

describe('country triage', () => {
  it('flags the countries that documents point at through a city, with the city as the reason', () => {
    const store = SqliteCaseStore.open(caseDir);
    let checked = 0;
    const missed: string[] = [];
    for (const d of truth.documents.filter((x) => !x.scanned && x.countries.some((c) => c.via === 'city' && !['IQ', 'SY'].includes(c.country)))) {
      const rowid = rowidOf(store, d.path, d.inner);
      if (rowid === undefined) continue;
      const verdicts = store.analysis.verdicts({ doc: rowid });
      for (const c of d.countries.filter((x) => x.via === 'city' && !['IQ', 'SY'].includes(x.country))) {
        checked++;
        const v = verdicts.find((x) => x.country === c.country);
        if (!v || !v.reasons.some((r) => r.surface === c.surface)) missed.push(`${d.id} ${c.country} ${c.surface}`);
      }
    }
    // Documents that only mention a country in passing (news, recipes) get no verdict for it.
    const flaggedDistractors = truth.documents
      .filter((d) => d.distractor_countries.length > 0)
      .flatMap((d) => {
        const rowid = rowidOf(store, d.path, d.inner);
        return rowid === undefined ? [] : store.analysis.verdicts({ doc: rowid }).filter((v) => d.distractor_countries.includes(v.country) && !d.countries.some((c) => c.country === v.country));
      });
    store.close();
    expect(checked).toBeGreaterThan(20);
    expect(missed.length / checked).toBeLessThan(0.05);
    expect(flaggedDistractors).toEqual([]);
  });

  it('lists a country queue, most urgent first', () => {
    const queue = lines<{ country: string; urgency: number }>(cli('triage', '--country', 'TR', '--json'));
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((v) => v.country === 'TR')).toBe(true);
    expect(queue.map((v) => v.urgency)).toEqual([...queue.map((v) => v.urgency)].sort((a, b) => b - a));
  });
});

describe('timeline', () => {
  it("puts the truth's Hijri dates on their Gregorian day", () => {
    const events = lines<{ date: string; sha256: string }>(cli('timeline', '--json'));
    const dates = new Set(events.map((e) => e.date));
    const hijri = truth.documents.filter((d) => !d.scanned).flatMap((d) => d.hijri_dates.map((h) => h.gregorian));
    expect(hijri.length).toBeGreaterThan(20);
    expect(hijri.filter((g) => !dates.has(g))).toEqual([]);
  });
});

describe('link graph', () => {
  it('finds the thread from a payer to a payee with the ledger as evidence', () => {
    const txs = lines<{ payerEntity: string | null; payeeEntity: string | null; sha256: string }>(cli('transactions', '--json'));
    const tx = txs.find((t) => t.payerEntity && t.payeeEntity && t.payerEntity !== t.payeeEntity)!;
    expect(tx).toBeDefined();
    const paths = lines<{ nodes: string[]; hops: { edges: { type: string; evidence: { document: string }[] }[] }[] }>(cli('path', tx.payerEntity!, tx.payeeEntity!, '--k', '3', '--json'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]!.nodes[0]).toBe(tx.payerEntity);
    expect(paths[0]!.nodes.at(-1)).toBe(tx.payeeEntity);
    const evidence = paths.flatMap((p) => p.hops.flatMap((h) => h.edges.flatMap((e) => e.evidence.map((x) => x.document))));
    expect(evidence).toContain(tx.sha256.slice(0, 12));
  });

  it('exports GraphML, GEXF and CSV that parse back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ariadne-graph-'));
    cli('graph', 'export', '--format', 'graphml', '--out', join(dir, 'g.graphml'));
    cli('graph', 'export', '--format', 'gexf', '--out', join(dir, 'g.gexf'));
    cli('graph', 'export', '--format', 'csv', '--out', join(dir, 'g'));
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: false });
    const graphml = parser.parse(readFileSync(join(dir, 'g.graphml'), 'utf8')) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
    expect(graphml.graphml.graph.node.length).toBeGreaterThan(10);
    expect(graphml.graphml.graph.edge.length).toBeGreaterThan(10);
    const gexf = parser.parse(readFileSync(join(dir, 'g.gexf'), 'utf8')) as { gexf: { graph: { nodes: { node: unknown[] } } } };
    expect(gexf.gexf.graph.nodes.node.length).toBe(graphml.graphml.graph.node.length);
    const nodes = readFileSync(join(dir, 'g-nodes.csv'), 'utf8').trim().split('\n');
    expect(nodes.length - 1).toBe(graphml.graphml.graph.node.length);
  });
});

describe('the command line in a pipe', () => {
  it('stops quietly when the reader closes the pipe early (`ariadne transactions --json | head -1`)', () => {
    // More than a pipe's buffer (64 KiB), so the writer is still writing when the reader goes.
    expect(cli('transactions', '--json').length).toBeGreaterThan(128 * 1024);
    const out = execFileSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(CLI)} transactions --json --case ${JSON.stringify(caseDir)} 2>/tmp/ariadne-epipe.err | head -1; echo "exit $?"; cat /tmp/ariadne-epipe.err`], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toHaveProperty('amount');
    expect(lines[1]).toBe('exit 0');
    expect(lines.slice(2).join('\n')).not.toMatch(/EPIPE|Error/);
  });
});
