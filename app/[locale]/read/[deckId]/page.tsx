import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Kk } from '@/components/preferences';
import { resolveGloss } from '@/components/meaning';
import { Reader } from '@/components/reader/reader';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { inGlossLanguage, packReaderView } from '@/lib/reader';
import { requireUser } from '@/app/_guards/require-user';
import { classHardestWords } from '@/server/reader/class-hardest';
import { getReader } from '@/server/reader/get-reader';
import { addToMyWordsAction, markKnownAction, studyWordAction } from './actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

// ?class=ID: a teacher reads the deck with the words that class finds hardest marked.
const readSearch = z.object({ class: z.string().min(1).max(200).optional().catch(undefined) });

export const generateMetadata = titled('read');

export default async function ReadPage({ params, searchParams }: {
  params: Promise<{ locale: string; deckId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeParam(params);
  const { deckId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/read/${encodeURIComponent(deckId)}`);
  if (deckId.length > 200) notFound();
  const data = await getReader(user.id, deckId);
  if (!data) notFound();
  const { class: classId } = readSearch.parse(await searchParams);
  const hard = classId ? await classHardestWords({ id: user.id, role: user.role }, classId, data.deck.id, new Date()) : null;
  const gloss = resolveGloss(data.gloss, locale);
  const t = await getTranslations({ locale, namespace: 'reader' });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold"><Kk text={data.deck.title} /></h1>
        <div className="flex gap-2">
          <Link href={`/study/${data.deck.id}`} className="btn-primary">{t('study')}</Link>
          <Link href={`/decks/${data.deck.id}`} className="btn-secondary">{t('wordList')}</Link>
        </div>
      </div>
      <Reader deckId={data.deck.id} packed={packReaderView(inGlossLanguage(data.view, gloss))} gloss={gloss} markKnown={markKnownAction} studyWord={studyWordAction} addToMyWords={addToMyWordsAction}
        hardest={hard ? { className: hard.className, noteIds: hard.words.map((w) => w.noteId) } : null} />
    </div>
  );
}
