import type { MoneyRow } from '../api';
import { fmtUsd } from '../format';

/** Income above and spending below the axis, one column per month; a click selects the month. */
export function MonthChart({ rows, onSelect, selected }: { rows: MoneyRow[]; onSelect: (month: string) => void; selected?: string | null }) {
  const months = new Map<string, { income: number; spending: number }>();
  for (const r of rows) {
    if (!r.key) continue;
    const m = months.get(r.key) ?? { income: 0, spending: 0 };
    if (r.direction === 'spending') m.spending += r.usd ?? 0;
    else m.income += r.usd ?? 0;
    months.set(r.key, m);
  }
  const keys = [...months.keys()].sort();
  const max = Math.max(1, ...[...months.values()].flatMap((m) => [m.income, m.spending]));
  const colW = Math.max(6, Math.min(28, Math.floor(900 / Math.max(1, keys.length))));
  const width = Math.max(300, keys.length * colW + 60);
  const half = 110;
  const height = half * 2 + 40;
  return (
    <figure className="chart" data-testid="money-chart">
      <figcaption>
        By month (USD) — <span className="legend income">income</span> above, <span className="legend spending">spending</span> below
      </figcaption>
      <div className="hscroll">
        <svg width={width} height={height} role="list" aria-label="Income and spending by month">
          <line x1={40} x2={width} y1={half + 10} y2={half + 10} className="axis" />
          <text x={2} y={20} className="bar-value">{fmtUsd(max)}</text>
          {keys.map((k, i) => {
            const m = months.get(k)!;
            const x = 44 + i * colW;
            const hi = (m.income / max) * half;
            const hs = (m.spending / max) * half;
            const act = () => onSelect(k);
            return (
              <g
                key={k}
                role="listitem"
                tabIndex={0}
                className={`bar month ${selected === k ? 'selected' : ''}`}
                data-testid="chart-bar"
                data-key={k}
                aria-label={`${k}: income ${fmtUsd(m.income)}, spending ${fmtUsd(m.spending)}`}
                onClick={act}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    act();
                  }
                }}
              >
                <title>{`${k}: income ${fmtUsd(m.income)}, spending ${fmtUsd(m.spending)}`}</title>
                <rect x={x} y={10} width={colW - 2} height={half * 2} className="hit-area" />
                <rect x={x} y={half + 10 - hi} width={colW - 2} height={hi} className="income" />
                <rect x={x} y={half + 10} width={colW - 2} height={hs} className="spending" />
              </g>
            );
          })}
          <g aria-hidden="true" style={{ pointerEvents: 'none' }}>
            {keys.map((k, i) =>
              i % Math.ceil(keys.length / 12) === 0 ? (
                <text key={k} x={44 + i * colW} y={height - 4} className="bar-value small">
                  {k}
                </text>
              ) : null,
            )}
          </g>
        </svg>
      </div>
    </figure>
  );
}
