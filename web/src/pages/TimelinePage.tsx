import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type Entity, type TimelineEvent } from '../api';
import { useApi } from '../hooks';
import { countryName, docHref } from '../format';
import { EntityPicker } from '../components/EntityPicker';
import { Empty, ErrorBox, Loading } from '../components/Status';

const PAGE = 300;

export function TimelinePage() {
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const kind = params.get('kind') ?? '';
  const [picked, setPicked] = useState<Entity | null>(null);
  const [shown, setShown] = useState(PAGE);
  const res = useApi(`timeline:${entity}`, (s) => api.timeline(entity || undefined, s));
  const ent = useApi(entity ? `entity:${entity}` : null, (s) => api.entity(entity, s));

  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
    setShown(PAGE);
  };

  const events = useMemo(() => (res.data?.events ?? []).filter((e) => !kind || e.kind === kind).sort((a, b) => a.date.localeCompare(b.date)), [res.data, kind]);
  const kinds = useMemo(() => [...new Set((res.data?.events ?? []).map((e) => e.kind))].sort(), [res.data]);
  const byYear = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of events) m.set(e.date.slice(0, 4), (m.get(e.date.slice(0, 4)) ?? 0) + 1);
    return [...m].sort();
  }, [events]);

  const groups = useMemo(() => {
    const out: [string, TimelineEvent[]][] = [];
    for (const e of events.slice(0, shown)) {
      const m = e.date.slice(0, 7);
      const last = out[out.length - 1];
      if (last && last[0] === m) last[1].push(e);
      else out.push([m, [e]]);
    }
    return out;
  }, [events, shown]);

  return (
    <section>
      <h1>Timeline</h1>
      <div className="toolbar">
        <EntityPicker testid="timeline-entity" label="Entity" value={picked} onPick={(e) => { setPicked(e); set('entity', e?.id ?? null); }} />
        {entity && (
          <span>
            Showing <Link to={`/entities/${encodeURIComponent(entity)}`} dir="auto">{ent.data?.entity.name ?? entity}</Link>{' '}
            <button type="button" onClick={() => { setPicked(null); set('entity', null); }}>
              All entities
            </button>
          </span>
        )}
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => set('kind', e.target.value || null)} data-testid="timeline-kind">
            <option value="">all</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      {res.loading && <Loading what="events" />}
      {res.error && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.data && (
        <>
          <YearBars years={byYear} />
          {events.length === 0 && <Empty>No event.</Empty>}
          <div className="timeline">
            {groups.map(([month, list]) => (
              <section key={month} className="tl-month">
                <h2 className="tl-month-head">{month}</h2>
                <ol>
                  {list.map((e, i) => (
                    <li key={`${e.sha256}-${e.start ?? ''}-${i}`} className={`tl-event k-${e.kind}`} data-testid="timeline-event">
                      <time>{e.date}</time> <span className="pill">{e.kind}</span>{' '}
                      <Link to={docHref(e.sha256, e.start, e.end)} dir="auto">
                        {e.label}
                      </Link>
                      {e.countries.length > 0 && (
                        <span className="small muted">
                          {' '}
                          ·{' '}
                          {e.countries.map((c, j) => (
                            <span key={c}>
                              {j > 0 && ', '}
                              <Link to={`/countries/${c}`}>{countryName(c)}</Link>
                            </span>
                          ))}
                        </span>
                      )}
                      {e.entities.length > 0 && <span className="small muted"> · {e.entities.length} entities</span>}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </div>
          {events.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              Show more ({events.length - shown} left)
            </button>
          )}
        </>
      )}
    </section>
  );
}

function YearBars({ years }: { years: [string, number][] }) {
  if (years.length === 0) return null;
  const max = Math.max(...years.map(([, n]) => n));
  const w = 44;
  return (
    <svg className="year-bars" width={years.length * w + 10} height={90} role="img" aria-label="Events per year">
      {years.map(([y, n], i) => {
        const h = (n / max) * 60;
        return (
          <g key={y}>
            <title>{`${y}: ${n} events`}</title>
            <rect x={i * w + 5} y={70 - h} width={w - 8} height={h} rx={2} />
            <text x={i * w + 5 + (w - 8) / 2} y={84} textAnchor="middle" className="bar-value small">
              {y}
            </text>
            <text x={i * w + 5 + (w - 8) / 2} y={66 - h} textAnchor="middle" className="bar-value small">
              {n}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
