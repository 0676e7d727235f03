// A single series as a line with its area, first and last values labelled.
export interface LinePoint {
  key: string;
  value: number;
  label: string;
}

export function LineChart({ points, label, axisLabels }: { points: LinePoint[]; label: string; axisLabels: { start: string; end: string } }) {
  const width = 360;
  const chartHeight = 120;
  const top = 16;
  const height = top + chartHeight + 18;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const xy = points.map((p, i) => [i * step, top + chartHeight - (p.value / max) * chartHeight] as const);
  const line = xy.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const last = points.at(-1);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-[280px]">
      <line x1={0} x2={width} y1={top + chartHeight} y2={top + chartHeight} className="stroke-stone-300 dark:stroke-stone-600" />
      {points.length > 1 ? (
        <>
          <path d={`${line} L${width},${top + chartHeight} L0,${top + chartHeight} Z`} className="fill-emerald-100 dark:fill-emerald-950" />
          <path d={line} fill="none" strokeWidth={2} className="stroke-emerald-600 dark:stroke-emerald-400" />
        </>
      ) : null}
      {last ? (
        <text x={width - 2} y={Math.max(10, (xy.at(-1)?.[1] ?? top) - 4)} textAnchor="end" className="fill-stone-800 text-[11px] font-semibold dark:fill-stone-200">{last.value}</text>
      ) : null}
      <text x={0} y={height - 2} className="fill-stone-600 text-[10px] dark:fill-stone-400">{axisLabels.start}</text>
      <text x={width} y={height - 2} textAnchor="end" className="fill-stone-600 text-[10px] dark:fill-stone-400">{axisLabels.end}</text>
    </svg>
  );
}
