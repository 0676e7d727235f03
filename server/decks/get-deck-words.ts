// A deck's word list for one learner: headword, part of speech, glosses, frequency and
// the learner's state of the word, optionally filtered by a search in Kazakh (any
// inflected form finds its lemma), Russian or English.
import 'server-only';
import { db } from '../db';
import { runInEngine } from '../engine/engine';
import { getLearnerSettings } from '../users/learner-settings';
import { studyableDeckWhere } from './deck-access';

export type WordState = 'new' | 'learning' | 'review' | 'known' | 'suspended';

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
}

export interface DeckWords {
  deck: { id: string; title: string; description: string };
  /** The learner's gloss language; null → follow the UI language. */
  gloss: 'ru' | 'en' | 'both' | null;
  words: DeckWord[];
  total: number;
}

const KNOWN_STABILITY_DAYS = 21;

function fold(s: string): string {
  return s.toLocaleLowerCase('kk').normalize('NFC');
}

export async function getDeckWords(userId: string, deckId: string, query: string): Promise<DeckWords | null> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...studyableDeckWhere(userId) }, select: { id: true, title: true, description: true } });
  if (!deck) return null;
  const notes = await db.note.findMany({
    where: { deckId: deck.id, kind: 'word', deletedAt: null },
    orderBy: { sortOrder: 'asc' },
    select: {
      id: true, kk: true, headword: true, lemma: true, upos: true, ru: true, en: true, frequency: true, unsure: true,
      cards: { where: { type: 'recognition', deletedAt: null }, select: { progress: { where: { userId }, select: { state: true, stability: true, suspended: true } } } },
    },
  });
  const q = fold(query.trim()).slice(0, 100);
  const lemmas = new Set<string>();
  if (q) for (const lemma of await runInEngine('lemmas', { q })) lemmas.add(fold(lemma));

  const words: DeckWord[] = [];
  for (const n of notes) {
    const lemma = n.lemma ?? n.kk;
    if (q) {
      const hit = lemmas.has(fold(lemma)) || fold(n.headword ?? n.kk).includes(q) || fold(n.ru).includes(q) || fold(n.en).includes(q);
      if (!hit) continue;
    }
    const p = n.cards[0]?.progress[0];
    const state: WordState = !p ? 'new' : p.suspended ? 'suspended' : p.state === 2 ? (p.stability >= KNOWN_STABILITY_DAYS ? 'known' : 'review') : p.state === 0 ? 'new' : 'learning';
    words.push({ noteId: n.id, headword: n.headword ?? n.kk, lemma, upos: n.upos, ru: n.ru, en: n.en, frequency: n.frequency, state, unsure: n.unsure });
  }
  const settings = await getLearnerSettings(db, userId);
  return { deck, words, total: notes.length, gloss: settings?.glossLanguage ?? null };
}
