/** GET /api/money (sums in USD by a key, as `ariadne money --json`) and GET /api/transactions (each citing its document). */
import { createRoute } from '@hono/zod-openapi';
import { entityNamesOf, moneyBy, transactionFilter } from '../../workbench/money.js';
import type { ServerContext } from '../context.js';
import { jsonResponses } from '../errors.js';
import { MoneyQuery, MoneyResponseSchema, TransactionsQuery, TransactionsResponseSchema } from '../schemas.js';
import type { WorkbenchApp } from './types.js';

const money = createRoute({
  method: 'get',
  path: '/api/money',
  tags: ['money'],
  summary: 'income and spending summed in USD by category, month, month and category, country, payer, payee, flow (payer → payee) or account',
  request: { query: MoneyQuery },
  responses: jsonResponses(MoneyResponseSchema, 'one row per key and direction, biggest first'),
});
const transactions = createRoute({
  method: 'get',
  path: '/api/transactions',
  tags: ['money'],
  summary: 'transactions by date, each with its document and sheet row or offsets; every filter given must hold',
  request: { query: TransactionsQuery },
  responses: jsonResponses(TransactionsResponseSchema, 'transactions'),
});

export function registerMoneyRoutes(app: WorkbenchApp, ctx: ServerContext): void {
  app.openapi(money, (c) => {
    const { by, direction } = c.req.valid('query');
    const rows = moneyBy(ctx.store, by, direction);
    return c.json({ by, rows, names: entityNamesOf(ctx.store, rows) }, 200);
  });

  app.openapi(transactions, (c) => {
    const rows = ctx.store.analysis.transactions(transactionFilter(ctx.store, c.req.valid('query')));
    return c.json({ transactions: rows }, 200);
  });
}
