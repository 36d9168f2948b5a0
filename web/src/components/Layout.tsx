import { useEffect } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { api } from '../api';
import { useApi } from '../hooks';

const NAV: [string, string, string][] = [
  ['search', '/search', 'Search'],
  ['entities', '/entities', 'Entities'],
  ['graph', '/graph', 'Graph'],
  ['money', '/money', 'Money'],
  ['countries', '/countries', 'Countries'],
  ['timeline', '/timeline', 'Timeline'],
  ['map', '/map', 'Map'],
  ['watchlists', '/watchlists', 'Watchlists'],
  ['ingest', '/ingest', 'Ingest'],
];

export function Layout() {
  const navigate = useNavigate();
  const health = useApi('health', (s) => api.health(s));

  // "/" focuses the search box (or opens the search page), unless one is typing somewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
      e.preventDefault();
      const box = document.querySelector<HTMLInputElement>('[data-testid="search-input"]');
      if (box) {
        box.focus();
        box.select();
      } else navigate('/search', { state: { focus: true } });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <div className="app">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ⟡
          </span>{' '}
          Ariadne
        </div>
        <ul>
          {NAV.map(([id, to, label]) => (
            <li key={id}>
              <NavLink to={to} data-testid={`nav-${id}`} className={({ isActive }) => (isActive ? 'active' : undefined)}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
        <div className="case-info" data-testid="case-info">
          {health.data ? (
            <>
              <div className="muted small">Case</div>
              <div dir="auto" className="case-name" title={health.data.case}>
                {health.data.case.split('/').pop() || health.data.case}
              </div>
              <div className="small">
                {health.data.documents} documents · {health.data.entities} entities
              </div>
            </>
          ) : health.error ? (
            <div className="small error-text" title={health.error.message}>
              Server unavailable
            </div>
          ) : null}
          <div className="muted small kbd-hint">
            <kbd>/</kbd> search
          </div>
        </div>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
