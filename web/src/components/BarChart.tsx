export interface Bar {
  key: string;
  label: string;
  /** What the bar shows when the label is too long for it (the tooltip keeps the label). */
  short?: string;
  value: number;
  className?: string;
}

/** A horizontal SVG bar chart; each bar is a button. */
export function BarChart({ bars, format, onSelect, selected, title, testid = 'money-chart' }: {
  bars: Bar[];
  format: (n: number) => string;
  onSelect?: (b: Bar) => void;
  selected?: string | null;
  title: string;
  testid?: string;
}) {
  const max = Math.max(1, ...bars.map((b) => Math.abs(b.value)));
  const rowH = 24;
  const labelW = 170;
  const width = 620;
  const barW = width - labelW - 110;
  const height = bars.length * rowH + 4;
  return (
    <figure className="chart" data-testid={testid}>
      <figcaption>{title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${width} ${height}`} role="list" aria-label={title} style={{ maxWidth: width }}>
        {bars.map((b, i) => {
          const w = Math.max(1, (Math.abs(b.value) / max) * barW);
          const y = i * rowH + 2;
          const act = () => onSelect?.(b);
          return (
            <g
              key={b.key}
              role="listitem"
              className={`bar ${b.className ?? ''} ${selected === b.key ? 'selected' : ''}`}
              tabIndex={onSelect ? 0 : undefined}
              aria-label={`${b.label}: ${format(b.value)}`}
              data-testid="chart-bar"
              data-key={b.key}
              onClick={act}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  act();
                }
              }}
            >
              <title>{`${b.label}: ${format(b.value)}`}</title>
              <text x={labelW - 6} y={y + rowH / 2 + 4} textAnchor="end" className="bar-label">
                {b.short ?? (b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label)}
              </text>
              <rect x={labelW} y={y + 3} width={w} height={rowH - 8} rx={2} />
              <text x={labelW + w + 6} y={y + rowH / 2 + 4} className="bar-value">
                {format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
