import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PlayButton } from '@/components/audio/play-button';
import { CardActionsForm } from '@/components/cards/card-actions-form';
import { CardRow } from '@/components/cards/card-row';
import { Kk } from '@/components/preferences';
import { Meaning, resolveGloss } from '@/components/meaning';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/routing';
import { requireUser } from '@/app/_guards/require-user';
import { getNoteCards } from '@/server/cards/get-note-cards';
import { cardAction } from '../../actions';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = titled('note');

export default async function NotePage({ params }: { params: Promise<{ locale: string; noteId: string }> }) {
  const locale = await localeParam(params);
  const { noteId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/cards/note/${encodeURIComponent(noteId)}`);
  const now = new Date();
  const data = await getNoteCards(user.id, noteId, now);
  if (!data) notFound();
  const t = await getTranslations({ locale, namespace: 'cards' });
  const gloss = resolveGloss(data.gloss, locale);
  const { note } = data;
  const word = note.headword ?? note.kk;
  const comment = locale === 'en' ? note.commentEn ?? note.comment : note.comment ?? note.commentEn;
  return (
    <div className="flex flex-col gap-4">
      <Link href="/cards" className="self-start text-sm text-brand-700 hover:underline dark:text-brand-100">← {t('back')}</Link>
      <div className="flex items-center gap-3">
        <PlayButton text={word} />
        <h1 className="text-2xl font-semibold break-words"><Kk text={word} /></h1>
      </div>
      <Meaning ru={note.ru} en={note.en} gloss={gloss} className="text-lg" />
      {comment ? <p className="text-stone-700 dark:text-stone-300" lang={locale === 'en' && note.commentEn ? 'en' : 'ru'}>{comment}</p> : null}
      <p className="text-sm">
        <Link href={{ pathname: `/decks/${note.deckId}`, query: { q: word } }} className="text-brand-700 hover:underline dark:text-brand-100">
          {t('wordList')}: <Kk text={note.deckTitle} />
        </Link>
      </p>
      {note.examples.length ? (
        <section aria-labelledby="examples" className="flex flex-col gap-2">
          <h2 id="examples" className="text-lg font-semibold">{t('examples')}</h2>
          <ul className="flex flex-col gap-2">
            {note.examples.slice(0, 5).map((e, i) => (
              <li key={i} className="card-surface p-3">
                <Kk text={e.kk} className="block" />
                <Meaning as="span" ru={e.ru} en={e.en} gloss={gloss} className="block text-sm text-stone-700 dark:text-stone-300" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="text-lg font-semibold">{t('noteCards')}</h2>
      <CardActionsForm action={cardAction} caption={t('noteCards')}>
        {data.cards.map((card) => <CardRow key={card.cardId} card={card} locale={locale} gloss={gloss} now={now} showNoteLink={false} />)}
      </CardActionsForm>
    </div>
  );
}
