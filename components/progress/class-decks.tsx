// Per assigned deck: who started, average words known, and the class's hardest words.
import { getTranslations } from 'next-intl/server';
import { createFormatter } from '@/lib/format';
import type { Locale } from '@/i18n/routing';
import type { AssignedDeckProgress } from '@/server/progress/get-class-progress';
import { Link } from '@/i18n/navigation';
import { DataTable } from '../data-table';
import { formatPercent } from './format';

interface Props {
  classId: string;
  decks: AssignedDeckProgress[];
  /** decks that come from a text: their reader can mark the class's hardest words */
  readable: ReadonlySet<string>;
  classSize: number;
  locale: Locale;
}

export async function ClassDecks({ classId, decks, readable, classSize, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'progress' });
  const format = createFormatter(locale);
  // Glosses in the UI language; Kazakh readers see both.
  const gloss = (w: { ru: string; en: string }) => (locale === 'en' ? w.en || w.ru : locale === 'ru' ? w.ru || w.en : [w.ru, w.en].filter(Boolean).join(' · '));
  return (
    <section aria-labelledby="class-decks" className="flex flex-col gap-3">
      <h2 id="class-decks" className="text-lg font-semibold">{t('assignedDecks')}</h2>
      {decks.length === 0 ? <p>{t('noAssignedDecks')}</p> : null}
      {decks.map((d) => (
        <article key={d.id} className="card-surface flex flex-col gap-2 p-4" aria-labelledby={`deck-${d.id}`} data-deck={d.id}>
          <h3 id={`deck-${d.id}`} className="font-semibold" lang="kk">{d.title}</h3>
          <p className="text-sm">
            {t('started', { started: d.started, total: classSize })} · {t('averageKnown', { count: format.number(d.averageKnown, { maximumFractionDigits: 1 }) })}
          </p>
          <h4 className="mt-2 font-semibold">{t('hardestTitle')}</h4>
          <p className="text-xs text-stone-600 dark:text-stone-400">{t('hardestHelp')}</p>
          {readable.has(d.id) && d.hardest.length > 0 ? (
            <Link href={`/read/${d.id}?class=${encodeURIComponent(classId)}`} className="self-start text-sm underline">{t('hardestInText')}</Link>
          ) : null}
          {d.hardest.length === 0 ? (
            <p className="text-sm">{t('noHardWords')}</p>
          ) : (
            <DataTable
              tableClassName="w-full text-sm"
              caption={`${t('hardestTitle')}: ${d.title}`}
              // on a phone the four columns may not fit: the table scrolls in its own box, by keyboard too
              scrollRegion={`${t('hardestTitle')}: ${d.title}`}
              cellClassName="px-2 py-1 align-bottom"
              columns={[{ label: t('colWord') }, { label: t('colMeaning') }, { label: t('colLapsesPerReview'), numeric: true }, { label: t('colRetention'), numeric: true }]}
            >
              {d.hardest.map((w) => (
                <tr key={w.noteId} className="border-t border-stone-200 dark:border-stone-700">
                  <th scope="row" className="px-2 py-1 text-left font-semibold" lang="kk">{w.kk}</th>
                  <td className="px-2 py-1 [overflow-wrap:anywhere]">{gloss(w)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{format.number(w.lapseRate, { maximumFractionDigits: 2 })}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatPercent(format, w.retention, '—')}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </article>
      ))}
    </section>
  );
}
