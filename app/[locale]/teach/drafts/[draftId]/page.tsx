import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DraftEditor } from '@/components/teach/draft-editor';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { getDraftView } from '@/server/teach/draft-view';
import { requireTeacher } from '@/app/_guards/require-teacher';
import { createDeckFromDraftAction, deleteDraftAction, draftViewAction, editDraftAction } from '../../actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('draft');

export default async function DraftPage({ params }: { params: Promise<{ locale: string; draftId: string }> }) {
  const locale = await localeParam(params);
  const { draftId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const r = await getDraftView(actor, { draftId });
  if (!r.ok) notFound();
  const t = await getTranslations({ locale, namespace: 'teach' });
  return (
    <div className="flex flex-col gap-4">
      <Link href="/teach" className="text-sm text-brand-700 underline dark:text-brand-100">{t('deck.back')}</Link>
      <DraftEditor initialView={r.value} actions={{ draftViewAction, editDraftAction, createDeckFromDraftAction, deleteDraftAction }} />
    </div>
  );
}
