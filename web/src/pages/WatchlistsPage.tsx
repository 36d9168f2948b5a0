import { useState } from 'react';
import { api, type ImportResult } from '../api';
import { useApi } from '../hooks';
import { fmtDate } from '../format';
import { WatchHits } from '../components/WatchHits';
import { Empty, ErrorBox, Loading } from '../components/Status';

export function WatchlistsPage() {
  const res = useApi('watchlists', (s) => api.watchlists(s));
  return (
    <section>
      <h1>Watchlists</h1>
      {res.loading && <Loading what="watchlists" />}
      {res.error && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.data && (
        <>
          <h2>Lists</h2>
          {res.data.lists.length === 0 ? (
            <Empty>No list imported yet.</Empty>
          ) : (
            <table className="data" data-testid="watchlists">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Format</th>
                  <th className="num">Entries</th>
                  <th>Imported</th>
                  <th>File</th>
                </tr>
              </thead>
              <tbody>
                {res.data.lists.map((l) => (
                  <tr key={l.id} data-testid="watchlist-row">
                    <td>{l.name}</td>
                    <td>{l.format}</td>
                    <td className="num">{l.entries}</td>
                    <td>
                      {fmtDate(l.importedAt)} {l.importedBy && <span className="muted small">by {l.importedBy}</span>}
                    </td>
                    <td className="small" title={l.sha256}>
                      <bdi dir="auto">{l.source?.split('/').pop()}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>Hits</h2>
          {res.data.hits.length === 0 ? <Empty>No entity of the case matches a listed one.</Empty> : <WatchHits hits={res.data.hits} />}
        </>
      )}
      <ImportForm onDone={res.reload} />
    </section>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  return (
    <form
      className="panel import-form"
      data-testid="watchlist-import"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file || !name.trim()) return;
        setBusy(true);
        setError(null);
        setResult(null);
        file
          .text()
          .then((content) => api.importWatchlist(name.trim(), file.name, content))
          .then(
            (r) => {
              setResult(r);
              onDone();
            },
            (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
          )
          .finally(() => setBusy(false));
      }}
    >
      <h2>Import a list</h2>
      <p className="muted small">UN consolidated list (XML), OFAC SDN (XML or CSV), EU financial sanctions (XML or CSV), or a CSV of names. The case is screened against it at once.</p>
      <label>
        Name <input type="text" value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} data-testid="watchlist-name" />
      </label>{' '}
      <label>
        File <input type="file" accept=".xml,.csv,.txt,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required data-testid="watchlist-file" />
      </label>{' '}
      <button type="submit" disabled={busy || !file || !name.trim()} data-testid="watchlist-submit">
        {busy ? 'Importing…' : 'Import'}
      </button>
      {error && (
        <div className="error" role="alert">
          <span dir="auto">{error}</span>
        </div>
      )}
      {result && (
        <div className="notice" role="status" data-testid="watchlist-import-result">
          Imported “{result.list.list}” ({result.list.format}): {result.list.entries} entries; {result.list.screened} entities screened, {result.list.hits} hits.
        </div>
      )}
    </form>
  );
}
