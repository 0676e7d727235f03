'use client';
// Shared frame for the recharts charts: a box of fixed height (so nothing moves when the
// chart appears), the chart's colours as CSS variables that follow light and dark mode,
// and a placeholder of the same size until the browser has mounted the chart. Recharts
// measures the DOM, so the server and the first client render draw only the placeholder
// (no hydration mismatch); the placeholder carries the chart's label meanwhile.
import { useSyncExternalStore, type ReactNode } from 'react';

const noSubscription = () => () => {};

/** false on the server and during hydration, true once mounted in the browser. */
export function useMounted(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

// Tailwind writes these with the theme's colours; the charts read them as var(--chart-…).
const COLOURS = [
  '[--chart-grid:var(--color-stone-200)] dark:[--chart-grid:var(--color-stone-700)]',
  '[--chart-axis:var(--color-stone-300)] dark:[--chart-axis:var(--color-stone-600)]',
  '[--chart-text:var(--color-stone-600)] dark:[--chart-text:var(--color-stone-400)]',
  '[--chart-strong:var(--color-stone-800)] dark:[--chart-strong:var(--color-stone-200)]',
  '[--chart-track:var(--color-stone-100)] dark:[--chart-track:var(--color-stone-800)]',
  '[--chart-cursor:var(--color-stone-100)] dark:[--chart-cursor:var(--color-stone-800)]',
  '[--chart-bar:var(--color-brand-600)] dark:[--chart-bar:var(--color-brand-100)]',
  '[--chart-line:var(--color-emerald-600)] dark:[--chart-line:var(--color-emerald-400)]',
  '[--chart-area:var(--color-emerald-100)] dark:[--chart-area:var(--color-emerald-950)]',
].join(' ');

export const TICK = { fill: 'var(--chart-text)', fontSize: 11 } as const;

export function ChartBox({ height, minWidth, label, children }: {
  height: number;
  /** below this width the figure scrolls sideways instead of squeezing the chart */
  minWidth?: number;
  label: string;
  children: ReactNode;
}) {
  const mounted = useMounted();
  return (
    // The focus ring goes inside the chart: the figure's scroll box would clip it outside.
    <div className={`w-full [&_svg:focus-visible]:[outline-offset:-3px]! ${COLOURS}`} style={{ height, minWidth }}>
      {mounted ? children : <div role="img" aria-label={label} className="h-full w-full" />}
    </div>
  );
}

/** The tooltip's box, in the page's colours. */
export function TooltipBox({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white px-2 py-1 text-sm text-stone-900 shadow-sm dark:border-stone-700 dark:bg-stone-800 dark:text-stone-100">
      {children}
    </div>
  );
}
