/** Money summed in USD by category, month, foreign country, payer or payee (what `ariadne money --json` prints). */
import type { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';
import { BadInputError } from './errors.js';

export const MONEY_GROUPINGS = ['category', 'month', 'country', 'payer', 'payee'] as const;
export type MoneyGrouping = (typeof MONEY_GROUPINGS)[number];

export interface MoneyRow {
  key: string | null;
  direction: string;
  transactions: number;
  usd: number | null;
  without_rate: number;
}

const KEY_SQL: Record<MoneyGrouping, string> = { category: 'category', month: 'substr(date, 1, 7)', country: 'country', payer: 'coalesce(payer_entity, payer)', payee: 'coalesce(payee_entity, payee)' };

/** One row per key and direction, biggest sums first; `direction` keeps only income or spending rows. */
export function moneyBy(store: SqliteCaseStore, by: string, direction?: string): MoneyRow[] {
  const k = (KEY_SQL as Record<string, string>)[by];
  if (!k) throw new BadInputError(`--by ${by}: use category, month, country, payer or payee`);
  const rows = store.db
    .prepare(`SELECT ${k} AS key, direction, count(*) AS transactions, round(sum(usd), 2) AS usd, sum(usd IS NULL) AS without_rate FROM transactions GROUP BY ${k}, direction ORDER BY usd DESC`)
    .all() as MoneyRow[];
  return direction ? rows.filter((r) => r.direction === direction) : rows;
}
