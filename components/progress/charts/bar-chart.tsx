'use client';
// Vertical bars (recharts) with a value axis, a label below some bars (callers may thin them
// out) and each bar's full description in the tooltip (mouse, or arrow keys once focused).
import { useFormatter } from '../../use-formatter';
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
  const axisTick = ({ x, y, payload }: XAxisTickContentProps) => {
    const text = byKey.get(String(payload.value))?.label;
    if (!text) return null;
    // Centred under its bar; the first one has the value axis's room to its left.
    return <Text x={x} y={y} verticalAnchor="start" textAnchor="middle" {...TICK}>{text}</Text>;
  };
  return (
    <ChartBox height={HEIGHT} minWidth={bars.length > 12 ? bars.length * 9 + 48 : undefined} label={label}>
      <RechartsBarChart
        data={bars}
        responsive
        style={{ width: '100%', height: HEIGHT }}
        role="img"
        aria-label={label}
        margin={{ top: showValues ? 18 : 10, right: 8, bottom: 4, left: 6 }}
        barCategoryGap="15%"
      >
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="key" interval={0} tickLine={false} axisLine={{ stroke: 'var(--chart-axis)' }} tick={axisTick} />
        <YAxis width="auto" allowDecimals={false} tickLine={false} axisLine={false} tick={TICK} tickFormatter={(v: number) => format.number(v)} />
        <Tooltip
          cursor={{ fill: 'var(--chart-cursor)', stroke: 'none' }}
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
