// The part of a deck's reader that is the same for every learner: the engine's reading of the
// text mapped onto the deck's notes (buildReaderView), and which card speaks for each note.
// Building it costs 5-10 ms for the essay and about 90 ms for a 199,000-character text of
// 25,000 words, on every request before this cache (docs/decisions/023); each request now
// reads only the learner's progress rows (lib/reader/learner.ts). Kept per server and checked
// on every request against the deck's notes and cards (their count and latest change, read from
// the database, so an edit on another server is seen at once) and its text.
import 'server-only';
import { buildReaderView, readerCards, type ReaderCards, type ReaderNote, type ReaderView } from '@/lib/reader';
import { db } from '../db';
import { glossary } from '../teach/glossary';
import { deckCache } from './deck-cache';
import { readingOf } from './reading-cache';

export interface ReaderBase {
  view: ReaderView;
  cards: ReaderCards;
}

const cache = deckCache<ReaderBase>(16);

/** What changes when the deck's notes or cards do: every write to them goes through Prisma, which sets updatedAt. */
async function contentStamp(deckId: string): Promise<string> {
  const [notes, cards] = await Promise.all([
    db.note.aggregate({ where: { deckId }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.card.aggregate({ where: { deckId }, _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  return [notes._count._all, notes._max.updatedAt?.getTime(), cards._count._all, cards._max.updatedAt?.getTime()].join(':');
}

async function build(deckId: string, text: string, normalised: boolean): Promise<ReaderBase> {
  const [reading, rows] = await Promise.all([
    readingOf(deckId, text, normalised),
    db.note.findMany({
      where: { deckId, deletedAt: null },
      select: { id: true, kind: true, kk: true, lemma: true, upos: true, headword: true, ru: true, en: true, cards: { where: { deletedAt: null }, select: { id: true, type: true }, orderBy: { id: 'asc' } } },
      orderBy: { id: 'asc' },
    }),
  ]);
  const notes: ReaderNote[] = rows.map((n) => ({
    id: n.id, kind: n.kind === 'sentence' ? 'sentence' : 'word', kk: n.kk, lemma: n.lemma, upos: n.upos, headword: n.headword, ru: n.ru, en: n.en,
    cards: n.cards.length, progress: null, due: null,
  }));
  const lex = glossary();
  const view = buildReaderView({
    deckId, reading, notes,
    glossary: (lemma, upos) => {
      const e = lex.find(lemma, upos);
      return e ? { ru: e.ru, en: e.en } : undefined;
    },
  });
  return { view, cards: readerCards(rows.flatMap((n) => n.cards.map((c) => ({ id: c.id, noteId: n.id, type: c.type })))) };
}

/** `normalised`: the text is stored as the deck was built from it (Deck.sourceNormalised), read as it is. */
export async function readerBaseOf(deckId: string, text: string, normalised: boolean): Promise<ReaderBase> {
  const stamp = await contentStamp(deckId);
  return cache(deckId, `${normalised ? 1 : 0}:${stamp}:${text}`, () => build(deckId, text, normalised));
}
