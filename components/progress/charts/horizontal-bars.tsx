// Horizontal bars for a few categories with long names (labels never clip or overlap).
export interface HorizontalBar {
  key: string;
  label: string;
  value: number;
  /** the value as the UI locale writes it */
  display: string;
}

export function HorizontalBars({ bars, label }: { bars: HorizontalBar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div role="img" aria-label={label} className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-2 text-sm">
      {bars.map((b) => (
        <div key={b.key} className="contents" data-key={b.key} data-value={b.value}>
          <span className="text-stone-700 dark:text-stone-300">{b.label}</span>
          <span className="h-4 rounded bg-stone-100 dark:bg-stone-800">
            <span className="block h-4 rounded bg-brand-600 dark:bg-brand-100" style={{ width: `${(b.value / max) * 100}%`, minWidth: b.value > 0 ? 2 : 0 }} />
          </span>
          <span className="text-right tabular-nums">{b.display}</span>
        </div>
      ))}
    </div>
  );
}
