import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressDashboard } from '@/components/progress/progress-dashboard';
import { localeParam } from '@/i18n/routing';
import { requireUser } from '@/app/_guards/require-user';
import { getLearnerProgress } from '@/server/progress/get-learner-progress';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('progress');

export default async function ProgressPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const user = await requireUser(locale, '/progress');
  const data = await getLearnerProgress(user.id, new Date());
  if (!data) notFound();
  const t = await getTranslations({ locale, namespace: 'progress' });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <ProgressDashboard data={data} locale={locale} />
    </div>
  );
}
