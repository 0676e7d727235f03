import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JoinForm } from '@/components/teach/join-form';
import { localeParam } from '@/i18n/routing';
import { requireUser } from '@/app/_guards/require-user';
import { joinClassAction } from './actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('join');

export default async function JoinPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireUser(locale, '/join');
  const t = await getTranslations({ locale, namespace: 'join' });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('hint')}</p>
      <JoinForm joinClassAction={joinClassAction} />
    </div>
  );
}
