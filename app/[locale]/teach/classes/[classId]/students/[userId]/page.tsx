// A student's progress as their teacher sees it: the student's own view, read-only.
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressDashboard } from '@/components/progress/progress-dashboard';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { requireTeacher } from '@/app/_guards/require-teacher';
import { getStudentProgress } from '@/server/progress/get-student-progress';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('student');

export default async function StudentProgressPage({ params }: { params: Promise<{ locale: string; classId: string; userId: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { classId, userId } = await params;
  const user = await requireTeacher(locale, `/teach/classes/${encodeURIComponent(classId)}/students/${encodeURIComponent(userId)}`);
  const data = await getStudentProgress(user.id, classId, userId, new Date());
  if (!data) notFound();
  const t = await getTranslations({ locale, namespace: 'progress' });
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/teach/classes/${classId}/progress`} className="text-sm text-brand-700 underline dark:text-brand-100">{t('backToClass')}</Link>
      <h1 className="text-2xl font-semibold">{t('studentTitle', { name: data.name })}</h1>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t('readOnly', { name: data.name })}</p>
      <ProgressDashboard data={data} locale={locale} student={data.name} />
    </div>
  );
}
