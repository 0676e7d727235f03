// A deck's word list for one learner: headword, part of speech, glosses, frequency and
// the learner's state of the word, filtered by what the learner types (lib/decks'
// wordMatcher: a form, a part of the headword or a meaning) and served a page at a time.
import 'server-only';
import { analysableTerm, pageOf, wordMatcher, type WordMatch } from '@/lib/decks';
import { wordState, type WordState } from '@/lib/progress';
import { db } from '../db';
import { runInEngine } from '../engine/engine';
import { parseExamples } from '../study/card-content';
import { getLearnerSettings } from '../users/learner-settings';
import { studyableDeckWhere } from './deck-access';

export type { WordState };

export interface DeckWord {
  noteId: string;
  headword: string;
  lemma: string;
  upos: string | null;
  ru: string;
  en: string;
  frequency: number;
  state: WordState;
  unsure: boolean;
  /** How the search found it (kind 'all' without a search). */
  match: WordMatch;
}

export interface DeckWords {
  deck: { id: string; title: string; description: string };
  /** The learner's gloss language; null → follow the UI language. */
  gloss: 'ru' | 'en' | 'both' | null;
  /** This page of the matching words. */
  words: DeckWord[];
  /** Words in the deck, and how many of them match the search. */
  total: number;
  matched: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

export const WORDS_PER_PAGE = 50;

export async function getDeckWords(userId: string, deckId: string, query: string, page = 1): Promise<DeckWords | null> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...studyableDeckWhere(userId) }, select: { id: true, title: true, description: true } });
  if (!deck) return null;
  const notes = await db.note.findMany({
    where: { deckId: deck.id, kind: 'word', deletedAt: null },
    orderBy: { sortOrder: 'asc' },
    select: {
      id: true, kk: true, headword: true, lemma: true, upos: true, ru: true, en: true, frequency: true, unsure: true, examples: true,
      cards: { where: { type: 'recognition', deletedAt: null }, select: { progress: { where: { userId }, select: { state: true, stability: true, suspended: true } } } },
    },
  });
  // The analyser runs in the engine worker: its first use loads the lexicon (issue 13 item 3).
  const term = analysableTerm(query);
  const match = wordMatcher(query, term ? await runInEngine('lemmas', { q: term }) : []);
  const hits: DeckWord[] = [];
  for (const n of notes) {
    const headword = n.headword ?? n.kk;
    const lemma = n.lemma ?? n.kk;
    const forms = parseExamples(n.examples).flatMap((e) => (e.form ? [e.form] : []));
    const m = match({ headword, lemma, ru: n.ru, en: n.en, forms });
    if (!m) continue;
    const state: WordState = wordState(n.cards[0]?.progress[0]);
    hits.push({ noteId: n.id, headword, lemma, upos: n.upos, ru: n.ru, en: n.en, frequency: n.frequency, state, unsure: n.unsure, match: m });
  }
  const shown = pageOf(hits, page, WORDS_PER_PAGE);
  const settings = await getLearnerSettings(db, userId);
  return {
    deck, words: shown.items, total: notes.length, matched: hits.length, page: shown.page, pageCount: shown.pageCount, pageSize: WORDS_PER_PAGE,
    gloss: settings?.glossLanguage ?? null,
  };
}
