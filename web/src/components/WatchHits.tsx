import { Link } from 'react-router-dom';
import type { WatchHit } from '../api';

export function WatchHits({ hits }: { hits: WatchHit[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th>Entity</th>
            <th>List</th>
            <th>Listed name</th>
            <th className="num">Score</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((h, i) => (
            <tr key={i} data-testid="watchlist-hit">
              <td>
                <Link to={`/entities/${encodeURIComponent(h.entity)}`} dir="auto">
                  {h.entityLabel ?? h.entity}
                </Link>
              </td>
              <td>
                {h.list} <span className="muted small">{h.ref}</span>
              </td>
              <td dir="auto">{h.listName}</td>
              <td className="num">{typeof h.score === 'number' ? h.score.toFixed(2) : ''}</td>
              <td dir="auto" className="small">
                <span className="muted">{h.entityName && `“${h.entityName}”: `}</span>
                {h.explanation}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
