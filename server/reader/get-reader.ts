// A text deck's reader for one learner: the deck's source text as the engine reads it, every
// word mapped to its note and the learner's state of its lemma, every sentence to its
// translation. Only decks the learner may study (the one rule of decks/deck-access), and only
// decks that come from a text.
import 'server-only';
import { buildReaderView, type ReaderNote, type ReaderView } from '@/lib/reader';
import { db } from '../db';
import { studyableDeckWhere } from '../decks/deck-access';
import { glossary } from '../teach/glossary';
import { getLearnerSettings } from '../users/learner-settings';
import { readingOf } from './reading-cache';

export interface ReaderPage {
  deck: { id: string; title: string };
  view: ReaderView;
  gloss: 'ru' | 'en' | 'both' | null;
}

export async function getReader(userId: string, deckId: string): Promise<ReaderPage | null> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...studyableDeckWhere(userId) }, select: { id: true, title: true, sourceText: true } });
  if (!deck?.sourceText) return null;
  const [reading, rows, settings] = await Promise.all([
    readingOf(deck.id, deck.sourceText),
    db.note.findMany({
      where: { deckId: deck.id, deletedAt: null },
      select: {
        id: true, kind: true, kk: true, lemma: true, upos: true, headword: true, ru: true, en: true,
        cards: { where: { deletedAt: null }, select: { type: true, progress: { where: { userId }, select: { state: true, stability: true, suspended: true, due: true, requestedAt: true } } } },
      },
    }),
    getLearnerSettings(db, userId),
  ]);
  const notes: ReaderNote[] = rows.map((n) => {
    const recognition = n.cards.find((c) => c.type === 'recognition') ?? n.cards[0];
    const started = n.cards.flatMap((c) => c.progress).filter((p) => p.state !== 0 && !p.suspended);
    const due = started.length ? new Date(Math.min(...started.map((p) => p.due.getTime()))) : null;
    return {
      id: n.id, kind: n.kind === 'sentence' ? 'sentence' : 'word', kk: n.kk, lemma: n.lemma, upos: n.upos, headword: n.headword, ru: n.ru, en: n.en,
      cards: n.cards.length, progress: recognition?.progress[0] ?? null, due,
      asked: n.cards.some((c) => c.progress.some((p) => p.requestedAt !== null)),
    };
  });
  const lex = glossary();
  const view = buildReaderView({
    deckId: deck.id,
    reading,
    notes,
    glossary: (lemma, upos) => {
      const e = lex.find(lemma, upos);
      return e ? { ru: e.ru, en: e.en } : undefined;
    },
  });
  return { deck: { id: deck.id, title: deck.title }, view, gloss: settings?.glossLanguage ?? null };
}
