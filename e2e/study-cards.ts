// Sets up which cards a learner has due, chosen by type and headword, in a given order
// (first due first), and the learner's study preferences: straight in the e2e server's
// database, through e2e/db.ts (SQLite or PostgreSQL alike).
import { e2eDb, makeDue, userIdByEmail } from './db';

export interface CardPick {
  type: 'recognition' | 'production' | 'cloze' | 'sentence';
  headword: string;
}

/** Makes exactly these cards due (in this order), with no new cards today; returns their ids. */
export async function makeCardsDue(email: string, deckId: string, picks: CardPick[], now = new Date()): Promise<string[]> {
  const userId = await userIdByEmail(email);
  const cards = [];
  for (const p of picks) {
    const card = await e2eDb().card.findFirst({
      where: { deckId, type: p.type, deletedAt: null, note: { headword: p.headword, deletedAt: null } },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, noteId: true },
    });
    if (!card) throw new Error(`no ${p.type} card for ${p.headword}`);
    cards.push(card);
  }
  await makeDue(userId, deckId, cards, now);
  return cards.map((c) => c.id);
}

/** Sets study preferences straight in the database (the settings form has its own test). */
export async function setPreferences(email: string, prefs: { answerTyping?: boolean; audioAutoplay?: boolean; kazakhScript?: 'cyrl' | 'latn' }): Promise<void> {
  await e2eDb().user.update({ where: { email }, data: prefs });
}
