import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ClassDecks } from '@/components/progress/class-decks';
import { decksWithText } from '@/server/reader/decks-with-text';
import { StudentTable } from '@/components/progress/student-table';
import { localeParam } from '@/i18n/routing';
import { requireTeacher } from '@/app/_guards/require-teacher';
import { getClassProgress } from '@/server/progress/get-class-progress';
import { classProgressSort } from './search-params';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('classProgress');

export default async function ClassProgressPage({ params, searchParams }: {
  params: Promise<{ locale: string; classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { classId } = await params;
  const user = await requireTeacher(locale, `/teach/classes/${encodeURIComponent(classId)}/progress`);
  const { sort, dir } = classProgressSort.parse(await searchParams);
  const data = await getClassProgress(user.id, classId, { now: new Date(), sort, direction: dir });
  if (!data) notFound();
  const readable = await decksWithText(data.decks.map((d) => d.id));
  const t = await getTranslations({ locale, namespace: 'progress' });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href={`/teach/classes/${data.id}`} className="self-start text-sm text-brand-700 underline dark:text-brand-100"><span aria-hidden="true">← </span>{t('backToClassPage')}</Link>
        <h1 className="text-2xl font-semibold">{t('classTitle', { name: data.name })}</h1>
      </div>
      <StudentTable classId={data.id} students={data.students} sort={sort} direction={dir} locale={locale} />
      <ClassDecks classId={data.id} decks={data.decks} readable={readable} classSize={data.students.length} locale={locale} />
    </div>
  );
}
