// Test set-up for the study screen: make chosen cards of the essay deck due for a learner,
// through e2e/db.ts (SQLite or PostgreSQL alike).
import { cardId, wordNoteId } from '../lib/decks';
import { e2eDb, makeDue } from './db';

/** The card of a word note of a built deck (ids are stable: lemma + part of speech). */
export function wordCardId(deckId: string, lemma: string, upos: string, type: 'recognition' | 'production' | 'cloze'): string {
  return cardId(wordNoteId(deckId, lemma, upos), type);
}

/**
 * Makes these cards due for review now (in the given order) and no new cards today, so
 * the study page shows exactly them.
 */
export async function makeCardsDue(userId: string, deckId: string, cardIds: string[], now = new Date()): Promise<void> {
  const cards = [];
  for (const id of cardIds) {
    const card = await e2eDb().card.findUnique({ where: { id }, select: { id: true, noteId: true } });
    if (!card) throw new Error(`no card ${id}`);
    cards.push(card);
  }
  await makeDue(userId, deckId, cards, now);
}
