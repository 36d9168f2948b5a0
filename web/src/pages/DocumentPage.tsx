import { useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, type Custody, type CustodyEvent, type DocumentDetail } from '../api';
import { useApi } from '../hooks';
import { fmtBytes, fmtDate, mimeLabel } from '../format';
import { MentionText } from '../components/MentionText';
import { OriginalView } from '../components/OriginalView';
import { ErrorBox, Loading } from '../components/Status';

export function DocumentPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const res = useApi(`doc:${id}`, (s) => api.document(id, s));
  const hl = params.get('hl');
  const focus = useMemo(() => {
    const m = hl?.match(/^(\d+)-(\d+)$/);
    return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
  }, [hl]);

  useEffect(() => {
    if (res.data && focus) document.getElementById('focus')?.scrollIntoView({ block: 'center' });
  }, [res.data, focus]);

  if (res.loading && !res.data) return <Loading what="the document" />;
  if (res.error) return <ErrorBox error={res.error} onRetry={res.reload} />;
  if (!res.data) return null;
  const detail = res.data;
  const d = detail.document;
  return (
    <article className="document-page">
      <header className="page-head">
        <h1 dir="auto" data-testid="doc-title">
          {d.title || detail.paths[0]?.name || detail.paths[0]?.path.split('/').pop() || d.sha256.slice(0, 12)}
        </h1>
        <div className="muted">
          <span className="pill">{mimeLabel(d.mime)}</span> {d.languages.map((l) => <span key={l} className="pill lang">{l}</span>)} {d.docDate && <>dated {fmtDate(d.docDate)} · </>}
          {fmtBytes(d.size)}
          {d.pageCount ? ` · ${d.pageCount} pages` : ''}
          {d.status !== 'done' && <span className="pill error-pill"> {d.status}</span>}
        </div>
        {d.errorMessage && (
          <div className="error" role="alert">
            {d.errorReason}: {d.errorMessage}
          </div>
        )}
      </header>

      <div className="doc-columns">
        <section className="doc-col" aria-label="Original">
          <h2>Original</h2>
          <OriginalView detail={detail} />
        </section>
        <section className="doc-col" aria-label="Extracted text">
          <h2>
            Text <MentionLegend detail={detail} />
          </h2>
          {detail.text ? <MentionText text={detail.text} mentions={detail.mentions} focus={focus} /> : <p className="muted" data-testid="doc-text">No text was extracted.</p>}
        </section>
      </div>

      <div className="doc-columns">
        <Provenance detail={detail} />
        <Metadata detail={detail} />
      </div>
    </article>
  );
}

function MentionLegend({ detail }: { detail: DocumentDetail }) {
  const counts = new Map<string, number>();
  for (const m of detail.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return (
    <span className="legend-row">
      {[...counts].map(([t, n]) => (
        <span key={t} className={`mention t-${t} legend-item`}>
          {t} {n}
        </span>
      ))}
    </span>
  );
}

function Provenance({ detail }: { detail: DocumentDetail }) {
  const d = detail.document;
  return (
    <section className="doc-col provenance" data-testid="doc-provenance" aria-label="Provenance">
      <h2>Provenance</h2>
      <h3>Where it was found</h3>
      <ul className="paths">
        {detail.paths.map((p, i) => (
          <li key={i}>
            <span className="pill">{p.source}</span>{' '}
            <bdi dir="auto" className="path">
              {p.path}
            </bdi>
            {p.chain.length > 0 && (
              <div className="chain small">
                container chain: <bdi dir="auto">{p.path.split('/').pop()}</bdi>
                {p.chain.map((c, j) => (
                  <span key={j}>
                    {' '}
                    › <bdi dir="auto">{c}</bdi>
                  </span>
                ))}
              </div>
            )}
            {p.mtime && <div className="small muted">modified {fmtDate(p.mtime)}</div>}
          </li>
        ))}
      </ul>
      <h3>Hashes</h3>
      <dl className="kv hashes">
        <div>
          <dt>SHA-256</dt>
          <dd data-testid="hash-sha256">{d.sha256}</dd>
        </div>
        <div>
          <dt>SHA-1</dt>
          <dd data-testid="hash-sha1">{d.sha1 ?? '—'}</dd>
        </div>
        <div>
          <dt>MD5</dt>
          <dd data-testid="hash-md5">{d.md5 ?? '—'}</dd>
        </div>
      </dl>
      <h3>Custody</h3>
      {detail.custody.length === 0 ? <p className="muted">No custody record.</p> : <CustodyView custody={detail.custody} />}
    </section>
  );
}

function CustodyView({ custody }: { custody: Custody[] }) {
  return (
    <div data-testid="custody">
      {custody.map((c, i) => (
        <div key={i} className="custody-source">
          <div>
            <span className="pill">{c.source}</span> {c.custodian && <>custodian <bdi dir="auto">{c.custodian}</bdi></>}
            {c.seizedAt && <> · seized {fmtDate(c.seizedAt)}</>}
            {c.seizedWhere && <> at <bdi dir="auto">{c.seizedWhere}</bdi></>}
          </div>
          <CustodyList events={c.events} />
        </div>
      ))}
    </div>
  );
}

export function CustodyList({ events }: { events: CustodyEvent[] }) {
  if (events.length === 0) return <p className="muted small">No custody event.</p>;
  return (
    <ol className="custody">
      {events.map((e, i) => (
        <li key={i}>
          <time>{fmtDate(e.at)}</time> <strong>{e.action}</strong> by {e.actor}
          {e.details !== undefined && e.details !== null && (
            <div className="small muted" dir="auto">
              {typeof e.details === 'string' ? e.details : JSON.stringify(e.details)}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

export function KeyValues({ obj }: { obj: Record<string, unknown> }) {
  const entries = Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return (
    <dl className="kv">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd dir="auto">{typeof v === 'object' ? (Array.isArray(v) && v.every((x) => typeof x !== 'object') ? v.join(', ') : JSON.stringify(v)) : String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Metadata({ detail }: { detail: DocumentDetail }) {
  const d = detail.document;
  const doc: Record<string, unknown> = {
    type: d.mime,
    status: d.status,
    'extraction method': d.method,
    'OCR confidence': d.ocrConfidence !== null ? `${Math.round(d.ocrConfidence * (d.ocrConfidence <= 1 ? 100 : 1))}%` : null,
    pages: d.pageCount,
    date: d.docDate,
    size: fmtBytes(d.size),
    languages: d.languages.join(', '),
  };
  const entities = new Map<string, { surface: string; type: string; n: number }>();
  for (const m of detail.mentions) {
    if (!m.entity) continue;
    const e = entities.get(m.entity) ?? { surface: m.surface, type: m.type, n: 0 };
    e.n++;
    entities.set(m.entity, e);
  }
  return (
    <section className="doc-col" aria-label="Metadata" data-testid="doc-metadata">
      <h2>Metadata</h2>
      <KeyValues obj={doc} />
      {detail.metadata && Object.keys(detail.metadata).length > 0 && (
        <>
          <h3>From the file</h3>
          <KeyValues obj={detail.metadata} />
        </>
      )}
      {entities.size > 0 && (
        <>
          <h3>Entities mentioned</h3>
          <ul className="entity-chips">
            {[...entities].sort((a, b) => b[1].n - a[1].n).map(([id, e]) => (
              <li key={id}>
                <Link to={`/entities/${encodeURIComponent(id)}`} className={`chip t-${e.type}`} dir="auto">
                  {e.surface} <span className="count">{e.n}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
