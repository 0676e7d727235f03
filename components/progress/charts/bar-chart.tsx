// Vertical bars with a value above each and a label below (labels may be thinned out).
export interface Bar {
  key: string;
  value: number;
  /** axis label under the bar; empty to leave it out */
  label: string;
  /** full description for the bar's tooltip */
  title: string;
}

export function BarChart({ bars, label, barClassName = 'fill-brand-600 dark:fill-brand-100', showValues = true }: {
  bars: Bar[];
  label: string;
  barClassName?: string;
  showValues?: boolean;
}) {
  const slot = bars.length > 12 ? 18 : 88;
  const width = Math.max(slot * bars.length, 200);
  const chartHeight = 120;
  const top = 16;
  const height = top + chartHeight + 18;
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-none">
      <line x1={0} x2={width} y1={top + chartHeight} y2={top + chartHeight} className="stroke-stone-300 dark:stroke-stone-600" />
      {bars.map((b, i) => {
        const h = Math.round((b.value / max) * chartHeight);
        const x = i * slot + slot * 0.15;
        const w = slot * 0.7;
        return (
          <g key={b.key} data-key={b.key} data-value={b.value}>
            <title>{b.title}</title>
            <rect x={x} y={top + chartHeight - h} width={w} height={Math.max(h, b.value > 0 ? 1 : 0)} rx={2} className={barClassName} />
            {showValues && b.value > 0 ? (
              <text x={x + w / 2} y={top + chartHeight - h - 3} textAnchor="middle" className="fill-stone-700 text-[9px] dark:fill-stone-300">{b.value}</text>
            ) : null}
            {b.label ? (
              <text x={i === 0 ? x : x + w / 2} y={top + chartHeight + 13} textAnchor={i === 0 ? 'start' : 'middle'} className="fill-stone-600 text-[9px] dark:fill-stone-400">{b.label}</text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
