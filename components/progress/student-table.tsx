// The teacher's table of students, sortable by any column through the page's search
// params (server-side: works without JavaScript); each name opens the student's own view.
import { getTranslations } from 'next-intl/server';
import { createFormatter } from '@/lib/format';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { SortDirection, StudentRow, StudentSortKey } from '@/lib/progress';
import { formatDay, formatPercent } from './format';

export async function StudentTable({ classId, students, sort, direction, locale }: {
  classId: string;
  students: StudentRow[];
  sort: StudentSortKey;
  direction: SortDirection;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'progress' });
  const format = createFormatter(locale);
  // "Today" and "Yesterday" for the last two days, in the student's own days (the note says so).
  const lastStudied = (s: StudentRow) =>
    !s.lastStudied ? t('never') : s.lastStudiedDaysAgo === 0 ? t('lastToday') : s.lastStudiedDaysAgo === 1 ? t('lastYesterday') : formatDay(format, s.lastStudied, 'medium');
  const columns: { key: StudentSortKey; label: string; numeric: boolean }[] = [
    { key: 'name', label: t('colStudent'), numeric: false },
    { key: 'lastStudied', label: t('colLastStudied'), numeric: false },
    { key: 'reviews7d', label: t('colReviews7d'), numeric: true },
    { key: 'retention30d', label: t('colRetention30d'), numeric: true },
    { key: 'wordsKnown', label: t('colWordsKnown'), numeric: true },
    { key: 'dueBacklog', label: t('colDueBacklog'), numeric: true },
  ];
  const base = `/teach/classes/${classId}/progress`;
  const csvHref = `/${locale}${base}/students.csv?sort=${sort}&dir=${direction}`;
  return (
    <section aria-labelledby="class-students" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="class-students" className="text-lg font-semibold">{t('students')}</h2>
        {/* A plain link: the CSV is a file download from a route handler, not a page. */}
        <a href={csvHref} className="btn-secondary text-sm" download>{t('exportCsv')}</a>
      </div>
      {students.length === 0 ? (
        <p>{t('noStudents')}</p>
      ) : (
        <>
        {/* Phones: one card per student (the table needs about 700 px). */}
        <nav aria-label={t('sortLabel')} className="flex flex-wrap gap-x-3 gap-y-1 text-sm sm:hidden">
          {columns.map((c) => {
            const active = c.key === sort;
            const next: SortDirection = active ? (direction === 'asc' ? 'desc' : 'asc') : c.numeric || c.key === 'lastStudied' ? 'desc' : 'asc';
            return (
              <Link key={c.key} href={`${base}?sort=${c.key}&dir=${next}`} className={`underline ${active ? 'font-semibold' : ''}`} aria-current={active ? 'true' : undefined}>
                {c.label}{active ? <span aria-hidden="true"> {direction === 'asc' ? '▲' : '▼'}</span> : null}
              </Link>
            );
          })}
        </nav>
        <ul className="flex flex-col gap-2 sm:hidden" aria-label={t('students')}>
          {students.map((s) => (
            <li key={s.userId} className="card-surface flex flex-col gap-2 p-3" data-student-card={s.userId}>
              <div className="min-w-0">
                <Link href={`/teach/classes/${classId}/students/${s.userId}`} className="font-semibold text-brand-700 underline dark:text-brand-100">{s.name}</Link>
                <span className="block break-all text-xs text-stone-600 dark:text-stone-400">{s.email}</span>
              </div>
              <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
                <div><dt className="text-xs text-stone-600 dark:text-stone-400">{t('colLastStudied')}</dt><dd>{lastStudied(s)}</dd></div>
                <div><dt className="text-xs text-stone-600 dark:text-stone-400">{t('colReviews7d')}</dt><dd className="tabular-nums">{format.number(s.reviews7d)}</dd></div>
                <div><dt className="text-xs text-stone-600 dark:text-stone-400">{t('colRetention30d')}</dt><dd className="tabular-nums">{formatPercent(format, s.retention30d, '—')}</dd></div>
                <div><dt className="text-xs text-stone-600 dark:text-stone-400">{t('colWordsKnown')}</dt><dd className="tabular-nums">{format.number(s.wordsKnown)}</dd></div>
                <div><dt className="text-xs text-stone-600 dark:text-stone-400">{t('colDueBacklog')}</dt><dd className="tabular-nums">{format.number(s.dueBacklog)}</dd></div>
              </dl>
            </li>
          ))}
        </ul>
        <div className="card-surface overflow-x-auto max-sm:hidden">
          <table className="w-full text-sm">
            <caption className="sr-only">{t('students')}</caption>
            <thead>
              <tr>
                {columns.map((c) => {
                  const active = c.key === sort;
                  const next: SortDirection = active ? (direction === 'asc' ? 'desc' : 'asc') : c.numeric || c.key === 'lastStudied' ? 'desc' : 'asc';
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
                      className={`border-b border-stone-200 px-2 py-2 align-bottom text-balance dark:border-stone-700 ${c.numeric ? 'text-right' : 'text-left'}`}
                    >
                      <Link
                        href={`${base}?sort=${c.key}&dir=${next}`}
                        className={`inline-flex min-w-[6.5rem] items-center gap-1 hover:underline ${c.numeric ? 'justify-end' : ''}`}
                        aria-label={`${t('sortBy', { column: c.label })}${active ? ` (${direction === 'asc' ? t('sortedAscending') : t('sortedDescending')})` : ''}`}
                      >
                        {c.label}
                        <span aria-hidden="true" className="text-xs">{active ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                      </Link>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {students.map((s) => (
                <tr key={s.userId} className="border-t border-stone-200 dark:border-stone-700" data-student={s.userId}>
                  <th scope="row" className="px-2 py-2 text-left font-normal">
                    <Link href={`/teach/classes/${classId}/students/${s.userId}`} className="font-semibold text-brand-700 underline dark:text-brand-100">{s.name}</Link>
                    {/* a long address breaks (after its @ first) rather than squeeze the other columns' headers into three lines */}
                    <span className="block text-xs text-stone-600 [overflow-wrap:anywhere] dark:text-stone-400">{s.email.split('@').map((part, i) => (i ? <span key={i}>@<wbr />{part}</span> : part))}</span>
                  </th>
                  <td className="whitespace-nowrap px-2 py-2" data-col="lastStudied">{lastStudied(s)}</td>
                  <td className="px-2 py-2 text-right tabular-nums" data-col="reviews7d">{format.number(s.reviews7d)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{formatPercent(format, s.retention30d, '—')}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{format.number(s.wordsKnown)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{format.number(s.dueBacklog)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-xs text-stone-600 dark:text-stone-400">{t('lastStudiedNote')}</p>
        {students.some((s) => s.retention30d === null) ? <p className="text-xs text-stone-600 dark:text-stone-400">{t('retentionDashNote')}</p> : null}
        </>
      )}
    </section>
  );
}
