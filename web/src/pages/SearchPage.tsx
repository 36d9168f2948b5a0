import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { api, type Facet, type Hit } from '../api';
import { useApi } from '../hooks';
import { countryName, hasArabic, mimeLabel } from '../format';
import { SnippetView } from '../components/SnippetView';
import { SyntaxHelp } from '../components/SyntaxHelp';
import { Empty, ErrorBox, Loading } from '../components/Status';

const FILTERS = ['type', 'lang', 'source', 'entity', 'country', 'from', 'to'] as const;
type FilterName = (typeof FILTERS)[number];

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<FilterName, string>;
  const limit = params.get('limit') ?? '50';
  const [draft, setDraft] = useState(q);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setDraft(q), [q]);
  useEffect(() => {
    if (!q || (location.state as { focus?: boolean } | null)?.focus) input.current?.focus();
  }, [location.state, q]);

  const active = q.trim() !== '' || FILTERS.some((f) => filters[f]);
  const key = active ? params.toString() : null;
  const res = useApi(key, (s) => api.search({ q, ...filters, limit }, s));

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  return (
    <section className="search-page">
      <h1 className="visually-hidden">Search</h1>
      <form
        className="search-bar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: draft.trim() });
        }}
      >
        <input
          ref={input}
          type="search"
          dir="auto"
          name="q"
          aria-label="Search the case"
          placeholder='Search the case — e.g. حوالة, "Abu Khattab", type:pdf lang:ar  (press / to focus)'
          data-testid="search-input"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" data-testid="search-button">
          Search
        </button>
        <SyntaxHelp />
      </form>

      <div className="search-layout">
        <aside className="facets" aria-label="Filters">
          <FacetGroup name="type" title="Type" facets={res.data?.facets?.type} selected={filters.type} label={(f) => mimeLabel(f.value)} onToggle={(v) => update({ type: v })} />
          <FacetGroup name="lang" title="Language" facets={res.data?.facets?.lang} selected={filters.lang} onToggle={(v) => update({ lang: v })} />
          <FacetGroup name="source" title="Source" facets={res.data?.facets?.source} selected={filters.source} onToggle={(v) => update({ source: v })} />
          <DateFacet from={filters.from} to={filters.to} years={res.data?.facets?.year} onChange={(from, to) => update({ from, to })} />
          <FacetGroup name="country" title="Country" facets={res.data?.facets?.country} selected={filters.country} label={(f) => countryName(f.value)} onToggle={(v) => update({ country: v })} />
          {/* Last: up to 15 names, the longest group, below the short ones. */}
          <FacetGroup name="entity" title="Entity" facets={res.data?.facets?.entity} selected={filters.entity} label={(f) => <EntityLabel label={f.label ?? f.value} />} onToggle={(v) => update({ entity: v })} />
        </aside>

        <div className="hits">
          {!active && <Empty>Type a query and press Enter. Click “?” for the query syntax.</Empty>}
          {res.loading && <Loading what="results" />}
          {res.error && <ErrorBox error={res.error} onRetry={res.reload} />}
          {res.data && !res.loading && (
            <>
              <p className="muted small" data-testid="search-summary">
                {res.data.hits.length} {res.data.hits.length === 1 ? 'document' : 'documents'}
                {res.data.hits.length >= Number(limit) ? ' (first ones)' : ''} in {Math.round(res.data.ms)} ms
                {res.data.hits.length >= Number(limit) && Number(limit) < 200 && (
                  <>
                    {' '}
                    <button type="button" className="link-button" onClick={() => update({ limit: String(Math.min(200, Number(limit) + 50)) })}>
                      show more
                    </button>
                  </>
                )}
              </p>
              {res.data.hits.length === 0 && <Empty>No document matches.</Empty>}
              <ol className="hit-list">
                {res.data.hits.map((h) => (
                  <HitView key={h.id} hit={h} />
                ))}
              </ol>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function HitView({ hit }: { hit: Hit }) {
  return (
    <li className="hit" data-testid="search-hit" data-id={hit.id}>
      <div className="hit-head">
        <Link to={`/documents/${hit.id}`} className="hit-title" data-testid="hit-title" dir="auto">
          {hit.title || hit.paths[0]?.path.split('/').pop() || hit.id.slice(0, 12)}
        </Link>
        <span className="pill">{mimeLabel(hit.mime)}</span>
        {hit.languages.map((l) => (
          <span key={l} className="pill lang">
            {l}
          </span>
        ))}
      </div>
      <ul className="hit-paths" aria-label="Paths">
        {hit.paths.map((p, i) => (
          <li key={i} className="path" dir="auto" data-testid="hit-path">
            <span className="muted">{p.source}:</span> {p.path}
            {p.chain.map((c, j) => (
              <span key={j} className="chain">
                {' '}
                › <bdi dir="auto">{c}</bdi>
              </span>
            ))}
          </li>
        ))}
      </ul>
      {hit.snippets.map((s, i) => (
        <SnippetView key={i} snippet={s} />
      ))}
    </li>
  );
}

function FacetGroup({ name, title, facets, selected, onToggle, label }: {
  name: string;
  title: string;
  facets: Facet[] | undefined;
  selected: string;
  onToggle: (v: string | null) => void;
  label?: (f: Facet) => ReactNode;
}) {
  const list = facets ?? [];
  const shown = selected && !list.some((f) => f.value === selected) ? [{ value: selected, count: 0 }, ...list] : list;
  return (
    <fieldset className="facet" data-testid={`facet-${name}`}>
      <legend>{title}</legend>
      {shown.length === 0 && <span className="muted small">—</span>}
      <ul>
        {shown.map((f) => {
          const on = f.value === selected;
          return (
            <li key={f.value}>
              <button type="button" className={`facet-value ${on ? 'on' : ''}`} aria-pressed={on} data-testid="facet-value" data-value={f.value} onClick={() => onToggle(on ? null : f.value)}>
                <span dir="auto">{label ? label(f) : f.value}</span>
                <span className="count">{f.count || ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * An entity's facet label, "name (Latin name)" as the server gives it. An Arabic name and its Latin form are
 * isolated apart: in one right-to-left run the parenthesised Latin name would read before the Arabic.
 */
function EntityLabel({ label }: { label: string }) {
  const m = /^(.+) \(([^()]+)\)$/.exec(label);
  if (!m || !hasArabic(m[1])) return <bdi dir="auto">{label}</bdi>;
  return (
    <>
      <bdi dir="auto" className="ar">
        {m[1]}
      </bdi>
      <span className="translit">
        (<bdi dir="auto">{m[2]}</bdi>)
      </span>
    </>
  );
}

/** The whole of a year, as the date range's from and to. */
const yearRange = (year: string) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

function DateFacet({ from, to, years, onChange }: { from: string; to: string; years: Facet[] | undefined; onChange: (from: string | null, to: string | null) => void }) {
  const [f, setF] = useState(from);
  const [t, setT] = useState(to);
  useEffect(() => {
    setF(from);
    setT(to);
  }, [from, to]);
  return (
    <fieldset className="facet" data-testid="facet-date">
      <legend>Date</legend>
      <form
        className="date-range"
        onSubmit={(e) => {
          e.preventDefault();
          onChange(f || null, t || null);
        }}
      >
        <label>
          From <input type="date" value={f} onChange={(e) => setF(e.target.value)} data-testid="facet-from" />
        </label>
        <label>
          To <input type="date" value={t} onChange={(e) => setT(e.target.value)} data-testid="facet-to" />
        </label>
        <div className="row">
          <button type="submit">Apply</button>
          {(from || to) && (
            <button type="button" onClick={() => onChange(null, null)}>
              Clear
            </button>
          )}
        </div>
      </form>
      <YearCounts years={years} from={from} to={to} onChange={onChange} />
    </fieldset>
  );
}

/** The matches per year; a year toggles the date range to exactly that year, as FacetGroup toggles its values. */
function YearCounts({ years, from, to, onChange }: { years: Facet[] | undefined; from: string; to: string; onChange: (from: string | null, to: string | null) => void }) {
  const list = years ?? [];
  const selected = /^(\d{4})-01-01$/.exec(from)?.[1];
  const on = (y: string) => y === selected && to === yearRange(y).to;
  // The selected year stays shown (count unknown) when the new matches have no date in it.
  const shown = selected && on(selected) && !list.some((f) => f.value === selected) ? [...list, { value: selected, count: 0 }].sort((a, b) => a.value.localeCompare(b.value)) : list;
  if (shown.length === 0) return null;
  return (
    <fieldset className="facet-years" data-testid="facet-year">
      <legend className="visually-hidden">Year</legend>
      <ul>
        {shown.map((f) => (
          <li key={f.value}>
            <button
              type="button"
              className={`facet-value ${on(f.value) ? 'on' : ''}`}
              aria-pressed={on(f.value)}
              data-testid="facet-value"
              data-value={f.value}
              onClick={() => (on(f.value) ? onChange(null, null) : onChange(yearRange(f.value).from, yearRange(f.value).to))}
            >
              <span>{f.value}</span>
              <span className="count">{f.count || ''}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
