import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, type Connection, type Entity, type EntityDetail, type EntityMention } from '../api';
import { useApi } from '../hooks';
import { docHref, hasArabic, romanise } from '../format';
import { EntityPicker } from '../components/EntityPicker';
import { Name } from '../components/Name';
import { TransactionTable } from '../components/TransactionTable';
import { WatchHits } from '../components/WatchHits';
import { Empty, ErrorBox, Loading } from '../components/Status';
import { KeyValues } from './DocumentPage';

export function EntityPage() {
  const { id = '' } = useParams();
  const res = useApi(`entity:${id}`, (s) => api.entity(id, s));
  if (res.loading && !res.data) return <Loading what="the entity" />;
  if (res.error) return <ErrorBox error={res.error} onRetry={res.reload} />;
  if (!res.data) return null;
  return <EntityView detail={res.data} reload={res.reload} />;
}

function EntityView({ detail, reload }: { detail: EntityDetail; reload: () => void }) {
  const e = detail.entity;
  const latin = e.nameLatin && !hasArabic(e.nameLatin) ? e.nameLatin : null;
  return (
    <article className="entity-page">
      <header className="page-head">
        <h1 data-testid="entity-name" data-entity={e.id}>
          <span className={`type-dot t-${e.type}`} /> <Name value={e.name} romanised={latin} />
        </h1>
        <div className="muted">
          {e.type} · {e.mentions} mentions in {e.documents} documents{e.ambiguous ? ' · ambiguous' : ''} · <code>{e.id}</code>
        </div>
        <nav className="row links" aria-label="Explore">
          <Link to={`/graph?focus=${encodeURIComponent(e.id)}`}>Graph</Link>
          <Link to={`/timeline?entity=${encodeURIComponent(e.id)}`}>Timeline</Link>
          <Link to={`/search?q=${encodeURIComponent(`"${e.name}"`)}`}>Search its name</Link>
          <Link to={`/money?entity=${encodeURIComponent(e.id)}`}>Transactions</Link>
        </nav>
      </header>

      <Actions entity={e} reload={reload} />

      <div className="two-col">
        <section aria-label="Names">
          <h2>Names</h2>
          <table className="data names">
            <thead>
              <tr>
                <th>Name</th>
                <th>Transliteration</th>
                <th>Script</th>
                <th className="num">Count</th>
              </tr>
            </thead>
            <tbody>
              {e.names.map((n, i) => {
                const shown = n.surface ?? n.value;
                const ar = hasArabic(shown);
                return (
                  <tr key={i} data-testid="entity-alias">
                    <td dir="auto" className={ar ? 'ar' : undefined}>
                      {shown}
                      {n.surface && n.surface !== n.value && <div className="small muted">{n.value}</div>}
                    </td>
                    <td className="translit">{ar ? (n.romanised && !hasArabic(n.romanised) ? n.romanised : romanise(shown)) : hasArabic(n.romanised ?? '') ? <span dir="auto">{n.romanised}</span> : ''}</td>
                    <td>{n.script ?? (ar ? 'arabic' : 'latin')}</td>
                    <td className="num">{n.count ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {e.evidence && e.evidence.length > 0 && (
            <details className="evidence">
              <summary>Why these names are one entity ({e.evidence.length})</summary>
              <ul>
                {e.evidence.map((x, i) => (
                  <li key={i} dir="auto">
                    {x}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>

        <section aria-label="Connected entities">
          <h2>Connected entities</h2>
          {detail.connected.length === 0 ? <Empty>None.</Empty> : <ConnectionList items={detail.connected} testid="connected-entity" />}
        </section>
      </div>

      <section aria-label="Selectors">
        <h2>Selectors</h2>
        {detail.selectors.length === 0 ? (
          <Empty>No selector (phone, email, account…) tied to this entity.</Empty>
        ) : (
          <ConnectionList items={detail.selectors} testid="selector" />
        )}
      </section>

      <section aria-label="Watchlist hits">
        <h2>Watchlist hits</h2>
        {detail.hits.length === 0 ? <Empty>No watchlist hit.</Empty> : <WatchHits hits={detail.hits} />}
      </section>

      <section aria-label="Mentions">
        <h2>Mentions ({detail.mentions.length} shown)</h2>
        <ol className="mentions-list">
          {detail.mentions.map((m, i) => (
            <MentionContext key={i} m={m} />
          ))}
        </ol>
      </section>

      <section aria-label="Transactions">
        <h2>Transactions</h2>
        <TransactionTable transactions={detail.transactions} />
      </section>
    </article>
  );
}

function ConnectionList({ items, testid }: { items: Connection[]; testid: string }) {
  return (
    <ul className="connected">
      {items.map((c, i) => {
        const ent = (c.entity ?? (c as unknown as Entity)) as Entity | undefined;
        if (!ent || !ent.id) return <li key={i}><KeyValues obj={c as unknown as Record<string, unknown>} /></li>;
        return (
          <li key={ent.id} data-testid={testid}>
            <span className={`type-dot t-${ent.type}`} title={ent.type} />{' '}
            <Link to={`/entities/${encodeURIComponent(ent.id)}`}>
              <Name value={ent.name} romanised={ent.nameLatin} />
            </Link>{' '}
            <span className="muted small">
              {ent.type}
              {c.documents !== undefined ? ` · ${c.documents} shared documents` : ''}
              {c.types ? ` · ${c.types.join(', ')}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function MentionContext({ m }: { m: EntityMention }) {
  return (
    <li className="mention-context" data-testid="entity-mention">
      <Link to={docHref(m.document, m.start, m.end)} className="doc-link" dir="auto">
        {m.title || m.document.slice(0, 12)}
      </Link>
      <p dir="auto" className="context">
        {m.context ?? (
          <>
            {m.before && `…${m.before}`}
            <mark>{m.surface}</mark>
            {m.after && `${m.after}…`}
          </>
        )}
      </p>
    </li>
  );
}

function Actions({ entity, reload }: { entity: Entity; reload: () => void }) {
  const navigate = useNavigate();
  const [mode, setMode] = useState<null | 'merge' | 'split' | 'rename'>(null);
  const [other, setOther] = useState<Entity | null>(null);
  const [names, setNames] = useState<string[]>([]);
  const [newName, setNewName] = useState(entity.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<React.ReactNode>(null);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      setMode(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (m: 'merge' | 'split' | 'rename') => {
    setMode((cur) => (cur === m ? null : m));
    setError(null);
    setNotice(null);
  };

  return (
    <section className="actions" aria-label="Corrections">
      <div className="row">
        <button type="button" data-testid="entity-merge-button" aria-expanded={mode === 'merge'} onClick={() => toggle('merge')}>
          Merge with…
        </button>
        <button type="button" data-testid="entity-split-button" aria-expanded={mode === 'split'} onClick={() => toggle('split')} disabled={entity.names.length < 2}>
          Split names out…
        </button>
        <button type="button" data-testid="entity-rename-button" aria-expanded={mode === 'rename'} onClick={() => toggle('rename')}>
          Rename…
        </button>
      </div>
      {mode === 'merge' && (
        <form
          className="panel"
          onSubmit={(ev) => {
            ev.preventDefault();
            if (!other) return;
            void run(async () => {
              const r = await api.merge(entity.id, other.id);
              setNotice(`Merged with ${other.name}.`);
              if (r.entity?.id && r.entity.id !== entity.id) navigate(`/entities/${encodeURIComponent(r.entity.id)}`);
              else reload();
            });
          }}
        >
          <p>The same {entity.type}: choose the other entity to put together with this one.</p>
          <EntityPicker testid="merge-picker" label="Other entity" value={other} exclude={entity.id} type={entity.type} onPick={setOther} />
          <div className="row">
            <button type="submit" disabled={!other || busy} data-testid="merge-confirm">
              {busy ? 'Merging…' : 'Merge'}
            </button>
            <button type="button" onClick={() => setMode(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mode === 'split' && (
        <form
          className="panel"
          onSubmit={(ev) => {
            ev.preventDefault();
            if (names.length === 0) return;
            void run(async () => {
              const r = await api.split(entity.id, names);
              setNames([]);
              setNotice(
                <>
                  Split into:{' '}
                  {(r.entities ?? []).map((x) => (
                    <Link key={x.id} to={`/entities/${encodeURIComponent(x.id)}`} dir="auto" className="chip">
                      {x.name}
                    </Link>
                  ))}
                </>,
              );
              if (r.entities && !r.entities.some((x) => x.id === entity.id) && r.entities[0]) navigate(`/entities/${encodeURIComponent(r.entities[0].id)}`);
              else reload();
            });
          }}
        >
          <p>Take these names out into an entity of their own:</p>
          <ul className="checklist" data-testid="split-names">
            {entity.names.map((n, i) => {
              const v = n.value;
              return (
                <li key={i}>
                  <label>
                    <input type="checkbox" checked={names.includes(v)} onChange={(ev) => setNames((cur) => (ev.target.checked ? [...cur, v] : cur.filter((x) => x !== v)))} data-testid="split-name" />{' '}
                    <Name value={n.surface ?? v} romanised={n.romanised} /> {n.count !== undefined && <span className="muted small">({n.count})</span>}
                  </label>
                </li>
              );
            })}
          </ul>
          <div className="row">
            <button type="submit" disabled={names.length === 0 || names.length === entity.names.length || busy} data-testid="split-confirm">
              {busy ? 'Splitting…' : `Split ${names.length || ''} name${names.length === 1 ? '' : 's'} out`}
            </button>
            <button type="button" onClick={() => setMode(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mode === 'rename' && (
        <form
          className="panel"
          onSubmit={(ev) => {
            ev.preventDefault();
            const name = newName.trim();
            if (!name) return;
            void run(async () => {
              await api.rename(entity.id, name);
              setNotice('Renamed.');
              reload();
            });
          }}
        >
          <label>
            Name the workbench shows: <input type="text" dir="auto" value={newName} onChange={(ev) => setNewName(ev.target.value)} data-testid="rename-input" />
          </label>{' '}
          <button type="submit" disabled={busy || !newName.trim()} data-testid="rename-confirm">
            {busy ? 'Saving…' : 'Rename'}
          </button>
        </form>
      )}
      {error && (
        <div className="error" role="alert" data-testid="action-error">
          <span dir="auto">{error}</span>
        </div>
      )}
      {notice && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
    </section>
  );
}
