import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Kk } from '@/components/preferences';
import { resolveGloss } from '@/components/meaning';
import { PartNav } from '@/components/reader/part-nav';
import { Reader } from '@/components/reader/reader';
import styles from '@/components/reader/reader.module.css';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { inGlossLanguage, packReaderView, readerPart } from '@/lib/reader';
import { requireUser } from '@/app/_guards/require-user';
import { classHardestWords } from '@/server/reader/class-hardest';
import { getReader } from '@/server/reader/get-reader';
import { addToMyWordsAction, markKnownAction, studyWordAction } from './actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

// ?class=ID: a teacher reads the deck with the words that class finds hardest marked.
// ?part=N: the Nth part of a long text (lib/reader/part.ts); the first if not a number.
const readSearch = z.object({
  class: z.string().min(1).max(200).optional().catch(undefined),
  part: z.coerce.number().int().min(1).catch(1),
});

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
  const { class: classId, part: partNumber } = readSearch.parse(await searchParams);
  const part = readerPart(data.view, partNumber - 1);
  if (!part) notFound();
  const hard = classId ? await classHardestWords({ id: user.id, role: user.role }, classId, data.deck.id, new Date()) : null;
  const inText = hard ? new Set(data.view.lemmas.map((l) => l.noteId)) : null;
  const gloss = resolveGloss(data.gloss, locale);
  const t = await getTranslations({ locale, namespace: 'reader' });
  const partHref = (n: number) => `/read/${data.deck.id}?${new URLSearchParams({ ...(n > 1 ? { part: String(n) } : {}), ...(hard && classId ? { class: classId } : {}) })}`;
  // data-reader-page: the page moves left, out from under a word's side panel (READER_PAGE in components/reader/word-panel.tsx)
  return (
    <div className={`flex flex-col gap-4 ${styles.page}`} data-reader-page="">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold"><Kk text={data.deck.title} /></h1>
        <div className="flex gap-2">
          <Link href={`/study/${data.deck.id}`} className="btn-primary">{t('study')}</Link>
          <Link href={`/decks/${data.deck.id}`} className="btn-secondary">{t('wordList')}</Link>
        </div>
      </div>
      {part.parts > 1 ? <p className="text-stone-700 dark:text-stone-300">{t('partOf', { part: part.part + 1, parts: part.parts })}</p> : null}
      <Reader key={part.part} deckId={data.deck.id} packed={packReaderView(inGlossLanguage(part.view, gloss))} gloss={gloss} markKnown={markKnownAction} studyWord={studyWordAction} addToMyWords={addToMyWordsAction}
        part={{ firstWord: part.firstWord, summary: part.summary, running: part.running }}
        hardest={hard ? { className: hard.className, noteIds: hard.words.map((w) => w.noteId), inText: hard.words.filter((w) => inText!.has(w.noteId)).length } : null} />
      {part.parts > 1 ? <PartNav part={part.part + 1} parts={part.parts} href={partHref} labels={{ nav: t('partsLabel'), previous: t('previousPart'), next: t('nextPart'), part: (n) => t('partN', { part: n }) }} /> : null}
    </div>
  );
}
