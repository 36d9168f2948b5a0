/** Totals of the truth, so scorers need not recompute them. Duplicates carry no transactions of their own. */
import type { Truth, TruthDocument, TruthTransaction } from './truth.js';

export function computeTotals(documents: TruthDocument[], transactions: TruthTransaction[]): Truth['totals'] {
  const byCategory: Truth['totals']['by_category'] = {};
  for (const t of transactions) {
    const c = (byCategory[t.category] ??= { count: 0, usd: 0, by_currency: {} });
    c.count += 1;
    c.usd = round2(c.usd + t.usd);
    c.by_currency[t.currency] = (c.by_currency[t.currency] ?? 0) + t.amount;
  }
  const byCountry: Truth['totals']['by_country'] = {};
  const entry = (code: string) => (byCountry[code] ??= { documents: 0, income_usd: 0, spending_usd: 0, transactions: 0 });
  for (const d of documents) {
    if (d.duplicate_of !== null) continue;
    for (const code of new Set(d.countries.map((c) => c.country))) entry(code).documents += 1;
  }
  for (const t of transactions) {
    if (!t.country) continue;
    const e = entry(t.country);
    e.transactions += 1;
    if (t.direction === 'income') e.income_usd = round2(e.income_usd + t.usd);
    else e.spending_usd = round2(e.spending_usd + t.usd);
  }
  const byKind: Record<string, number> = {};
  for (const d of documents) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
  return { by_category: sortKeys(byCategory), by_country: sortKeys(byCountry), by_kind: sortKeys(byKind) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
