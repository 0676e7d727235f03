import { notFound } from 'next/navigation';
import { getTimeZone, getTranslations, setRequestLocale } from 'next-intl/server';
import { createFormatter } from '@/lib/format';
import { NewClassForm, NewDeckForm } from '@/components/teach/create-forms';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { requireTeacher } from '@/app/_guards/require-teacher';
import { warmUpEngine } from '@/server/teach/warm-up-engine';
import { getTeacherOverview } from '@/server/teach/teacher-overview';
import { createClassAction, createDeckAction } from './actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('teach');

export default async function TeachPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  warmUpEngine();
  const r = await getTeacherOverview(actor);
  if (!r.ok) notFound();
  const { decks, classes, drafts } = r.value;
  const t = await getTranslations({ locale, namespace: 'teach' });
  const muted = 'text-sm text-stone-600 dark:text-stone-400';
  const format = createFormatter(locale);
  const timeZone = await getTimeZone();
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className={muted}>{t('intro')}</p>
      </div>

      <section aria-labelledby="decks-h" className="flex flex-col gap-3">
        <h2 id="decks-h" className="text-xl font-semibold">{t('myDecks')}</h2>
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <div className="card-surface flex flex-col gap-2 p-4">
            <h3 className="font-semibold">{t('fromText')}</h3>
            <p className={muted}>{t('fromTextHint')}</p>
            <Link href="/teach/import" className="btn-primary self-start">{t('fromText')}</Link>
          </div>
          <div className="card-surface flex flex-col gap-2 p-4">
            <h3 className="font-semibold">{t('newDeck')}</h3>
            <p className={muted}>{t('newDeckHint')}</p>
            <NewDeckForm createDeckAction={createDeckAction} />
          </div>
        </div>
        {decks.length === 0 ? <p>{t('noDecks')}</p> : (
          <ul className="flex flex-col gap-2">
            {decks.map((d) => (
              <li key={d.id} className="card-surface flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <Link href={`/teach/decks/${d.id}`} className="text-lg font-semibold hover:underline" lang="kk">{d.title}</Link>
                  <p className={muted}>
                    {t('notes', format.args({ count: d.noteCount }))}
                    {d.classNames.length ? <> · {t('assignedTo', { names: d.classNames.join(', ') })}</> : null}
                  </p>
                </div>
                <Link href={`/teach/decks/${d.id}`} className="btn-secondary" aria-label={`${t('edit')}: ${d.title}`}>{t('edit')}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {drafts.length ? (
        <section aria-labelledby="drafts-h" className="flex flex-col gap-3">
          <h2 id="drafts-h" className="text-xl font-semibold">{t('drafts')}</h2>
          <ul className="flex flex-col gap-2">
            {drafts.map((d) => (
              <li key={d.id} className="card-surface flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <p className="font-semibold" lang="kk">{d.title || t('untitled')}</p>
                  <p className={muted}>{t('draftChars', format.args({ count: d.chars }))} · {format.date(d.updatedAt, 'dateTime', timeZone)}</p>
                </div>
                <Link href={`/teach/drafts/${d.id}`} className="btn-secondary">{t('continue')}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="classes-h" className="flex flex-col gap-3">
        <h2 id="classes-h" className="text-xl font-semibold">{t('classes')}</h2>
        <div className="card-surface p-4"><NewClassForm createClassAction={createClassAction} /></div>
        {classes.length === 0 ? <p>{t('noClasses')}</p> : (
          <ul className="flex flex-col gap-2">
            {classes.map((c) => (
              <li key={c.id} className="card-surface flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <Link href={`/teach/classes/${c.id}`} className="text-lg font-semibold hover:underline">{c.name}</Link>
                  <p className={muted}>{t('members', format.args({ count: c.memberCount }))} · {t('deckCount', format.args({ count: c.deckCount }))}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link href={`/teach/classes/${c.id}/progress`} className="btn-secondary" aria-label={`${t('progressLink')}: ${c.name}`}>{t('progressLink')}</Link>
                  <Link href={`/teach/classes/${c.id}`} className="btn-secondary" aria-label={`${t('open')}: ${c.name}`}>{t('open')}</Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
