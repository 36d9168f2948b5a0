/**
 * Money summed in USD by category, month, month and category, foreign country, payer, payee, flow (payer → payee)
 * or account (what `ariadne money --json` prints).
 */
import type { TransactionFilter } from '../store/sqlite/analysis-store.js';
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { findDocument } from './documents.js';
import { findEntity } from './entities.js';
import { BadInputError } from './errors.js';

export const MONEY_GROUPINGS = ['category', 'month', 'month_category', 'country', 'payer', 'payee', 'flow', 'account'] as const;
export type MoneyGrouping = (typeof MONEY_GROUPINGS)[number];

export interface MoneyRow {
  key: string | null;
  direction: string;
  transactions: number;
  usd: number | null;
  without_rate: number;
  /** flow: each end, an entity id when resolved, else the name as written. */
  payer?: string;
  payee?: string;
  /** month_category: the month (YYYY-MM, null when undated) and the category of the row. */
  month?: string | null;
  category?: string;
  /** account: the account entity's name (its IBAN or wallet address) and type. */
  label?: string;
  type?: string;
}

/**
 * A party as the payer, payee and flow groupings key it: the entity when resolved, else the name as written. The
 * payer and payee filters of the transactions (store/sqlite/analysis-store.ts) match the same expression, so that a
 * row's drill-down lists exactly the row's transactions.
 */
const PAYER_SQL = 'coalesce(payer_entity, payer)';
const PAYEE_SQL = 'coalesce(payee_entity, payee)';

/** The entity types that are accounts money can sit in. */
export const ACCOUNT_TYPES = ['iban', 'wallet'] as const;

/** The sums of each row; `t` qualifies the transactions columns when the query joins other tables. */
const sums = (t = ''): string => `${t}direction AS direction, count(*) AS transactions, round(sum(${t}usd), 2) AS usd, sum(${t}usd IS NULL) AS without_rate`;

/** The groupings that are one GROUP BY over the transactions table: the key, any columns beside it, and a WHERE. */
const SIMPLE: Record<Exclude<MoneyGrouping, 'account'>, { key: string; columns?: string; group?: string; where?: string }> = {
  category: { key: 'category' },
  month: { key: 'substr(date, 1, 7)' },
  month_category: { key: "substr(date, 1, 7) || ' ' || category", columns: 'substr(date, 1, 7) AS month, category', group: 'substr(date, 1, 7), category' },
  country: { key: 'country' },
  payer: { key: PAYER_SQL },
  payee: { key: PAYEE_SQL },
  // Only pairs whose both ends are known: a flow from or to nobody says nothing about who deals with whom.
  flow: { key: `${PAYER_SQL} || '→' || ${PAYEE_SQL}`, columns: `${PAYER_SQL} AS payer, ${PAYEE_SQL} AS payee`, group: `${PAYER_SQL}, ${PAYEE_SQL}`, where: `${PAYER_SQL} IS NOT NULL AND ${PAYEE_SQL} IS NOT NULL` },
};

/** The display names of the entities the rows name (payer, payee, either end of a flow), by id. */
export function entityNamesOf(store: SqliteCaseStore, rows: readonly MoneyRow[]): Record<string, string> {
  const ids = new Set<string>();
  for (const r of rows) for (const v of [r.key, r.payer, r.payee]) if (v && ENTITY_ID.test(v)) ids.add(v);
  if (ids.size === 0) return {};
  const found = store.db.prepare('SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...ids])) as { id: string; name: string }[];
  return Object.fromEntries(found.map((e) => [e.id, e.name]));
}

/** An entity id (per-…, org-…, plc-…): a party resolved to an entity rather than a name as written. */
const ENTITY_ID = /^[a-z]{3}-[0-9a-f]{6,}$/;

/** One row per key and direction, biggest sums first; `direction` keeps only income or spending rows. */
export function moneyBy(store: SqliteCaseStore, by: string, direction?: string): MoneyRow[] {
  if (!(MONEY_GROUPINGS as readonly string[]).includes(by)) throw new BadInputError(`--by ${by}: use ${MONEY_GROUPINGS.join(', ')}`);
  const rows = by === 'account' ? byAccount(store) : bySimple(store, SIMPLE[by as keyof typeof SIMPLE]);
  return direction ? rows.filter((r) => r.direction === direction) : rows;
}

function bySimple(store: SqliteCaseStore, g: (typeof SIMPLE)[keyof typeof SIMPLE]): MoneyRow[] {
  const columns = g.columns ? `, ${g.columns}` : '';
  const where = g.where ? `WHERE ${g.where}` : '';
  return store.db.prepare(`SELECT ${g.key} AS key${columns}, ${sums()} FROM transactions ${where} GROUP BY ${g.group ?? g.key}, direction ORDER BY usd DESC`).all() as MoneyRow[];
}

/**
 * The case's bank accounts and crypto wallets, each with the money of the transactions in the documents that
 * mention it. This links an account to the money written in the same document (a ledger page that names the IBAN,
 * a letter that gives a wallet to pay into), not a transfer proven to have gone through that account: a document
 * can name an account and record payments made by other means. Each transaction counts once per account however
 * often its document names the account; one transaction can count for several accounts.
 */
function byAccount(store: SqliteCaseStore): MoneyRow[] {
  const types = ACCOUNT_TYPES.map(() => '?').join(', ');
  return store.db
    .prepare(
      `WITH links AS (SELECT DISTINCT m.entity AS account, t.id AS tx FROM entities a JOIN mentions m ON m.entity = a.id JOIN transactions t ON t.doc = m.doc WHERE a.type IN (${types}))
       SELECT a.id AS key, a.name AS label, a.type AS type, ${sums('t.')}
       FROM links l JOIN entities a ON a.id = l.account JOIN transactions t ON t.id = l.tx
       GROUP BY a.id, t.direction ORDER BY usd DESC`,
    )
    .all(...ACCOUNT_TYPES) as MoneyRow[];
}

/** What `without` can name: the keys a money row can have as null. */
const WITHOUT = ['payer', 'payee', 'country'] as const;

/** The transactions filters as the API and the CLI take them: ids as typed (an entity or document id, or a unique prefix). */
export interface TransactionQuery extends Omit<TransactionFilter, 'doc'> {
  doc?: string;
}

/**
 * The store's filter for a query: the entity, account and document resolved to their ids (unknown: NotFoundError),
 * the account checked to be an IBAN or wallet. Payer and payee pass as given: an entity id matches the resolved
 * party, anything else the name as written (as the payer, payee and flow rows key them); `without` selects the
 * transactions those rows key as null (no payer, payee or foreign country).
 */
export function transactionFilter(store: SqliteCaseStore, q: TransactionQuery): TransactionFilter {
  const { entity, account, doc, ...rest } = q;
  const f: TransactionFilter = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== ''));
  if (entity) f.entity = findEntity(store, entity).id;
  if (account) f.account = accountId(store, account);
  if (doc) f.doc = store.document(findDocument(store, doc)).rowid;
  if (f.without && !(WITHOUT as readonly string[]).includes(f.without)) throw new BadInputError(`--without ${f.without}: use ${WITHOUT.join(', ')}`);
  return f;
}

function accountId(store: SqliteCaseStore, id: string): string {
  const e = findEntity(store, id);
  if (!(ACCOUNT_TYPES as readonly string[]).includes(e.type)) throw new BadInputError(`${e.id} is a ${e.type}, not an account (${ACCOUNT_TYPES.join(' or ')})`);
  return e.id;
}
