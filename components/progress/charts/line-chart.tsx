'use client';
// A single series (recharts) as a line with its area, a value axis, the first and last
// dates under it, the last value labelled and each point's date and value in the tooltip.
import { useFormatter } from '../../use-formatter';
import { Area, AreaChart, CartesianGrid, LabelList, Text, Tooltip, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import { ChartBox, TICK, TooltipBox } from './chart-box';

export interface LinePoint {
  key: string;
  value: number;
  label: string;
}

const HEIGHT = 180;

export function LineChart({ points, label, axisLabels }: { points: LinePoint[]; label: string; axisLabels: { start: string; end: string } }) {
  const format = useFormatter();
  const first = points[0]?.key;
  const last = points.at(-1)?.key;
  const ticks = [...new Set([first, last].filter((k): k is string => k !== undefined))];
  const axisTick = ({ x, y, payload }: XAxisTickContentProps) => {
    const isLast = payload.value === last && last !== first;
    return (
      <Text x={x} y={y} verticalAnchor="start" textAnchor={isLast ? 'end' : 'start'} {...TICK}>
        {isLast ? axisLabels.end : axisLabels.start}
      </Text>
    );
  };
  return (
    <ChartBox height={HEIGHT} label={label}>
      <AreaChart
        data={points}
        responsive
        style={{ width: '100%', height: HEIGHT }}
        role="img"
        aria-label={label}
        margin={{ top: 18, right: 8, bottom: 4, left: 6 }}
      >
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="key" ticks={ticks} interval={0} tickLine={false} axisLine={{ stroke: 'var(--chart-axis)' }} tick={axisTick} />
        <YAxis
          width="auto"
          allowDecimals={false}
          domain={[0, 'auto']}
          tickLine={false}
          axisLine={false}
          tick={TICK}
          tickFormatter={(v: number) => format.number(v)}
        />
        <Tooltip
          cursor={{ stroke: 'var(--chart-axis)' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const point = payload?.[0]?.payload as LinePoint | undefined;
            return active && point ? <TooltipBox>{point.label}: <strong>{format.number(point.value)}</strong></TooltipBox> : null;
          }}
        />
        <Area
          type="monotone"
          dataKey="value"
          stroke="var(--chart-line)"
          strokeWidth={2}
          fill="var(--chart-area)"
          fillOpacity={1}
          dot={false}
          activeDot={{ r: 4, fill: 'var(--chart-line)', stroke: 'none' }}
        >
          <LabelList
            position="top"
            fill="var(--chart-strong)"
            fontSize={11}
            fontWeight={600}
            textAnchor="end"
            valueAccessor={(entry, i) => (i === points.length - 1 ? format.number((entry.payload as LinePoint).value) : null)}
          />
        </Area>
      </AreaChart>
    </ChartBox>
  );
}
