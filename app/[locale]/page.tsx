import { localeParam } from '@/i18n/routing';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SampleCard } from '@/components/home/sample-card';
import { Link } from '@/i18n/navigation';
import { cookies } from 'next/headers';
import { currentUser } from '@/app/_guards/current-user';
import { ACCOUNT_NOTICE_COOKIE } from '@/server/account/notice';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const user = await currentUser();
  // set by "Delete my account" as it signed this browser out (app/[locale]/settings/account-actions.ts)
  const deleted = !user && (await cookies()).get(ACCOUNT_NOTICE_COOKIE)?.value === 'deleted';
  const ta = await getTranslations({ locale, namespace: 'settings.account' });
  const features = [
    ['featureSrsTitle', 'featureSrs'],
    ['featureMorphologyTitle', 'featureMorphology'],
    ['featureTeachersTitle', 'featureTeachers'],
  ] as const;
  return (
    <div className="flex flex-col gap-8">
      {deleted ? (
        <p role="status" className="rounded-lg bg-emerald-50 px-4 py-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">{ta('deleted')}</p>
      ) : null}
      <section className="flex flex-col gap-4 pt-6">
        <h1 className="text-3xl font-semibold sm:text-4xl">{t('tagline')}</h1>
        <p className="text-lg leading-relaxed text-stone-700 dark:text-stone-300">{t('intro')}</p>
        <div>
          <Link href={user ? '/decks' : '/sign-up'} className="btn-primary text-lg">
            {user ? t('toDecks') : t('start')}
          </Link>
        </div>
      </section>
      <section aria-labelledby="sample-h" className="flex flex-col gap-3">
        <h2 id="sample-h" className="text-xl font-semibold">{t('sampleTitle')}</h2>
        <SampleCard locale={locale} />
      </section>
      <ul className="grid gap-4 sm:grid-cols-3">
        {features.map(([title, body]) => (
          <li key={title} className="card-surface p-4">
            <h2 className="mb-1 font-semibold">{t(title)}</h2>
            <p className="text-stone-700 dark:text-stone-300">{t(body)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
