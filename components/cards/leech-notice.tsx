// Leeches, listed and explained: how many the learner has, what a leech is and what to do.
// Always there as a short "What is a leech?"; a notice with a link to the list when there are any.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

export async function LeechNotice({ locale, count, filtered }: { locale: Locale; count: number; filtered: boolean }) {
  const t = await getTranslations({ locale, namespace: 'cards' });
  const explanation = (
    <>
      <p>{t('leechWhat')}</p>
      <p>{t('leechDo')}</p>
    </>
  );
  if (!count && !filtered) {
    return (
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-100">{t('leechHelp')}</summary>
        <div className="mt-2 flex flex-col gap-2 text-stone-700 dark:text-stone-300">{explanation}</div>
      </details>
    );
  }
  return (
    <section aria-labelledby="leech-title" className="flex flex-col gap-2 rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-50">
      <h2 id="leech-title" className="text-base font-semibold">{t('leechTitle', { count })}</h2>
      {explanation}
      {!filtered && count ? <Link href={{ pathname: '/cards', query: { leech: 'yes' } }} className="btn-secondary self-start">{t('showLeeches')}</Link> : null}
    </section>
  );
}
