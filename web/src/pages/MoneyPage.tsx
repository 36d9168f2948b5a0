import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type MoneyRow, type Transaction } from '../api';
import { useApi } from '../hooks';
import { countryName, fmtNum, fmtUsd } from '../format';
import { BarChart } from '../components/BarChart';
import { MonthChart } from '../components/MonthChart';
import { TransactionTable } from '../components/TransactionTable';
import { Empty, ErrorBox, Loading } from '../components/Status';

const GROUPINGS = [
  ['category', 'By category'],
  ['month', 'By month'],
  ['country', 'Foreign countries'],
  ['payer', 'Top payers'],
  ['payee', 'Top payees'],
] as const;
const DRILLS = ['category', 'month', 'country', 'party', 'entity', 'direction'] as const;
const isEntityId = (s: string) => /^[a-z]{3}-[0-9a-f]{6,}$/.test(s);
const label = (s: string) => s.replace(/_/g, ' ');

export function MoneyPage() {
  const [params, setParams] = useSearchParams();
  const by = params.get('by') ?? 'category';
  const money = useApi(`money:${by}`, (s) => api.money(by, s));
  const needNames = by === 'payer' || by === 'payee' || !!params.get('party');
  const names = useApi(needNames ? 'entity-names' : null, (s) => api.entities({ limit: 5000 }, s));
  const nameOf = useMemo(() => {
    const m = new Map((names.data?.entities ?? []).map((e) => [e.id, e.name]));
    return (k: string) => m.get(k) ?? k;
  }, [names.data]);

  const drill = Object.fromEntries(DRILLS.map((d) => [d, params.get(d) ?? ''])) as Record<(typeof DRILLS)[number], string>;
  const drilling = DRILLS.some((d) => d !== 'direction' && drill[d]);

  const setDrill = (changes: Partial<Record<(typeof DRILLS)[number] | 'by', string | null>>) => {
    const next = new URLSearchParams(params);
    if (!('by' in changes)) for (const d of DRILLS) next.delete(d);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  const rows = (money.data?.rows ?? []) as MoneyRow[];
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
      {money.data && (
        <>
          <Totals rows={rows} />
          <Charts by={by} rows={rows} nameOf={nameOf} drill={drill} setDrill={setDrill} />
          <RowsTable by={by} rows={rows} nameOf={nameOf} setDrill={setDrill} />
        </>
      )}
      {drilling && <Drill drill={drill} nameOf={nameOf} clear={() => setDrill({})} />}
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

type SetDrill = (c: Partial<Record<string, string | null>>) => void;

function drillFor(by: string, r: MoneyRow): Record<string, string | null> {
  const k = r.key ?? '';
  if (by === 'category') return { category: k, direction: r.direction ?? null };
  if (by === 'month') return { month: k };
  if (by === 'country') return { country: k || 'none', direction: r.direction ?? null };
  return isEntityId(k) ? { entity: k, party: by } : { party: by, [by]: k };
}

function Charts({ by, rows, nameOf, drill, setDrill }: { by: string; rows: MoneyRow[]; nameOf: (k: string) => string; drill: Record<string, string>; setDrill: SetDrill }) {
  if (by === 'month') return <MonthChart rows={rows} selected={drill.month} onSelect={(m) => setDrill({ month: m })} />;
  const keyLabel = (k: string | null) => (k === null ? (by === 'country' ? 'home / unknown' : 'unnamed') : by === 'country' ? countryName(k) : by === 'category' ? label(k) : nameOf(k));
  const dirs = ['income', 'spending'];
  return (
    <div className="charts">
      {dirs.map((dir) => {
        const list = rows.filter((r) => r.direction === dir && (by !== 'country' || r.key !== null)).slice(0, 15);
        if (list.length === 0) return null;
        return (
          <BarChart
            key={dir}
            title={`${dir === 'income' ? 'Income' : 'Spending'} ${by === 'country' ? 'with foreign countries' : `by ${by}`} (USD)`}
            bars={list.map((r) => ({ key: `${r.key}|${dir}`, label: keyLabel(r.key), value: r.usd ?? 0, className: dir }))}
            format={fmtUsd}
            selected={null}
            onSelect={(b) => {
              const r = list.find((x) => `${x.key}|${dir}` === b.key);
              if (r) setDrill(drillFor(by, r));
            }}
          />
        );
      })}
    </div>
  );
}

function RowsTable({ by, rows, nameOf, setDrill }: { by: string; rows: MoneyRow[]; nameOf: (k: string) => string; setDrill: SetDrill }) {
  const shown = by === 'month' ? [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key))) : rows.slice(0, 60);
  if (shown.length === 0) return <Empty>No money found.</Empty>;
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th>{by}</th>
            <th>Direction</th>
            <th className="num">Transactions</th>
            <th className="num">USD</th>
            <th className="num">Without rate</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => {
            const k = r.key;
            const text = k === null ? '—' : by === 'country' ? `${countryName(k)} (${k})` : by === 'category' ? label(k) : by === 'month' ? k : nameOf(k);
            return (
              <tr key={i} data-testid="money-row" data-key={k ?? ''}>
                <td>
                  <button type="button" className="link-button" dir="auto" onClick={() => setDrill(drillFor(by, r))}>
                    {text}
                  </button>
                  {k && isEntityId(k) && (
                    <>
                      {' '}
                      <Link to={`/entities/${k}`} className="small">
                        entity
                      </Link>
                    </>
                  )}
                </td>
                <td>
                  <span className={`pill ${r.direction}`}>{r.direction}</span>
                </td>
                <td className="num">{fmtNum(r.transactions)}</td>
                <td className="num">{fmtUsd(r.usd)}</td>
                <td className="num">{r.without_rate || ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Drill({ drill, nameOf, clear }: { drill: Record<string, string>; nameOf: (k: string) => string; clear: () => void }) {
  const [params] = useSearchParams();
  const query: Record<string, string | undefined> = {};
  if (drill.category) query.category = drill.category;
  if (drill.entity) query.entity = drill.entity;
  if (drill.month) {
    query.from = `${drill.month}-01`;
    query.to = `${drill.month}-31`;
  }
  const key = `tx:${JSON.stringify(query)}`;
  const tx = useApi(key, (s) => api.transactions(query, s));
  const party = drill.party;
  const filtered = (tx.data?.transactions ?? []).filter((t: Transaction) => {
    if (drill.direction && t.direction !== drill.direction) return false;
    if (drill.country) {
      if (drill.country === 'none' ? t.country : t.country !== drill.country) return false;
    }
    if (drill.entity && party === 'payer' && t.payerEntity !== drill.entity) return false;
    if (drill.entity && party === 'payee' && t.payeeEntity !== drill.entity) return false;
    const raw = party ? params.get(party) : null;
    if (raw && party === 'payer' && t.payer !== raw) return false;
    if (raw && party === 'payee' && t.payee !== raw) return false;
    return true;
  });
  const what = [
    drill.category && `category ${label(drill.category)}`,
    drill.month && `month ${drill.month}`,
    drill.country && (drill.country === 'none' ? 'no foreign country' : countryName(drill.country)),
    drill.entity && `${party ? `${party} ` : ''}${nameOf(drill.entity)}`,
    party && params.get(party) && `${party} ${params.get(party)}`,
    drill.direction,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="drill" aria-label="Transactions" data-testid="transactions">
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
            {filtered.length} transactions, {fmtUsd(filtered.reduce((a, t) => a + (t.usd ?? 0), 0))}
          </p>
          <TransactionTable transactions={filtered} />
        </>
      )}
    </section>
  );
}
