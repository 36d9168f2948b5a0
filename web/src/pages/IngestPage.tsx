import { api, type CaseStatus } from '../api';
import { useApi } from '../hooks';
import { fmtBytes, fmtDate, mimeLabel } from '../format';
import { CustodyList } from './DocumentPage';
import { Empty, ErrorBox, Loading } from '../components/Status';

export function IngestPage() {
  const res = useApi('sources', (s) => api.sources(s));
  return (
    <section>
      <h1>Ingest</h1>
      {res.loading && <Loading what="sources" />}
      {res.error && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.data && (
        <>
          <h2>Sources</h2>
          {res.data.sources.length === 0 && <Empty>No source registered.</Empty>}
          <div className="cards">
            {res.data.sources.map((s) => (
              <article key={s.id} className="card" data-testid="source">
                <h3>
                  {s.label} <span className="muted small">#{s.id}</span>
                </h3>
                <dl className="kv">
                  <div>
                    <dt>Roots</dt>
                    <dd>
                      {s.roots.map((r) => (
                        <div key={r} dir="auto">
                          <code>{r}</code>
                        </div>
                      ))}
                    </dd>
                  </div>
                  {s.custodian && (
                    <div>
                      <dt>Custodian</dt>
                      <dd dir="auto">{s.custodian}</dd>
                    </div>
                  )}
                  {s.seizedAt && (
                    <div>
                      <dt>Seized</dt>
                      <dd>
                        {fmtDate(s.seizedAt)} {s.seizedWhere && <bdi dir="auto">at {s.seizedWhere}</bdi>}
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt>Registered</dt>
                    <dd>
                      {fmtDate(s.registeredAt)} by {s.actor}
                    </dd>
                  </div>
                </dl>
                <h4>Custody</h4>
                <CustodyList events={s.custody} />
              </article>
            ))}
          </div>
          <Status status={res.data.status} />
        </>
      )}
    </section>
  );
}

function Counts<T>({ title, rows, label, n, testid }: { title: string; rows: T[]; label: (r: T) => string; n: (r: T) => number; testid: string }) {
  const max = Math.max(1, ...rows.map(n));
  return (
    <div className="counts" data-testid={testid}>
      <h3>{title}</h3>
      <table className="data">
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td dir="auto">{label(r)}</td>
              <td className="num">{n(r)}</td>
              <td className="bar-cell">
                <span className="inline-bar" style={{ width: `${(n(r) / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Status({ status }: { status: CaseStatus }) {
  return (
    <>
      <h2>Status</h2>
      <p>
        {status.files.n} files ({fmtBytes(status.files.bytes)}) · {status.blobs.n} distinct blobs ({fmtBytes(status.blobs.bytes)})
      </p>
      <div className="counts-grid">
        <Counts testid="status-by-status" title="By stage" rows={status.byStatus} label={(r) => r.status} n={(r) => r.n} />
        <Counts testid="status-by-source" title="By source" rows={status.bySource} label={(r) => `${r.source} (${r.files} files)`} n={(r) => r.documents} />
        <Counts testid="status-by-type" title="By type" rows={status.byType} label={(r) => mimeLabel(r.mime)} n={(r) => r.n} />
        <Counts testid="status-by-language" title="By language" rows={status.byLanguage} label={(r) => r.lang} n={(r) => r.n} />
        <Counts testid="status-by-method" title="By extraction method" rows={status.byMethod} label={(r) => r.method} n={(r) => r.n} />
      </div>
      <h3>Errors by reason</h3>
      {status.errors.length === 0 ? (
        <Empty>No error.</Empty>
      ) : (
        <table className="data" data-testid="status-errors">
          <thead>
            <tr>
              <th>Reason</th>
              <th className="num">Documents</th>
              <th>Example</th>
            </tr>
          </thead>
          <tbody>
            {status.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.reason ?? 'unknown'}</td>
                <td className="num">{e.n}</td>
                <td className="small" dir="auto">
                  {e.example}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
