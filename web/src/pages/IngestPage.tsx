import { useEffect } from 'react';
import { api, type CaseStatus } from '../api';
import { useApi } from '../hooks';
import { fmtBytes, fmtDate, mimeLabel } from '../format';
import { CustodyList } from './DocumentPage';
import { Empty, ErrorBox, Loading } from '../components/Status';

export function IngestPage() {
  const res = useApi('sources', (s) => api.sources(s));
  // While an ingest runs (in another process), the page follows it.
  const running = res.data ? !finished(res.data.status.stages) : false;
  const { reload } = res;
  useEffect(() => {
    if (!running) return;
    const t = setInterval(reload, POLL_MS);
    return () => clearInterval(t);
  }, [running, reload]);
  return (
    <section>
      <h1>Ingest</h1>
      {res.loading && !res.data && <Loading what="sources" />}
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
          <Progress stages={res.data.status.stages} running={running} />
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

/** How often the page reads the status again while an ingest runs. */
const POLL_MS = 2000;

type Stages = CaseStatus['stages'];

/** Every document past extraction, every extracted one recognised, and the analysis run over all of them. */
function finished(s: Stages): boolean {
  return s.extracted >= s.documents && s.recognised >= s.done && (s.done === 0 || (s.analysed?.documents ?? -1) >= s.done);
}

function Progress({ stages: s, running }: { stages: Stages; running: boolean }) {
  const bars: [string, number, number, string][] = [
    ['Extraction', s.extracted, s.documents, 'documents past extraction (done, failed or known)'],
    ['Entities', s.recognised, s.done, 'extracted documents with their entities recognised'],
    ['Analysis', s.analysed && s.analysed.documents >= s.done ? s.done : 0, s.done, s.analysed ? `money, triage, timeline and graph over ${s.analysed.documents} documents, ${fmtDate(s.analysed.at)}` : 'not run yet'],
  ];
  return (
    <>
      <h2>Progress {running && <span className="muted small">(following the running ingest)</span>}</h2>
      <table className="data progress-table" data-testid="ingest-progress" data-finished={running ? 'no' : 'yes'}>
        <tbody>
          {bars.map(([name, n, of, note]) => (
            <tr key={name} data-testid="stage-progress" data-stage={name.toLowerCase()} data-n={n} data-of={of}>
              <th scope="row">{name}</th>
              <td>
                <progress max={Math.max(1, of)} value={n} aria-label={`${name}: ${n} of ${of}`} />
              </td>
              <td className="num">
                {n} / {of}
              </td>
              <td className="small muted">{note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
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
