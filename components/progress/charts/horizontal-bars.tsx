'use client';
// Horizontal bars (recharts) for a few categories with long names: the names on the left,
// the values as the locale writes them on the right, each axis as wide as its longest text.
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { ChartBox, TICK } from './chart-box';

export interface HorizontalBar {
  key: string;
  label: string;
  value: number;
  /** the value as the UI locale writes it */
  display: string;
}

const ROW = 30;

export function HorizontalBars({ bars, label }: { bars: HorizontalBar[]; label: string }) {
  const byKey = new Map(bars.map((b) => [b.key, b]));
  const height = Math.max(1, bars.length) * ROW + 4;
  const text = { ...TICK, fill: 'var(--chart-strong)', fontSize: 14 };
  return (
    <ChartBox height={height} label={label}>
      <BarChart
        data={bars}
        layout="vertical"
        responsive
        style={{ width: '100%', height }}
        role="img"
        aria-label={label}
        accessibilityLayer={false}
        margin={{ top: 2, right: 4, bottom: 2, left: 0 }}
        barCategoryGap={7}
      >
        <XAxis type="number" hide domain={[0, (max: number) => Math.max(1, max)]} />
        <YAxis type="category" dataKey="key" width="auto" tickLine={false} axisLine={false} tick={text} tickFormatter={(k: string) => byKey.get(k)?.label ?? k} />
        <YAxis yAxisId="display" orientation="right" type="category" dataKey="key" width="auto" tickLine={false} axisLine={false} tick={text} tickFormatter={(k: string) => byKey.get(k)?.display ?? ''} />
        <Bar dataKey="value" fill="var(--chart-bar)" radius={4} background={{ fill: 'var(--chart-track)', radius: 4 }} minPointSize={(v) => (typeof v === 'number' && v > 0 ? 2 : 0)} isAnimationActive={false} />
      </BarChart>
    </ChartBox>
  );
}
