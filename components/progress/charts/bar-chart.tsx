'use client';
// Vertical bars (recharts) with a value axis, a label below some bars (callers may thin them
// out) and each bar's full description in the tooltip (mouse, or arrow keys once focused).
import { useFormatter } from 'next-intl';
import {
  Bar as RechartsBar, BarChart as RechartsBarChart, CartesianGrid, LabelList, Rectangle, Text, Tooltip, XAxis, YAxis,
  type BarShapeProps, type XAxisTickContentProps,
} from 'recharts';
import { ChartBox, TICK, TooltipBox } from './chart-box';

export interface Bar {
  key: string;
  value: number;
  /** axis label under the bar; empty to leave it out */
  label: string;
  /** full description for the bar's tooltip */
  title: string;
}

const HEIGHT = 180;

export function BarChart({ bars, label, barClassName, showValues = true }: {
  bars: Bar[];
  label: string;
  /** Tailwind fill classes for the bars, e.g. 'fill-sky-600 dark:fill-sky-300'; the brand colour by default */
  barClassName?: string;
  showValues?: boolean;
}) {
  const format = useFormatter();
  const byKey = new Map(bars.map((b) => [b.key, b]));
  const firstKey = bars[0]?.key;
  const axisTick = ({ x, y, payload }: XAxisTickContentProps) => {
    const text = byKey.get(String(payload.value))?.label;
    if (!text) return null;
    // The first label starts at its bar so it never runs off the left edge.
    return <Text x={x} y={y} verticalAnchor="start" textAnchor={payload.value === firstKey ? 'start' : 'middle'} {...TICK}>{text}</Text>;
  };
  return (
    <ChartBox height={HEIGHT} minWidth={bars.length > 12 ? bars.length * 12 + 48 : undefined} label={label}>
      <RechartsBarChart
        data={bars}
        responsive
        style={{ width: '100%', height: HEIGHT }}
        role="img"
        aria-label={label}
        margin={{ top: showValues ? 18 : 8, right: 8, bottom: 0, left: 0 }}
        barCategoryGap="15%"
      >
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="key" interval={0} tickLine={false} axisLine={{ stroke: 'var(--chart-axis)' }} tick={axisTick} />
        <YAxis width="auto" allowDecimals={false} tickLine={false} axisLine={false} tick={TICK} tickFormatter={(v: number) => format.number(v)} />
        <Tooltip
          cursor={{ fill: 'var(--chart-cursor)' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const bar = payload?.[0]?.payload as Bar | undefined;
            return active && bar ? <TooltipBox>{bar.title}</TooltipBox> : null;
          }}
        />
        <RechartsBar
          dataKey="value"
          fill="var(--chart-bar)"
          radius={[2, 2, 0, 0]}
          maxBarSize={48}
          shape={barClassName ? (props: BarShapeProps) => <Rectangle {...props} className={barClassName} /> : undefined}
        >
          {showValues ? (
            <LabelList
              dataKey="value"
              position="top"
              fill="var(--chart-strong)"
              fontSize={10}
              formatter={(v) => (typeof v === 'number' && v > 0 ? format.number(v) : null)}
            />
          ) : null}
        </RechartsBar>
      </RechartsBarChart>
    </ChartBox>
  );
}
