// The part of a deck's reader that is the same for every learner: the engine's reading of the
// text mapped onto the deck's notes (buildReaderView), and which card speaks for each note.
// Building it costs 5-10 ms for the essay and about 90 ms for a 199,000-character text of
// 25,000 words, on every request before this cache (docs/decisions/023); each request now
// reads only the learner's progress rows (lib/reader/learner.ts). Kept per server and checked
// on every request against the deck's text and the version the database raises on every write to
// its notes and cards, so an edit on another server is seen at once, whatever that server's clock.
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

/** What the reader is made of, read from the deck's row before its notes (so a build never caches newer notes
 * under an older version): `text` as stored, `normalised` whether it is stored as the deck was built from it
 * (Deck.sourceNormalised) and so read as it is, `contentVersion` the version the database raises on every write to
 * the deck's notes and cards (Deck.contentVersion). */
export interface ReaderSource {
  text: string;
  normalised: boolean;
  contentVersion: number;
}

export async function readerBaseOf(deckId: string, source: ReaderSource): Promise<ReaderBase> {
  const { text, normalised, contentVersion } = source;
  return cache(deckId, `${normalised ? 1 : 0}:${contentVersion}:${text}`, () => build(deckId, text, normalised));
}
