// Reviews per study day as a calendar heatmap: one column per week (Monday first), one
// square per day, darker for busier days. Each square carries its own label (title).
// From 640 px it is scaled to the card's width (the whole year in sight); on a narrower
// screen it scrolls sideways, opens at today's end, and says so.
import { ScrollToEnd } from './scroll-to-end';

export interface HeatmapCell {
  day: string;
  reviews: number;
  level: 0 | 1 | 2 | 3 | 4;
  /** e.g. "12 Mar 2026: 14 reviews" */
  label: string;
}

const FILL = ['fill-stone-200 dark:fill-stone-700', 'fill-emerald-200 dark:fill-emerald-900', 'fill-emerald-400 dark:fill-emerald-700', 'fill-emerald-600 dark:fill-emerald-500', 'fill-emerald-800 dark:fill-emerald-300'];
const SIZE = 11;
const GAP = 2;
/** Room after the last week for a month name that starts there. */
const LABEL_ROOM = 28;

export function CalendarHeatmap({ weeks, label, monthLabels, legend, scrollLabel, scrollHint }: {
  weeks: HeatmapCell[][];
  label: string;
  /** column index → short month name, shown above the first week of each month */
  monthLabels: { week: number; text: string }[];
  legend: { less: string; more: string };
  /** name of the scrolling region */
  scrollLabel: string;
  /** shown where it scrolls (a phone): that the earlier months are to the left */
  scrollHint: string;
}) {
  const width = weeks.length * (SIZE + GAP) + LABEL_ROOM;
  const top = 14;
  const height = top + 7 * (SIZE + GAP);
  return (
    <div className="flex flex-col gap-1">
      <ScrollToEnd label={scrollLabel}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-none sm:h-auto sm:w-full">
        {monthLabels.map((m) => (
          <text key={m.week} x={m.week * (SIZE + GAP)} y={10} className="fill-stone-600 text-[9px] dark:fill-stone-400">{m.text}</text>
        ))}
        {weeks.map((week, w) =>
          week.map((cell, d) => (
            <rect
              key={cell.day}
              x={w * (SIZE + GAP)}
              y={top + d * (SIZE + GAP)}
              width={SIZE}
              height={SIZE}
              rx={2}
              className={FILL[cell.level]}
              data-day={cell.day}
              data-reviews={cell.reviews}
            >
              <title>{cell.label}</title>
            </rect>
          )),
        )}
      </svg>
      </ScrollToEnd>
      <p className="text-xs text-stone-600 sm:hidden dark:text-stone-400">{scrollHint}</p>
      <div className="flex items-center gap-1 text-xs text-stone-600 dark:text-stone-400" aria-hidden="true">
        <span>{legend.less}</span>
        {FILL.map((f) => (
          <svg key={f} width={SIZE} height={SIZE}><rect width={SIZE} height={SIZE} rx={2} className={f} /></svg>
        ))}
        <span>{legend.more}</span>
      </div>
    </div>
  );
}
