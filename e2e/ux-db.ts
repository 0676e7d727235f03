// Test set-up for the study screen: make chosen cards of the essay deck due for a learner
// (the server writes the same database file; see scripts/e2e-server.sh).
import Database from 'better-sqlite3';
import { cardId, wordNoteId } from '../lib/decks';
import { E2E_DB } from './db';

function sqliteDate(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}

/** The card of a word note of a built deck (ids are stable: lemma + part of speech). */
export function wordCardId(deckId: string, lemma: string, upos: string, type: 'recognition' | 'production' | 'cloze'): string {
  return cardId(wordNoteId(deckId, lemma, upos), type);
}

/**
 * Makes these cards due for review now (in the given order) and no new cards today, so
 * the study page shows exactly them.
 */
export function makeCardsDue(userId: string, deckId: string, cardIds: string[], now = new Date()): void {
  const db = new Database(E2E_DB, { timeout: 5000 });
  try {
    const noteOf = db.prepare('SELECT noteId FROM Card WHERE id = ?');
    const insert = db.prepare(`INSERT INTO CardProgress (userId, cardId, deckId, noteId, state, due, stability, difficulty, scheduledDays,
      learningSteps, reps, lapses, lastReview, suspended, leech, firstSeenAt, updatedAt)
      VALUES (?, ?, ?, ?, 2, ?, 5, 5, 3, 0, 2, 0, ?, 0, 0, ?, ?)`);
    const threeDaysAgo = sqliteDate(new Date(now.getTime() - 3 * 86_400_000));
    cardIds.forEach((id, i) => {
      const row = noteOf.get(id) as { noteId: string } | undefined;
      if (!row) throw new Error(`no card ${id}`);
      insert.run(userId, id, deckId, row.noteId, sqliteDate(new Date(now.getTime() - (cardIds.length - i) * 3_600_000)), threeDaysAgo, threeDaysAgo, threeDaysAgo);
    });
    db.prepare('UPDATE user SET newCardsPerDay = 0 WHERE id = ?').run(userId);
  } finally {
    db.close();
  }
}
