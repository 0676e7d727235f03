import { localeParam } from '@/i18n/routing';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SampleCard } from '@/components/home/sample-card';
import { Link } from '@/i18n/navigation';
import { currentUser } from '@/app/_guards/current-user';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const user = await currentUser();
  const features = [
    ['featureSrsTitle', 'featureSrs'],
    ['featureMorphologyTitle', 'featureMorphology'],
    ['featureTeachersTitle', 'featureTeachers'],
  ] as const;
  return (
    <div className="flex flex-col gap-8">
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
