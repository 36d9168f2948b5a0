/**
 * Benchmark: money (analysis/money) against a haul's truth. Runs `transactionsOf` over every document of an
 * ingested case and prints, separately for ledgers and prose:
 *  - transaction precision, recall and F1, a transaction counting as right when its date, amount, currency, payer
 *    and payee (names exactly as written) all agree with the truth's; a side the truth names "finance office"
 *    (the writer's own office, never written in the document) is not scored;
 *  - the looser figures for finding the transaction at all (ledgers: same sheet row; prose: same amount and
 *    currency in the same document), and per-field agreement over the found ones;
 *  - category accuracy (and the foreign country of donations and transfers);
 *  - totals by category in US dollars: with the truth's own fixed rates (src/haul/money.ts USD_PER_UNIT) against
 *    the truth's totals, and with analysis/money/rates.ts.
 * Prints figures; asserts nothing.
 *   npx tsx bench/money.ts [HAUL_DIR] [CASE_DB]    (default /tmp/h10k and /tmp/money-case/case.db, a copy of
 *                                                   /tmp/ent-case/case.db made on first run; opened read-only)
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Truth, TruthDocument, TruthTransaction } from '../src/haul/truth.js';
import { USD_PER_UNIT, type Currency } from '../src/haul/money.js';
import type { Sheet } from '../src/extract/types.js';
import type { Transaction } from '../src/analysis/types.js';
import { transactionsOf } from '../src/analysis/money/index.js';
import type { ProseMessage } from '../src/analysis/money/prose.js';
import { joinTruth } from './lib/truth-join.js';

const haul = process.argv[2] ?? '/tmp/h10k';
const caseDb = process.argv[3] ?? '/tmp/money-case/case.db';
if (!existsSync(caseDb) && caseDb === '/tmp/money-case/case.db' && existsSync('/tmp/ent-case/case.db')) {
  mkdirSync(dirname(caseDb), { recursive: true });
  copyFileSync('/tmp/ent-case/case.db', caseDb);
}
const truth = JSON.parse(readFileSync(join(haul, 'truth.json'), 'utf8')) as Truth;
const db = new Database(caseDb, { readonly: true, fileMustExist: true });
const { joined, missing: unjoinedDocs } = joinTruth(db, truth);
// Members of a container that has a byte-identical copy elsewhere ("Copy of x.zip", "x_old.eml", "x - نسخة.eml")
// are recorded once, under the path intake met first: join those by member chain and the container's base name.
const baseName = (p: string): string =>
  (p.split('/').pop() ?? p).replace(/^Copy of /, '').replace(/ - نسخة(?=\.[^.]+$)/, '').replace(/_old(?=\.[^.]+$)/, '');
const byChain = db.prepare(
  `SELECT f.path AS path, d.rowid AS rowid, d.text AS text, d.languages AS languages, d.mime AS mime
     FROM files f JOIN documents d ON d.sha256 = f.sha256 WHERE f.chain = ? AND d.status = 'done'`,
);
const missing: TruthDocument[] = [];
for (const t of unjoinedDocs) {
  const hits = (byChain.all(t.inner.join('\u001f')) as { path: string; rowid: number; text: string | null; languages: string | null; mime: string }[]).filter(
    (h) => baseName(h.path) === baseName(t.path),
  );
  const hit = hits[0];
  if (!hit || t.inner.length === 0) {
    missing.push(t);
    continue;
  }
  joined.push({ truth: t, rowid: hit.rowid, text: hit.text ?? '', languages: JSON.parse(hit.languages ?? '[]') as string[], mime: hit.mime });
}

const txById = new Map(truth.transactions.map((t) => [t.id, t]));
const docById = new Map(truth.documents.map((d) => [d.id, d]));
/** Case document → the truth documents joined to it (byte-identical copies share one case document). */
const truthDocsByRow = new Map<number, TruthDocument[]>();
for (const j of joined) truthDocsByRow.set(j.rowid, [...(truthDocsByRow.get(j.rowid) ?? []), j.truth]);
const truthTxByRow = new Map<number, TruthTransaction[]>();
for (const [rowid, docs] of truthDocsByRow) {
  const txs = docs.flatMap((d) => d.transactions.map((id) => txById.get(id)!));
  if (txs.length) truthTxByRow.set(rowid, txs);
}
const joinedTxIds = new Set([...truthTxByRow.values()].flat().map((t) => t.id));
const unjoined = truth.transactions.filter((t) => !joinedTxIds.has(t.id));

// ---------------------------------------------------------------------------------------------------------
// Run the analysis over every document of the case.

interface Row {
  rowid: number;
  mime: string;
  text: string | null;
  languages: string | null;
  structure: string | null;
  doc_date: string | null;
  method: string | null;
}
const rows = db.prepare(`SELECT rowid, mime, text, languages, structure, doc_date, method FROM documents WHERE status = 'done'`).all() as Row[];
const started = performance.now();
const predicted = new Map<number, Transaction[]>();
const sheetCount = new Map<number, number>();
for (const r of rows) {
  const structure = r.structure ? (JSON.parse(r.structure) as { sheets?: Sheet[]; messages?: ProseMessage[] }) : {};
  if (structure.sheets) sheetCount.set(r.rowid, structure.sheets.length);
  const txs = transactionsOf({
    text: r.text ?? '',
    mime: r.mime,
    ...(structure.sheets ? { sheets: structure.sheets } : {}),
    ...(structure.messages ? { messages: structure.messages } : {}),
    docDate: r.doc_date,
    languages: JSON.parse(r.languages ?? '[]') as string[],
  });
  if (txs.length) predicted.set(r.rowid, txs);
}
const ms = performance.now() - started;

// ---------------------------------------------------------------------------------------------------------
// Matching

const FINANCE = 'finance office';
const nameOk = (truthName: string, got: string | null): boolean => truthName === FINANCE || (got !== null && got.trim() === truthName.trim());

interface Pair {
  t: TruthTransaction;
  p: Transaction;
}
interface Tally {
  truth: number;
  predicted: number;
  found: Pair[];
}
const tally = (): Tally => ({ truth: 0, predicted: 0, found: [] });
const ledger = tally();
const prose = tally();
const outside = { predicted: 0, docs: 0 };
const isLedger = (t: TruthTransaction): boolean => t.row !== undefined;
const isLedgerTx = (p: Transaction): boolean => p.row !== undefined;

for (const t of truth.transactions) (isLedger(t) ? ledger : prose).truth++;
for (const [rowid, ps] of predicted) {
  const ts = truthTxByRow.get(rowid) ?? [];
  if (!truthDocsByRow.has(rowid)) {
    outside.predicted += ps.length;
    outside.docs++;
  }
  for (const p of ps) (isLedgerTx(p) ? ledger : prose).predicted++;
  // Ledgers: the same row (and sheet, unless the case's workbook is a single CSV sheet named after its file).
  const single = (sheetCount.get(rowid) ?? 0) <= 1;
  const used = new Set<TruthTransaction>();
  for (const p of ps.filter(isLedgerTx)) {
    const t = ts.find((x) => isLedger(x) && !used.has(x) && x.row === p.row && (single || x.sheet === p.sheet));
    if (t) {
      used.add(t);
      ledger.found.push({ t, p });
    }
  }
  // Prose: the same amount and currency in the same document, the best-agreeing truth first.
  const agreement = (t: TruthTransaction, p: Transaction): number =>
    (t.date === p.date ? 1 : 0) + (nameOk(t.payer.name, p.payer) ? 1 : 0) + (nameOk(t.payee.name, p.payee) ? 1 : 0);
  for (const p of ps.filter((x) => !isLedgerTx(x))) {
    const candidates = ts.filter((x) => !isLedger(x) && !used.has(x) && x.amount === p.amount && x.currency === p.currency);
    const t = candidates.sort((a, b) => agreement(b, p) - agreement(a, p))[0];
    if (t) {
      used.add(t);
      prose.found.push({ t, p });
    }
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const exact = (x: Pair): boolean =>
  x.t.date === x.p.date && x.t.amount === x.p.amount && x.t.currency === x.p.currency && nameOk(x.t.payer.name, x.p.payer) && nameOk(x.t.payee.name, x.p.payee);

function report(label: string, s: Tally, recoverable: number): void {
  const right = s.found.filter(exact).length;
  const p = right / Math.max(1, s.predicted);
  const r = right / Math.max(1, s.truth);
  const rr = right / Math.max(1, recoverable);
  const pf = s.found.length / Math.max(1, s.predicted);
  const rf = s.found.length / Math.max(1, s.truth);
  console.log(`\n${label}: ${s.truth} in the truth (${recoverable} in documents with text), ${s.predicted} predicted`);
  console.log(`  exact (date, amount, currency, payer, payee): P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1(p, r))}   | R over documents with text ${pct(rr)}  F1 ${pct(f1(p, rr))}`);
  console.log(`  found (${label === 'ledgers' ? 'same row' : 'same amount and currency'}): P ${pct(pf)}  R ${pct(rf)}  F1 ${pct(f1(pf, rf))}`);
  const n = Math.max(1, s.found.length);
  const field = (f: (x: Pair) => boolean): string => pct(s.found.filter(f).length / n);
  const payerScored = s.found.filter((x) => x.t.payer.name !== FINANCE);
  const payeeScored = s.found.filter((x) => x.t.payee.name !== FINANCE);
  console.log(
    `  over found: date ${field((x) => x.t.date === x.p.date)}, amount ${field((x) => x.t.amount === x.p.amount)}, currency ${field((x) => x.t.currency === x.p.currency)}, ` +
      `payer ${pct(payerScored.filter((x) => nameOk(x.t.payer.name, x.p.payer)).length / Math.max(1, payerScored.length))} (${payerScored.length} scored), ` +
      `payee ${pct(payeeScored.filter((x) => nameOk(x.t.payee.name, x.p.payee)).length / Math.max(1, payeeScored.length))} (${payeeScored.length} scored), ` +
      `direction ${field((x) => x.t.direction === x.p.direction)}`,
  );
  const stated = s.found.filter((x) => !['whatsapp', 'telegram'].includes(docById.get(x.t.document)?.kind ?? ''));
  console.log(
    `  category: ${field((x) => x.t.category === x.p.category)} over found; ${pct(stated.filter((x) => x.t.category === x.p.category).length / Math.max(1, stated.length))} where the document states it (chats never do: ${s.found.length - stated.length} chat lines)`,
  );
  const abroad = s.found.filter((x) => x.t.country !== undefined);
  console.log(`  country of donations and transfers abroad: ${pct(abroad.filter((x) => x.p.country === x.t.country).length / Math.max(1, abroad.length))} of ${abroad.length}`);
}

const withText = new Set(rows.filter((r) => (r.text ?? '').trim() !== '').map((r) => r.rowid));
const recoverable = (ledgerSide: boolean): number =>
  [...truthTxByRow.entries()].filter(([rowid]) => withText.has(rowid)).flatMap(([, ts]) => ts).filter((t) => isLedger(t) === ledgerSide).length;

console.log(`money: ${rows.length} documents in ${(ms / 1000).toFixed(1)} s (${(ms / rows.length).toFixed(2)} ms each)`);
console.log(`${joined.length} truth documents joined to the case (${missing.length} not); ${unjoined.length} truth transactions in documents not joined`);
report('ledgers', ledger, recoverable(true));
report('prose', prose, recoverable(false));
const all: Tally = { truth: ledger.truth + prose.truth, predicted: ledger.predicted + prose.predicted, found: [...ledger.found, ...prose.found] };
report('all', all, recoverable(true) + recoverable(false));
console.log(`  predictions in case documents outside the truth join: ${outside.predicted} in ${outside.docs} documents`);

// Where the misses are: truth transactions not found, by document kind.
const foundIds = new Set(all.found.map((x) => x.t.id));
const missedByKind = new Map<string, number>();
for (const t of truth.transactions) {
  if (foundIds.has(t.id)) continue;
  const d = docById.get(t.document);
  const k = `${d?.kind}${d?.format ? `/${d.format}` : ''}`;
  missedByKind.set(k, (missedByKind.get(k) ?? 0) + 1);
}
console.log(`  not found, by kind: ${[...missedByKind.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);

// ---------------------------------------------------------------------------------------------------------
// Totals by category

const fixed = (amount: number, currency: string): number => amount * (USD_PER_UNIT[currency as Currency] ?? NaN);
const CATEGORIES = ['taxation_zakat', 'oil_sales', 'checkpoint_fees', 'antiquities', 'ransom', 'donations_abroad', 'salaries', 'transfers_abroad', 'other'];
const predictedAll = [...predicted.values()].flat();
const truthRecoverable = [...truthTxByRow.entries()].filter(([rowid]) => withText.has(rowid)).flatMap(([, ts]) => ts);
const CHAT_KINDS = new Set(['whatsapp', 'telegram']);
const chatRows = new Set(rows.filter((r) => /whatsapp|telegram/.test(r.mime)).map((r) => r.rowid));
const truthStated = truthRecoverable.filter((t) => !CHAT_KINDS.has(docById.get(t.document)?.kind ?? ''));
const predictedStated = [...predicted.entries()].filter(([rowid]) => !chatRows.has(rowid)).flatMap(([, ps]) => ps);
const { toUsd } = await import('../src/analysis/money/rates.js');
const sumFixed = (xs: readonly { amount: number; currency: string }[]): number =>
  xs.reduce((s, x) => s + (Number.isFinite(fixed(x.amount, x.currency)) ? fixed(x.amount, x.currency) : 0), 0);
const sumOurs = (xs: readonly Transaction[]): number => xs.reduce((s, p) => s + (p.usd ?? 0), 0);
const sumTruthOurs = (xs: readonly TruthTransaction[]): number => xs.reduce((s, t) => s + (toUsd(t.amount, t.currency, t.date) ?? 0), 0);
const diff = (a: number, b: number): string => (b === 0 ? (a === 0 ? '0.0%' : 'n/a') : `${(((a - b) / b) * 100).toFixed(1)}%`);
const M = (x: number): string => (x / 1e6).toFixed(3);
console.log('\ntotals by category, millions of US dollars');
console.log('  A: at the truth\'s fixed rates (src/haul/money.ts), all the truth / the truth in documents with text / predicted');
console.log('  B: the same where the document states the category (chat lines never do), truth / predicted');
console.log('  C: at our monthly rates (rates.ts), the truth\'s transactions in documents with text / predicted');
console.log(
  `  ${'category'.padEnd(17)} ${'A truth'.padStart(9)} ${'A text'.padStart(9)} ${'A ours'.padStart(9)} ${'vs text'.padStart(7)} | ${'B truth'.padStart(9)} ${'B ours'.padStart(9)} ${'diff'.padStart(6)} | ${'C truth'.padStart(9)} ${'C ours'.padStart(9)} ${'diff'.padStart(6)}`,
);
const line = (label: string, t: (x: TruthTransaction) => boolean, p: (x: Transaction) => boolean): void => {
  const aAll = sumFixed(truth.transactions.filter(t));
  const aText = sumFixed(truthRecoverable.filter(t));
  const aOurs = sumFixed(predictedAll.filter(p));
  const bTruth = sumFixed(truthStated.filter(t));
  const bOurs = sumFixed(predictedStated.filter(p));
  const cTruth = sumTruthOurs(truthRecoverable.filter(t));
  const cOurs = sumOurs(predictedAll.filter(p));
  console.log(
    `  ${label.padEnd(17)} ${M(aAll).padStart(9)} ${M(aText).padStart(9)} ${M(aOurs).padStart(9)} ${diff(aOurs, aText).padStart(7)} | ${M(bTruth).padStart(9)} ${M(bOurs).padStart(9)} ${diff(bOurs, bTruth).padStart(6)} | ${M(cTruth).padStart(9)} ${M(cOurs).padStart(9)} ${diff(cOurs, cTruth).padStart(6)}`,
  );
};
for (const c of CATEGORIES) line(c, (t) => t.category === c, (p) => p.category === c);
for (const dir of ['income', 'spending'] as const) line(`all ${dir}`, (t) => t.direction === dir, (p) => p.direction === dir);
console.log(`  predictions without a US-dollar value at our rates (no date or no rate): ${predictedAll.filter((p) => p.usd === null).length}`);

// Our rates against the truth's fixed ones, on the truth's own transactions (its amounts, dates and currencies).
console.log('\nthe truth\'s transactions valued at our monthly rates against its fixed rates (by currency):');
for (const cur of ['USD', 'IQD', 'SYP', 'TRY', 'EUR']) {
  const ts = truth.transactions.filter((t) => t.currency === cur);
  const f = ts.reduce((s, t) => s + fixed(t.amount, t.currency), 0);
  const o = ts.reduce((s, t) => s + (toUsd(t.amount, t.currency, t.date) ?? 0), 0);
  const none = ts.filter((t) => toUsd(t.amount, t.currency, t.date) === null).length;
  console.log(`  ${cur}: fixed ${f.toFixed(0)}, monthly ${o.toFixed(0)} (${(((o - f) / f) * 100).toFixed(1)}%)${none ? `, ${none} outside the table` : ''}`);
}

if (process.env.MONEY_DEBUG) {
  const show = (x: Pair): string => JSON.stringify({ t: { ...x.t, payer: x.t.payer.name, payee: x.t.payee.name }, p: { ...x.p, memo: undefined } });
  console.log('\nDEBUG wrong prose fields:');
  for (const x of prose.found.filter((x) => !exact(x)).slice(0, 20)) console.log(show(x));
  console.log('DEBUG prose country misses (not chats):');
  for (const x of prose.found.filter((x) => x.t.country && x.p.country !== x.t.country && !['whatsapp', 'telegram'].includes(docById.get(x.t.document)?.kind ?? '')).slice(0, 20)) console.log(show(x));
  console.log('DEBUG prose category misses (not chats):');
  for (const x of prose.found.filter((x) => x.t.category !== x.p.category && !['whatsapp', 'telegram'].includes(docById.get(x.t.document)?.kind ?? '')).slice(0, 20)) console.log(show(x));
  console.log('DEBUG ledger/prose not found (with text):');
  for (const t of truth.transactions.filter((t) => !foundIds.has(t.id) && !docById.get(t.document)?.scanned).slice(0, 30)) console.log(JSON.stringify(t), docById.get(t.document)?.path);
  console.log('DEBUG predicted, not matched:');
  const matched = new Set(all.found.map((x) => x.p));
  for (const p of predictedAll.filter((p) => !matched.has(p)).slice(0, 20)) console.log(JSON.stringify(p));
}
