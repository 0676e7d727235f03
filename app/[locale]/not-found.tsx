import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <div className="flex flex-col gap-3 pt-8">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p>{t('notFound')}</p>
      <Link href="/" className="text-brand-700 underline dark:text-brand-100">{t('backHome')}</Link>
    </div>
  );
}
