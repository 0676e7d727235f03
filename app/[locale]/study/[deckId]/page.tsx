import { localeParam } from '@/i18n/routing';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { StudySession } from '@/components/study/study-session';
import { requireUser } from '@/app/_guards/require-user';
import { getStudyStep } from '@/server/study/get-study-step';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('study');

export default async function StudyPage({ params }: { params: Promise<{ locale: string; deckId: string }> }) {
  const { deckId } = await params;
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/study/${encodeURIComponent(deckId)}`);
  if (deckId.length > 200) notFound();
  const step = await getStudyStep(user.id, deckId, new Date());
  if (!step) notFound();
  return <StudySession deckId={deckId} initial={step} learnerId={user.id} />;
}
