import type { MoneyRow } from '../api';
import { fmtUsd } from '../format';

/** Distinct colours, none of them the income green or spending red that the direction already uses elsewhere. */
const PALETTE = ['#2563eb', '#f59e0b', '#0d9488', '#9333ea', '#db2777', '#65a30d', '#0891b2', '#ea580c', '#64748b', '#a16207', '#4f46e5', '#be123c'];
const label = (s: string) => s.replace(/_/g, ' ');

export interface MonthPick {
  month: string;
  /** Absent when the whole month was picked. */
  category?: string;
  direction?: string;
}

interface Segment {
  category: string;
  direction: string;
  usd: number;
}

/**
 * A colour per category, by the categories' names: the same category keeps its colour whichever one is shown
 * alone, and from one visit to the next.
 */
export function categoryColours(rows: MoneyRow[]): Map<string, string> {
  const cats = [...new Set(rows.map((r) => r.category).filter((c): c is string => !!c))].sort();
  return new Map(cats.map((c, i) => [c, PALETTE[i % PALETTE.length]!]));
}

/** The rows of /api/money?by=month_category as segments per month (undated money has no column). */
function byMonth(rows: MoneyRow[], only: string | null): Map<string, Segment[]> {
  const months = new Map<string, Segment[]>();
  for (const r of rows) {
    if (!r.month || !r.category || (only && r.category !== only)) continue;
    const list = months.get(r.month) ?? [];
    list.push({ category: r.category, direction: r.direction === 'spending' ? 'spending' : 'income', usd: r.usd ?? 0 });
    months.set(r.month, list);
  }
  return months;
}

const total = (segs: Segment[], dir: string) => segs.filter((s) => s.direction === dir).reduce((a, s) => a + s.usd, 0);

/**
 * Income stacked above and spending below the axis, one column per month, each category its own colour. A click on
 * a column picks the month (with the category shown alone, if any); a click on a segment picks that month and
 * category. The legend shows one category alone, or all.
 */
export function MonthChart({ rows, only, selected, onSelect, onOnly }: {
  rows: MoneyRow[];
  only: string | null;
  selected: { month?: string; category?: string };
  onSelect: (pick: MonthPick) => void;
  onOnly: (category: string | null) => void;
}) {
  const colours = categoryColours(rows);
  const months = byMonth(rows, only);
  const keys = [...months.keys()].sort();
  const max = Math.max(1, ...[...months.values()].flatMap((segs) => [total(segs, 'income'), total(segs, 'spending')]));
  const colW = Math.max(6, Math.min(28, Math.floor(900 / Math.max(1, keys.length))));
  const width = Math.max(300, keys.length * colW + 60);
  const half = 110;
  const height = half * 2 + 40;
  const scale = (usd: number) => (usd / max) * half;
  return (
    <figure className="chart" data-testid="money-chart">
      <figcaption>
        By month and category (USD) — <span className="legend income">income</span> above, <span className="legend spending">spending</span> below
        {only && <> — {label(only)} only</>}
      </figcaption>
      <Legend rows={rows} colours={colours} only={only} onOnly={onOnly} />
      <div className="hscroll">
        <svg width={width} height={height} role="list" aria-label={`Income and spending by month${only ? `, ${label(only)} only` : ', by category'}`}>
          <line x1={40} x2={width} y1={half + 10} y2={half + 10} className="axis" />
          <text x={2} y={20} className="bar-value">{fmtUsd(max)}</text>
          {keys.map((k, i) => {
            const segs = months.get(k)!;
            const x = 44 + i * colW;
            const summary = `${k}${only ? ` ${label(only)}` : ''}: income ${fmtUsd(total(segs, 'income'))}, spending ${fmtUsd(total(segs, 'spending'))}`;
            const act = () => onSelect({ month: k, ...(only ? { category: only } : {}) });
            return (
              <g
                key={k}
                role="listitem"
                tabIndex={0}
                className={`bar month ${selected.month === k ? 'selected' : ''}`}
                data-testid="chart-bar"
                data-key={k}
                aria-label={summary}
                onClick={act}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    act();
                  }
                }}
              >
                <title>{summary}</title>
                <rect x={x} y={10} width={colW - 2} height={half * 2} className="hit-area" />
                {stack(segs, colours).map((s) => (
                  <rect
                    key={`${s.category}|${s.direction}`}
                    x={x}
                    y={s.direction === 'income' ? half + 10 - scale(s.from + s.usd) : half + 10 + scale(s.from)}
                    width={colW - 2}
                    height={scale(s.usd)}
                    className={`segment ${selected.month === k && selected.category === s.category ? 'selected' : ''}`}
                    style={{ fill: s.colour }}
                    data-testid="chart-segment"
                    data-key={`${k}|${s.category}|${s.direction}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onSelect({ month: k, category: s.category, direction: s.direction });
                    }}
                  >
                    <title>{`${k} · ${label(s.category)} (${s.direction}): ${fmtUsd(s.usd)}`}</title>
                  </rect>
                ))}
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

/** A month's segments in legend order, each with where its stack starts (USD from the axis). */
function stack(segs: Segment[], colours: Map<string, string>): (Segment & { from: number; colour: string })[] {
  const order = [...colours.keys()];
  const sums = { income: 0, spending: 0 } as Record<string, number>;
  return [...segs]
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category))
    .map((s) => {
      const from = sums[s.direction]!;
      sums[s.direction] = from + s.usd;
      return { ...s, from, colour: colours.get(s.category)! };
    });
}

/** One button per category (its colour and total): shows it alone, or all again. */
function Legend({ rows, colours, only, onOnly }: { rows: MoneyRow[]; colours: Map<string, string>; only: string | null; onOnly: (c: string | null) => void }) {
  const totals = new Map<string, number>();
  for (const r of rows) if (r.category) totals.set(r.category, (totals.get(r.category) ?? 0) + (r.usd ?? 0));
  return (
    <div className="category-legend" role="group" aria-label="Category">
      <button type="button" aria-pressed={!only} className={!only ? 'on' : undefined} onClick={() => onOnly(null)} data-testid="money-category" data-key="">
        All categories
      </button>
      {[...colours].map(([c, colour]) => (
        <button key={c} type="button" aria-pressed={only === c} className={only === c ? 'on' : undefined} onClick={() => onOnly(only === c ? null : c)} data-testid="money-category" data-key={c}>
          <span className="swatch category" style={{ background: colour }} aria-hidden="true" /> {label(c)} <span className="muted small">{fmtUsd(totals.get(c))}</span>
        </button>
      ))}
    </div>
  );
}
