// A text deck's reader for one learner: the deck's source text as the engine reads it, every
// word mapped to its note and the learner's state of its lemma, every sentence to its
// translation. Only decks the learner may study (the one rule of decks/deck-access), and only
// decks that come from a text. The learner-independent view is built once per deck
// (./reader-base.ts); this reads the learner's progress rows of the deck and lays them over it.
import 'server-only';
import { learnerNotes, withLearner, type ReaderView } from '@/lib/reader';
import { db } from '../db';
import { studyableDeckWhere } from '../decks/deck-access';
import { getLearnerSettings } from '../users/learner-settings';
import { readerBaseOf } from './reader-base';

export interface ReaderPage {
  deck: { id: string; title: string };
  view: ReaderView;
  gloss: 'ru' | 'en' | 'both' | null;
}

export async function getReader(userId: string, deckId: string): Promise<ReaderPage | null> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...studyableDeckWhere(userId) }, select: { id: true, title: true, sourceText: true, sourceNormalised: true, contentVersion: true } });
  if (!deck?.sourceText) return null;
  const [base, rows, settings] = await Promise.all([
    readerBaseOf(deck.id, { text: deck.sourceText, normalised: deck.sourceNormalised, contentVersion: deck.contentVersion }),
    db.cardProgress.findMany({
      where: { userId, deckId: deck.id },
      select: { cardId: true, state: true, stability: true, suspended: true, due: true, requestedAt: true },
    }),
    getLearnerSettings(db, userId),
  ]);
  const view = withLearner(base.view, learnerNotes(base.cards, rows));
  return { deck: { id: deck.id, title: deck.title }, view, gloss: settings?.glossLanguage ?? null };
}
