import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api';
import { useApi } from '../hooks';
import { Name } from '../components/Name';
import { Empty, ErrorBox, Loading } from '../components/Status';

const TYPES = ['', 'person', 'organisation', 'place', 'phone', 'email', 'iban', 'wallet', 'url', 'ip'];

export function EntitiesPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const res = useApi(`entities:${q}:${type}`, (s) => api.entities({ q: q || undefined, type: type || undefined, limit: 200 }, s));
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  return (
    <section>
      <h1>Entities</h1>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          set('q', draft.trim());
        }}
      >
        <input type="search" dir="auto" aria-label="Filter entities by name" placeholder="Name in either script…" value={draft} onChange={(e) => setDraft(e.target.value)} data-testid="entities-filter" />
        <select aria-label="Entity type" value={type} onChange={(e) => set('type', e.target.value)} data-testid="entities-type">
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t || 'all types'}
            </option>
          ))}
        </select>
        <button type="submit">Filter</button>
      </form>
      {res.loading && <Loading what="entities" />}
      {res.error && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.data && (
        <div className="table-wrap">
          {res.data.entities.length === 0 && <Empty>No entity.</Empty>}
          <table className="data">
            <thead>
              <tr>
                <th>Name</th>
                <th>Type</th>
                <th className="num">Mentions</th>
                <th className="num">Documents</th>
                <th>Other names</th>
              </tr>
            </thead>
            <tbody>
              {res.data.entities.map((e) => (
                <tr key={e.id} data-testid="entity-row">
                  <td>
                    <Link to={`/entities/${encodeURIComponent(e.id)}`}>
                      <Name value={e.name} romanised={e.nameLatin} />
                    </Link>
                  </td>
                  <td>
                    <span className={`type-dot t-${e.type}`} /> {e.type}
                  </td>
                  <td className="num">{e.mentions}</td>
                  <td className="num">{e.documents}</td>
                  <td className="small" dir="auto">
                    {e.names
                      .map((n) => n.surface ?? n.value)
                      .filter((n) => n !== e.name)
                      .slice(0, 4)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
