import { Link } from 'react-router-dom';
import { api } from '../api';
import { useApi } from '../hooks';
import { countryName } from '../format';
import { Empty, ErrorBox, Loading } from '../components/Status';

export function CountriesPage() {
  const res = useApi('triage', (s) => api.triage(undefined, s));
  return (
    <section>
      <h1>Countries</h1>
      <p className="muted">Documents that tie the haul to each country, and how many of them look urgent (a meeting, travel or a handover to come).</p>
      {res.loading && <Loading what="countries" />}
      {res.error && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.data && (
        <>
          {res.data.countries.length === 0 && <Empty>No country found.</Empty>}
          <table className="data narrow">
            <thead>
              <tr>
                <th>Country</th>
                <th className="num">Documents</th>
                <th className="num">Urgent</th>
              </tr>
            </thead>
            <tbody>
              {[...res.data.countries]
                .sort((a, b) => b.urgent - a.urgent || b.documents - a.documents)
                .map((c) => (
                  <tr key={c.country} data-testid="country-row" data-country={c.country}>
                    <td>
                      <Link to={`/countries/${c.country}`}>
                        {countryName(c.country)} <span className="muted">({c.country})</span>
                      </Link>
                    </td>
                    <td className="num">{c.documents}</td>
                    <td className="num">{c.urgent > 0 ? <strong className="urgent">{c.urgent}</strong> : 0}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
