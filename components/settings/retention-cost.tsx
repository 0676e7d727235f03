'use client';
// What each desired retention costs this learner: expected reviews a day over the next days,
// from server/users/retention-preview.ts. A table (a caption and headers for screen readers)
// that fits a 390-px phone; the learner's own choice is marked in words, not only in colour.
// Under a daily review cap, it says at which retentions the cap holds reviews back, and how many.
import { useTranslations } from 'next-intl';
import type { RetentionPreview } from '@/server/users/retention-preview';
import { useFormatter } from '../use-formatter';

export function RetentionCost({ preview }: { preview: RetentionPreview }) {
  const t = useTranslations('settings.retentionCost');
  const f = useFormatter();
  // Under ten, a tenth tells 0.4 from none; above, whole reviews are what a learner plans with.
  const reviews = (n: number) => f.number(n, { maximumFractionDigits: n < 10 ? 1 : 0 });
  const empty = preview.cards === 0 && (preview.unmetCards === 0 || preview.newCardsPerDay === 0);
  // Rows where the learner's review cap holds something back (under half a review is none).
  const held = preview.reviewsPerDay === null ? [] : preview.rows.filter((r) => Math.round(r.backlogAverage) > 0 || Math.round(r.backlogAtEnd) > 0);
  return (
    <section aria-labelledby="retention-cost-title" className="card-surface flex flex-col gap-3 p-4 sm:p-6">
      <h2 id="retention-cost-title" className="text-lg font-semibold">{t('title', { days: preview.days })}</h2>
      {empty ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {t('basis', f.args({ cards: preview.cards, unmet: preview.unmetCards, perDay: preview.newCardsPerDay }))}{' '}
            {preview.ownParameters ? t('ownParameters') : t('defaultParameters')}
          </p>
          <table className="w-full text-sm" data-testid="retention-cost">
            <caption className="sr-only">{t('title', { days: preview.days })}</caption>
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className="px-2 py-1 text-left font-medium">{t('retention')}</th>
                <th scope="col" className="px-2 py-1 text-right font-medium">{t('average')}</th>
                <th scope="col" className="px-2 py-1 text-right font-medium">{t('busiest')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr
                  key={r.retention}
                  aria-current={r.current ? 'true' : undefined}
                  data-retention={Math.round(r.retention * 100)}
                  className={r.current ? 'bg-emerald-50 font-semibold dark:bg-emerald-950' : 'border-b border-stone-200 dark:border-stone-800'}
                >
                  <th scope="row" className="px-2 py-1 text-left font-[inherit]">
                    {f.percent(r.retention)}
                    {r.current ? <span className="ml-1 text-emerald-800 dark:text-emerald-200">({t('yourChoice')})</span> : null}
                  </th>
                  <td className="px-2 py-1 text-right tabular-nums" data-average={r.average}>{reviews(r.average)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{reviews(r.busiest)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.reviewsPerDay === null ? null : held.length === 0 ? (
            <p className="text-sm" data-testid="retention-cap">{t('capNone', f.args({ cap: preview.reviewsPerDay }))}</p>
          ) : (
            <div className="flex flex-col gap-1 text-sm" data-testid="retention-cap">
              <p>{t('capBinds', f.args({ cap: preview.reviewsPerDay }))}</p>
              <ul className="list-disc pl-5">
                {held.map((r) => (
                  <li key={r.retention} data-retention={Math.round(r.retention * 100)}>
                    {t('capRow', f.args({ retention: f.percent(r.retention), held: Math.round(r.backlogAverage), left: Math.round(r.backlogAtEnd), days: preview.days }))}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="text-sm text-stone-600 dark:text-stone-400">{t('explain')}</p>
        </>
      )}
    </section>
  );
}
