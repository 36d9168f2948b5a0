import { Link } from 'react-router-dom';
import type { Transaction } from '../api';
import { countryName, docHref, fmtNum, fmtUsd } from '../format';

function Party({ name, entity }: { name: string | null; entity: string | null }) {
  if (!name) return <span className="muted">—</span>;
  return entity ? (
    <Link to={`/entities/${encodeURIComponent(entity)}`} dir="auto">
      {name}
    </Link>
  ) : (
    <bdi dir="auto">{name}</bdi>
  );
}

export function TransactionTable({ transactions }: { transactions: Transaction[] }) {
  if (transactions.length === 0) return <p className="empty">No transactions.</p>;
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th>Date</th>
            <th>Direction</th>
            <th>Category</th>
            <th className="num">Amount</th>
            <th className="num">USD</th>
            <th>Payer</th>
            <th>Payee</th>
            <th>Country</th>
            <th>Memo</th>
            <th>Document</th>
          </tr>
        </thead>
        <tbody>
          {transactions.map((t) => (
            <tr key={t.id} data-testid="transaction-row">
              <td className="nowrap">{t.date ?? '—'}</td>
              <td>
                <span className={`pill ${t.direction}`}>{t.direction}</span>
              </td>
              <td title={t.categoryReason}>{t.category.replace(/_/g, ' ')}</td>
              <td className="num nowrap">
                {fmtNum(t.amount)} {t.currency}
              </td>
              <td className="num">{fmtUsd(t.usd)}</td>
              <td>
                <Party name={t.payer} entity={t.payerEntity} />
              </td>
              <td>
                <Party name={t.payee} entity={t.payeeEntity} />
              </td>
              <td title={t.countryReason}>{t.country ? <Link to={`/countries/${t.country}`}>{countryName(t.country)}</Link> : '—'}</td>
              <td className="memo" dir="auto">
                {t.memo}
              </td>
              <td className="nowrap">
                <Link to={docHref(t.sha256, t.start, t.end)} data-testid="transaction-doc">
                  {t.sha256.slice(0, 10)}
                </Link>
                {t.sheet !== undefined && (
                  <div className="small muted" data-testid="transaction-ledger">
                    sheet “<bdi dir="auto">{t.sheet}</bdi>”, row {t.row}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
