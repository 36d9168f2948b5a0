import { Link, useParams } from 'react-router-dom';
import { api, type Verdict } from '../api';
import { useApi } from '../hooks';
import { countryName, docHref, fmtDate } from '../format';
import { Empty, ErrorBox, Loading } from '../components/Status';

export function CountryPage() {
  const { cc = '' } = useParams();
  const code = cc.toUpperCase();
  const res = useApi(`triage:${code}`, (s) => api.triage(code, s));
  return (
    <section>
      <p>
        <Link to="/countries">← Countries</Link>
      </p>
      <h1>
        {countryName(code)} <span className="muted">({code})</span>
      </h1>
      <p className="muted">The triage queue: most urgent first, each with the reasons that tie it to {countryName(code)}.</p>
      {res.loading && <Loading what="the triage queue" />}
      {res.error && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.data && (
        <>
          {res.data.queue.length === 0 && <Empty>No document for this country.</Empty>}
          <ol className="triage">
            {res.data.queue.map((v, i) => (
              <TriageItem key={`${v.sha256}-${i}`} v={v} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function TriageItem({ v }: { v: Verdict }) {
  return (
    <li className={`triage-item ${v.urgency >= 0.5 ? 'is-urgent' : ''}`} data-testid="triage-item">
      <div className="hit-head">
        <Link to={`/documents/${v.sha256}`} dir="auto" className="hit-title">
          {v.title || v.sha256.slice(0, 12)}
        </Link>
        <span className="pill">score {v.score.toFixed(2)}</span>
        <span className={`pill ${v.urgency >= 0.5 ? 'urgent-pill' : ''}`}>urgency {v.urgency.toFixed(2)}</span>
        <span className="muted small">{fmtDate(v.docDate)}</span>
      </div>
      <ul className="reasons">
        {v.reasons.map((r, i) => (
          <li key={i}>
            <span className="pill">{String(r.kind)}</span>{' '}
            {typeof r.start === 'number' && typeof r.end === 'number' ? (
              <Link to={docHref(v.sha256, r.start, r.end)} dir="auto">
                {String(r.surface)}
              </Link>
            ) : (
              <bdi dir="auto">{String(r.surface ?? '')}</bdi>
            )}
            {typeof r.weight === 'number' && <span className="muted small"> ({r.weight})</span>}
          </li>
        ))}
      </ul>
      {v.urgencyReasons.length > 0 && (
        <ul className="urgency-reasons small">
          {v.urgencyReasons.map((r, i) => (
            <li key={i} dir="auto">
              ⚑ {r}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
