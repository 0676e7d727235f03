import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ImportTextForm } from '@/components/teach/import-text-form';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { requireTeacher } from '@/app/_guards/require-teacher';
import { warmUpEngine } from '@/server/teach/warm-up-engine';
import { MAX_TEXT_CHARS } from '@/server/teach/schemas';
import { createDraftAction } from '../actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('import');

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireTeacher(locale);
  warmUpEngine();
  const t = await getTranslations({ locale, namespace: 'teach' });
  return (
    <div className="flex flex-col gap-4">
      <Link href="/teach" className="text-sm text-brand-700 underline dark:text-brand-100">{t('deck.back')}</Link>
      <h1 className="text-2xl font-semibold">{t('import.title')}</h1>
      <ImportTextForm max={MAX_TEXT_CHARS} createDraftAction={createDraftAction} />
    </div>
  );
}
