import { localeParam } from '@/i18n/routing';
import { createFormatter } from '@/lib/format';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/app/_guards/require-user';
import { listDecks } from '@/server/decks/list-decks';
import { decksWithText } from '@/server/reader/decks-with-text';
import { Kk } from '@/components/preferences';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('decks');

export default async function DecksPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const user = await requireUser(locale, '/decks');
  const t = await getTranslations({ locale, namespace: 'decks' });
  const format = createFormatter(locale);
  // Decks the app ships describe themselves in the UI language; others as their owner wrote.
  const shipped = await getTranslations({ locale, namespace: 'shippedDecks' });
  const describe = (d: { id: string; description: string }) => {
    const key = `${d.id}.description` as 'essay-central-asia.description';
    return shipped.has(key) ? shipped(key) : d.description;
  };
  const decks = await listDecks(user.id, new Date());
  const readable = await decksWithText(decks.map((d) => d.id));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {decks.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="flex flex-col gap-4">
        {decks.map((deck) => {
          const total = deck.counts.new + deck.counts.learning + deck.counts.review;
          return (
            <li key={deck.id} className="card-surface flex flex-col gap-3 p-4" aria-labelledby={`deck-${deck.id}`}>
              <div>
                <h2 id={`deck-${deck.id}`} className="text-xl font-semibold"><Kk text={deck.title} /></h2>
                {describe(deck) ? <p className="text-stone-600 dark:text-stone-400">{describe(deck)}</p> : null}
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {t('cards', format.args({ count: deck.cardCount }))}
                  {deck.classNames.map((name) => (
                    <span key={name}> · {t('fromClass', { name })}</span>
                  ))}
                </p>
              </div>
              <dl className="flex gap-6" aria-label={deck.title}>
                <div><dt className="text-sm text-stone-600 dark:text-stone-400">{t('new')}</dt><dd className="text-2xl font-semibold text-sky-700 dark:text-sky-300" data-count="new">{deck.counts.new}</dd></div>
                <div><dt className="text-sm text-stone-600 dark:text-stone-400">{t('learning')}</dt><dd className="text-2xl font-semibold text-orange-700 dark:text-orange-300" data-count="learning">{deck.counts.learning}</dd></div>
                <div><dt className="text-sm text-stone-600 dark:text-stone-400">{t('due')}</dt><dd className="text-2xl font-semibold text-emerald-700 dark:text-emerald-300" data-count="review">{deck.counts.review}</dd></div>
              </dl>
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/study/${deck.id}`} className="btn-primary" aria-label={`${t('study')}: ${deck.title}`}>
                  {t('study')}
                </Link>
                <Link href={`/decks/${deck.id}`} className="btn-secondary">{t('words')}</Link>
                {readable.has(deck.id) ? <Link href={`/read/${deck.id}`} className="btn-secondary" aria-label={`${t('read')}: ${deck.title}`}>{t('read')}</Link> : null}
                {total === 0 ? <span className="ml-1 text-sm text-stone-600 dark:text-stone-400">{t('nothingToday')}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
