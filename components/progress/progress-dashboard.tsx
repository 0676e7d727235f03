// The learner's progress page body; the teacher's read-only view of a student shows the same.
import { getTranslations } from 'next-intl/server';
import { createFormatter } from '@/lib/format';
import type { Locale } from '@/i18n/routing';
import type { RetentionPeriod } from '@/lib/progress';
import type { LearnerProgress } from '@/server/progress/get-learner-progress';
import { Link } from '@/i18n/navigation';
import { Kk } from '../preferences';
import { DataTable } from '../data-table';
import { BarChart } from './charts/bar-chart';
import { CalendarHeatmap } from './charts/calendar-heatmap';
import { ChartFigure } from './charts/chart-figure';
import { HorizontalBars } from './charts/horizontal-bars';
import { LineChart } from './charts/line-chart';
import { formatDay, formatDuration, formatPercent, dayDate } from './format';

const PERIODS: RetentionPeriod[] = ['today', 'week', 'month', 'year'];

/** `student`: the teacher's read-only view of that student (no link to study, their name in the empty state). */
export async function ProgressDashboard({ data, locale, student }: { data: LearnerProgress; locale: Locale; student?: string }) {
  const t = await getTranslations({ locale, namespace: 'progress' });
  const format = createFormatter(locale);
  const n = (x: number) => format.number(x);
  const periodLabel: Record<RetentionPeriod, string> = { today: t('periodToday'), week: t('periodWeek'), month: t('periodMonth'), year: t('periodYear') };

  const cells = data.calendar.flat();
  const studiedDays = cells.filter((c) => c.reviews > 0);
  const calendarTotal = studiedDays.reduce((s, c) => s + c.reviews, 0);
  // A month's name above the week holding its 1st; the first column's month only if there is room.
  const monthStarts = data.calendar.flatMap((week, w) => {
    const first = week.find((c) => c.day.endsWith('-01'));
    return first ? [{ week: w, day: first.day }] : [];
  });
  const firstColumn = data.calendar[0]?.[0];
  if (firstColumn && (monthStarts[0]?.week ?? 99) >= 3) monthStarts.unshift({ week: 0, day: firstColumn.day });
  const monthLabels = monthStarts.map((m) => ({ week: m.week, text: format.date(dayDate(m.day), 'month', 'UTC') }));

  const states = [
    { key: 'new', label: t('stateNew'), value: data.states.new },
    { key: 'learning', label: t('stateLearning'), value: data.states.learning },
    { key: 'review', label: t('stateReview'), value: data.states.review },
    { key: 'relearning', label: t('stateRelearning'), value: data.states.relearning },
    { key: 'suspended', label: t('stateSuspended'), value: data.states.suspended },
  ];
  const forecastTotal = data.forecast.reduce((s, d) => s + d.due, 0);
  // Nothing studied yet: one line that says so (and where to start), not a page of zeros.
  const fresh = calendarTotal === 0 && data.states.learning + data.states.review + data.states.relearning === 0;
  const retentionEmpty = PERIODS.every((p) => data.retention[p].all.total === 0);

  const stat = (id: string, label: string, value: string) => (
    <div className="card-surface flex flex-col p-3">
      <dt className="text-sm text-stone-600 dark:text-stone-400">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums" data-stat={id}>{value}</dd>
    </div>
  );

  return (
    <div className="flex flex-col gap-6">
      {fresh ? (
        <section data-testid="progress-empty" className="card-surface flex flex-col items-start gap-3 p-4">
          <p className="text-lg">{student ? t('emptyStudent', { name: student }) : t('empty')}</p>
          {student ? null : <Link href={data.decks[0] ? `/study/${data.decks[0].id}` : '/decks'} className="btn-primary">{t('startStudying')}</Link>}
        </section>
      ) : <>
        <section aria-labelledby="progress-today" className="flex flex-col gap-2">
          <h2 id="progress-today" className="text-lg font-semibold">{t('today')}</h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {stat('reviewed-today', t('reviewedToday'), n(data.todayCounts.reviewed))}
            {stat('new-today', t('newToday'), n(data.todayCounts.newCards))}
            {stat('due-today', t('dueToday'), n(data.todayCounts.due))}
            {stat('time-today', t('timeToday'), formatDuration(format, data.timeToday))}
            {stat('current-streak', t('currentStreak'), t('days', format.args({ count: data.streaks.current })))}
            {stat('longest-streak', t('longestStreak'), t('days', format.args({ count: data.streaks.longest })))}
            {stat('time-year', t('timeYear'), formatDuration(format, data.timeYear))}
            {stat('words-known', t('wordsKnown'), n(data.wordsKnown))}
          </dl>
        </section>

        <ChartFigure
          id="progress-calendar"
          title={t('calendarTitle')}
          summary={t('calendarSummary', format.args({ count: calendarTotal, days: studiedDays.length }))}
          tableLabel={t('asTable')}
          columns={[{ header: t('colDate') }, { header: t('colReviews'), numeric: true }]}
          rows={[...studiedDays].reverse().map((c) => [formatDay(format, c.day), n(c.reviews)])}
        >
          <CalendarHeatmap
            label={t('calendarSummary', format.args({ count: calendarTotal, days: studiedDays.length }))}
            weeks={data.calendar.map((week) => week.map((c) => ({ ...c, label: t('calendarCell', { date: formatDay(format, c.day), count: c.reviews }) })))}
            monthLabels={monthLabels}
            legend={{ less: t('less'), more: t('more') }}
            scrollLabel={t('calendarTitle')}
            scrollHint={t('calendarScrollHint')}
          />
        </ChartFigure>

        <section aria-labelledby="progress-retention" className="card-surface flex flex-col gap-2 p-4">
          <h2 id="progress-retention" className="text-lg font-semibold">{t('retentionTitle')}</h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t('retentionHelp')}</p>
          {retentionEmpty ? <p data-testid="retention-empty">{t('retentionEmpty')}</p> : <>
          <DataTable
            tableClassName="w-full text-sm"
            cellClassName="px-1 py-1 sm:px-2"
            columns={[{ label: t('period') }, { label: t('young'), numeric: true }, { label: t('mature'), numeric: true }, { label: t('all'), numeric: true }]}
          >
            {PERIODS.map((p) => {
              const r = data.retention[p];
              const cell = (x: typeof r.young) => (
                <td className="px-1 py-1 text-right tabular-nums sm:px-2">
                  {/* a cell without reviews: a dash, explained once under the table */}
                  {x.total > 0 ? <>
                    <span className="font-semibold">{formatPercent(format, x.rate, t('noData'))}</span>
                    <span className="block text-xs text-stone-600 dark:text-stone-400">{t('passedOf', { passed: n(x.passed), total: n(x.total) })}</span>
                  </> : <><span aria-hidden="true" className="text-stone-600 dark:text-stone-400">—</span><span className="sr-only">{t('noData')}</span></>}
                </td>
              );
              return (
                <tr key={p} className="border-t border-stone-200 dark:border-stone-700" data-period={p}>
                  <th scope="row" className="px-1 py-1 text-left font-normal sm:px-2">{periodLabel[p]}</th>
                  {cell(r.young)}
                  {cell(r.mature)}
                  {cell(r.all)}
                </tr>
              );
            })}
          </DataTable>
          <p className="text-xs text-stone-600 dark:text-stone-400">{t('noDataNote')}</p>
          </>}
        </section>

        <div className="grid gap-6 md:grid-cols-2">
          <ChartFigure
            id="progress-states"
            title={t('statesTitle')}
            tableLabel={t('asTable')}
            columns={[{ header: t('colState') }, { header: t('colCards'), numeric: true }]}
            rows={states.map((s) => [s.label, n(s.value)])}
          >
            <HorizontalBars label={states.map((s) => `${s.label}: ${n(s.value)}`).join(', ')} bars={states.map((s) => ({ key: s.key, value: s.value, label: s.label, display: n(s.value) }))} />
          </ChartFigure>

          <ChartFigure
            id="progress-known"
            title={t('knownTitle')}
            summary={t('knownHelp')}
            tableLabel={t('asTable')}
            columns={[{ header: t('colDate') }, { header: t('colKnown'), numeric: true }]}
            rows={[...data.knownOverTime].reverse().map((p) => [formatDay(format, p.day), n(p.known)])}
          >
            <LineChart
              label={`${t('knownTitle')}: ${n(data.knownOverTime[0]?.known ?? 0)} → ${n(data.knownOverTime.at(-1)?.known ?? 0)}`}
              points={data.knownOverTime.map((p) => ({ key: p.day, value: p.known, label: formatDay(format, p.day) }))}
              axisLabels={{ start: formatDay(format, data.knownOverTime[0]?.day ?? data.today, 'short'), end: formatDay(format, data.today, 'short') }}
            />
          </ChartFigure>
        </div>

        <ChartFigure
          id="progress-forecast"
          title={t('forecastTitle')}
          summary={t('forecastSummary', format.args({ count: forecastTotal }))}
          tableLabel={t('asTable')}
          columns={[{ header: t('colDay') }, { header: t('colDue'), numeric: true }]}
          rows={data.forecast.map((d) => [formatDay(format, d.day), n(d.due)])}
        >
          <BarChart
            label={t('forecastSummary', format.args({ count: forecastTotal }))}
            showValues={false}
            bars={data.forecast.map((d, i) => ({
              key: d.day, value: d.due, label: i % 5 === 0 ? formatDay(format, d.day, 'short') : '', title: `${formatDay(format, d.day)}: ${n(d.due)}`,
            }))}
          />
        </ChartFigure>

      </>}

      <section aria-labelledby="progress-decks" className="flex flex-col gap-3">
        <h2 id="progress-decks" className="text-lg font-semibold">{t('decksTitle')}</h2>
        {data.decks.length === 0 ? <p>{t('noDecks')}</p> : null}
        <ul className="flex flex-col gap-3">
          {data.decks.map((d) => {
            const total = Math.max(d.words, 1);
            return (
              <li key={d.id} className="card-surface flex flex-col gap-2 p-4" data-deck={d.id}>
                <h3 className="font-semibold"><Kk text={d.title} /></h3>
                <div
                  role="img"
                  aria-label={t('deckWords', format.args({ seen: n(d.seen), known: n(d.known), total: d.words }))}
                  className="relative h-3 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-700"
                >
                  <div className="absolute inset-y-0 left-0 bg-sky-300 dark:bg-sky-800" style={{ width: `${Math.min(100, (d.seen / total) * 100)}%` }} />
                  <div className="absolute inset-y-0 left-0 bg-emerald-600 dark:bg-emerald-400" style={{ width: `${Math.min(100, (d.known / total) * 100)}%` }} />
                </div>
                <p className="text-sm text-stone-700 dark:text-stone-300">
                  {t('deckWords', format.args({ seen: n(d.seen), known: n(d.known), total: d.words }))} · {t('dueNow', { count: n(d.due) })}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
