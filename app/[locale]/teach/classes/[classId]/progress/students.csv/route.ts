// CSV of the class's student table, for the class's teacher only, while a teacher (anyone
// else: 404).
import { getTranslations } from 'next-intl/server';
import { studentsCsv } from '@/lib/progress';
import { knownLocale } from '@/i18n/routing';
import { getCurrentUser } from '@/server/auth/current-user';
import { getClassProgress } from '@/server/progress/get-class-progress';
import { isTeacher } from '@/server/teach/result';
import { classProgressSort } from '../search-params';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; classId: string }> }) {
  const { locale: raw, classId } = await params;
  const locale = knownLocale(raw);
  const user = await getCurrentUser(request.headers);
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (!isTeacher(user)) return notFound();
  const url = new URL(request.url);
  const { sort, dir } = classProgressSort.parse(Object.fromEntries(url.searchParams));
  const data = await getClassProgress(user.id, classId, { now: new Date(), sort, direction: dir });
  if (!data) return notFound();
  const t = await getTranslations({ locale, namespace: 'progress' });
  const csv = studentsCsv(data.students, {
    name: t('colStudent'), email: t('colEmail'), lastStudied: t('colLastStudied'), reviews7d: t('colReviews7d'),
    retention30d: t('colRetention30d'), wordsKnown: t('colWordsKnown'), dueBacklog: t('colDueBacklog'),
  });
  const name = `${t('csvFile')}-${classId}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
  // A BOM so spreadsheet programs read the Cyrillic names as UTF-8.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
    },
  });
}
