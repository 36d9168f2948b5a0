import { useEffect, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type MoneyRow, type Transaction } from '../api';
import { useApi } from '../hooks';
import { countryName, fmtNum, fmtUsd } from '../format';
import { BarChart } from '../components/BarChart';
import { MonthChart, type MonthPick } from '../components/MonthChart';
import { TransactionTable } from '../components/TransactionTable';
import { Empty, ErrorBox, Loading } from '../components/Status';

const GROUPINGS = [
  ['category', 'By category'],
  ['month', 'By month'],
  ['country', 'Foreign countries'],
  ['payer', 'Top payers'],
  ['payee', 'Top payees'],
  ['flow', 'Flows between entities'],
  ['account', 'Top accounts'],
] as const;
/** What a tab asks /api/money for, when not its own name: the month tab stacks each month by category. */
const FETCH: Record<string, string> = { month: 'month_category' };
/** The first column's heading, when not the grouping's name. */
const HEADING: Record<string, string> = { flow: 'Payer → payee', account: 'Account' };
/** Why a tab's sums are not simply the case's money. */
const NOTES: Record<string, string> = {
  flow: 'Transactions whose payer and payee are both known, one row per pair and direction.',
  account:
    'Each IBAN or wallet with the money of the documents that mention it: the account and the money share a document, which does not prove the money went through the account. A transaction counts for every account its document names.',
};
/** The URL parameters of the transactions shown below the figures; each figure sets them, "Clear" removes them. */
const DRILLS = ['category', 'month', 'country', 'entity', 'payer', 'payee', 'account', 'without', 'direction'] as const;
type Drill = Record<(typeof DRILLS)[number], string>;
/** Transactions a drill-down asks for; when it gets as many, it says it shows only the first. */
const DRILL_LIMIT = 500;
const isEntityId = (s: string) => /^[a-z]{3}-[0-9a-f]{6,}$/.test(s);
const label = (s: string) => s.replace(/_/g, ' ');
/** A name isolated from the text around it (FSI … PDI): an Arabic name does not reorder the words beside it. */
const iso = (s: string) => `\u2068${s}\u2069`;
/** An account number cut in the middle: its country code or prefix and its last characters are what tell accounts apart. */
const middle = (s: string) => (s.length > 22 ? `${s.slice(0, 10)}…${s.slice(-8)}` : s);

export function MoneyPage() {
  const [params, setParams] = useSearchParams();
  const by = params.get('by') ?? 'category';
  // The month chart's category shown alone (a view of the chart, kept while drilling into its months).
  const only = by === 'month' ? params.get('only') : null;
  const fetchBy = FETCH[by] ?? by;
  const money = useApi(`money:${fetchBy}`, (s) => api.money(fetchBy, s));
  const drill = Object.fromEntries(DRILLS.map((d) => [d, params.get(d) ?? ''])) as Drill;
  const drilling = DRILLS.some((d) => d !== 'direction' && drill[d]);

  // The server names the entities of the rows; an entity drilled into from elsewhere (the entity page's link)
  // is looked up alone.
  const drilled = [drill.entity, drill.payer, drill.payee, drill.account].find((k) => k && isEntityId(k) && !money.data?.names?.[k]) ?? null;
  const extra = useApi(drilled ? `entity-name:${drilled}` : null, (s) => api.entity(drilled!, s));
  const nameOf = useMemo(() => {
    const m = new Map(Object.entries(money.data?.names ?? {}));
    if (extra.data) m.set(extra.data.entity.id, extra.data.entity.name);
    return (k: string) => m.get(k) ?? k;
  }, [money.data, extra.data]);

  const setDrill = (changes: Partial<Record<(typeof DRILLS)[number] | 'by' | 'only', string | null>>) => {
    const next = new URLSearchParams(params);
    if ('by' in changes) next.delete('only');
    else if (!('only' in changes)) for (const d of DRILLS) next.delete(d);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  // The rows of this tab only: while the next tab's rows load, the previous tab's stay in money.data.
  const current = money.data?.by === fetchBy ? money.data : null;
  const rows = (current?.rows ?? []) as MoneyRow[];
  const shown = only ? rows.filter((r) => r.category === only) : rows;
  return (
    <section className="money-page">
      <h1>Money</h1>
      <div className="tabs" role="tablist" aria-label="Grouping">
        {GROUPINGS.map(([k, l]) => (
          <button key={k} type="button" role="tab" aria-selected={by === k} className={by === k ? 'on' : undefined} data-testid={`money-by-${k}`} onClick={() => setDrill({ by: k })}>
            {l}
          </button>
        ))}
      </div>
      {money.loading && <Loading what="money" />}
      {money.error && <ErrorBox error={money.error} onRetry={money.reload} />}
      {current && (
        <>
          {NOTES[by] && <p className="money-note">{NOTES[by]}</p>}
          {by !== 'account' && <Totals rows={shown} />}
          <Charts by={by} rows={rows} only={only} nameOf={nameOf} drill={drill} setDrill={setDrill} />
          <RowsTable by={by} rows={by === 'month' ? monthTotals(shown) : rows} only={only} nameOf={nameOf} setDrill={setDrill} />
        </>
      )}
      {drilling && <DrillDown drill={drill} nameOf={nameOf} clear={() => setDrill({})} />}
    </section>
  );
}

function Totals({ rows }: { rows: MoneyRow[] }) {
  const sum = (dir: string) => rows.filter((r) => r.direction === dir).reduce((a, r) => a + (r.usd ?? 0), 0);
  const count = rows.reduce((a, r) => a + (r.transactions ?? 0), 0);
  return (
    <p className="totals">
      <span className="legend income">Income {fmtUsd(sum('income'))}</span> · <span className="legend spending">Spending {fmtUsd(sum('spending'))}</span> · {fmtNum(count)} transactions
    </p>
  );
}

/** The month and category rows summed per month and direction, by month (the month table's rows). */
function monthTotals(rows: MoneyRow[]): MoneyRow[] {
  const sums = new Map<string, MoneyRow>();
  for (const r of rows) {
    const k = `${r.month ?? ''}|${r.direction}`;
    const s = sums.get(k) ?? { key: r.month ?? null, direction: r.direction, transactions: 0, usd: 0, without_rate: 0 };
    s.transactions = (s.transactions ?? 0) + (r.transactions ?? 0);
    s.usd = (s.usd ?? 0) + (r.usd ?? 0);
    s.without_rate = (s.without_rate ?? 0) + (r.without_rate ?? 0);
    sums.set(k, s);
  }
  return [...sums.values()].sort((a, b) => String(a.key).localeCompare(String(b.key)) || String(a.direction).localeCompare(String(b.direction)));
}

type SetDrill = (c: Partial<Record<string, string | null>>) => void;

/** The transactions behind a row: the URL parameters that select exactly the row's transactions. */
function drillFor(by: string, r: MoneyRow, only: string | null): Record<string, string | null> {
  const k = r.key ?? '';
  const direction = r.direction ?? null;
  if (by === 'category') return { category: k, direction };
  if (by === 'month') return { month: k, category: only, direction };
  if (by === 'flow') return { payer: r.payer ?? null, payee: r.payee ?? null, direction };
  if (by === 'account') return { account: k, direction };
  // country, payer, payee: a null key is the money that names none.
  return r.key === null ? { without: by, direction } : { [by]: k, direction };
}

/** What a row is called: a country's name, a category in words, a party's name, both ends of a flow, an account's number. */
function rowLabel(by: string, r: MoneyRow, nameOf: (k: string) => string): string {
  const k = r.key;
  // Each name isolated, so that the arrow reads from payer to payee between two Arabic names too.
  if (by === 'flow') return `${iso(nameOf(r.payer ?? '?'))} → ${iso(nameOf(r.payee ?? '?'))}`;
  if (by === 'account') return r.label ?? k ?? '—';
  if (k === null) return by === 'country' ? 'home / unknown' : by === 'month' ? 'undated' : 'unnamed';
  if (by === 'country') return countryName(k);
  if (by === 'category') return label(k);
  if (by === 'month') return k;
  return nameOf(k);
}

function Charts({ by, rows, only, nameOf, drill, setDrill }: { by: string; rows: MoneyRow[]; only: string | null; nameOf: (k: string) => string; drill: Drill; setDrill: SetDrill }) {
  if (by === 'month') {
    const pick = (p: MonthPick) => setDrill({ month: p.month, category: p.category ?? null, direction: p.direction ?? null });
    return <MonthChart rows={rows} only={only} selected={{ month: drill.month, category: drill.category }} onSelect={pick} onOnly={(c) => setDrill({ only: c })} />;
  }
  const dirs = ['income', 'spending'];
  const title = (dir: string) => `${dir === 'income' ? 'Income' : 'Spending'} ${by === 'country' ? 'with foreign countries' : by === 'flow' ? 'between entities' : by === 'account' ? 'in documents naming the account' : `by ${by}`} (USD)`;
  return (
    <div className="charts">
      {dirs.map((dir) => {
        const list = rows.filter((r) => r.direction === dir && (by !== 'country' || r.key !== null)).slice(0, 15);
        if (list.length === 0) return null;
        return (
          <BarChart
            key={dir}
            title={title(dir)}
            bars={list.map((r) => ({ key: `${r.key}|${dir}`, label: rowLabel(by, r, nameOf), ...(by === 'account' ? { short: middle(rowLabel(by, r, nameOf)) } : {}), value: r.usd ?? 0, className: dir }))}
            format={fmtUsd}
            selected={null}
            onSelect={(b) => {
              const r = list.find((x) => `${x.key}|${dir}` === b.key);
              if (r) setDrill(drillFor(by, r, null));
            }}
          />
        );
      })}
    </div>
  );
}

/** A link to an entity's page, when the party is one. */
function EntityLink({ id, text }: { id: string | undefined | null; text: string }) {
  if (!id || !isEntityId(id)) return null;
  return (
    <>
      {' '}
      <Link to={`/entities/${id}`} className="small">
        {text}
      </Link>
    </>
  );
}

function RowsTable({ by, rows, only, nameOf, setDrill }: { by: string; rows: MoneyRow[]; only: string | null; nameOf: (k: string) => string; setDrill: SetDrill }) {
  const shown = by === 'month' ? rows : rows.slice(0, 60);
  if (shown.length === 0) return <Empty>No money found.</Empty>;
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th>{HEADING[by] ?? (by === 'month' && only ? `month (${label(only)})` : by)}</th>
            <th>Direction</th>
            <th className="num">Transactions</th>
            <th className="num">USD</th>
            <th className="num">Without rate</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i} data-testid="money-row" data-key={r.key ?? ''}>
              <td>
                <button type="button" className={`link-button${by === 'account' ? ' mono' : ''}`} dir={by === 'flow' ? 'ltr' : 'auto'} onClick={() => setDrill(drillFor(by, r, only))}>
                  {rowLabel(by, r, nameOf)}
                </button>
                {by === 'flow' ? (
                  <>
                    <EntityLink id={r.payer} text="payer" />
                    <EntityLink id={r.payee} text="payee" />
                  </>
                ) : (
                  <EntityLink id={r.key} text={by === 'account' ? (r.type ?? 'entity') : 'entity'} />
                )}
              </td>
              <td>
                <span className={`pill ${r.direction}`}>{r.direction}</span>
              </td>
              <td className="num">{fmtNum(r.transactions)}</td>
              <td className="num">{fmtUsd(r.usd)}</td>
              <td className="num">{r.without_rate || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The query of /api/transactions for a drill-down (`country=none` is how links once said `without=country`). */
function transactionsQuery(drill: Drill): Record<string, string | number> {
  const query: Record<string, string | number> = { limit: DRILL_LIMIT };
  for (const k of ['category', 'country', 'entity', 'payer', 'payee', 'account', 'without', 'direction'] as const) if (drill[k]) query[k] = drill[k];
  if (drill.country === 'none') {
    delete query.country;
    query.without = 'country';
  }
  // A month as a date range: from its first day to the end of its last (the API takes YYYY-MM for both).
  if (drill.month) query.from = query.to = drill.month;
  return query;
}

function DrillDown({ drill, nameOf, clear }: { drill: Drill; nameOf: (k: string) => string; clear: () => void }) {
  const query = transactionsQuery(drill);
  const key = `tx:${JSON.stringify(query)}`;
  const tx = useApi(key, (s) => api.transactions(query, s));
  // A click on a chart or a row high up the page lists its transactions below the table: bring them into view.
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // (A block: the browser's scrollIntoView may return a promise, which React would take for a clean-up.)
    void ref.current?.scrollIntoView({ block: 'start' });
  }, [key]);
  const all: Transaction[] = tx.data?.transactions ?? [];
  const what = [
    drill.category && `category ${label(drill.category)}`,
    drill.month && `month ${drill.month}`,
    drill.country && (drill.country === 'none' ? 'no foreign country' : countryName(drill.country)),
    drill.entity && `paid by or to ${iso(nameOf(drill.entity))}`,
    drill.payer && `from ${iso(nameOf(drill.payer))}`,
    drill.payee && `to ${iso(nameOf(drill.payee))}`,
    drill.account && `in documents naming ${iso(nameOf(drill.account))}`,
    drill.without && (drill.without === 'country' ? 'no foreign country' : `no ${drill.without} named`),
    drill.direction,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <section ref={ref} className="drill" aria-label="Transactions" data-testid="transactions">
      <h2>
        Transactions: <bdi dir="auto">{what}</bdi>{' '}
        <button type="button" className="small" onClick={clear}>
          Clear
        </button>
      </h2>
      {tx.loading && <Loading what="transactions" />}
      {tx.error && <ErrorBox error={tx.error} onRetry={tx.reload} />}
      {tx.data && (
        <>
          <p className="muted small">
            {all.length} transactions, {fmtUsd(all.reduce((a, t) => a + (t.usd ?? 0), 0))}
            {all.length >= DRILL_LIMIT && ` (the first ${DRILL_LIMIT} by date)`}
          </p>
          <TransactionTable transactions={all} />
        </>
      )}
    </section>
  );
}
