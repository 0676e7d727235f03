// Sets up which cards a learner has due, chosen by type and headword, in a given order
// (first due first). Writes the e2e server's database directly, as e2e/db.ts does.
import Database from 'better-sqlite3';
import { E2E_DB } from './db';

function sqliteDate(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}

export interface CardPick {
  type: 'recognition' | 'production' | 'cloze' | 'sentence';
  headword: string;
}

/** Makes exactly these cards due (in this order), with no new cards today; returns their ids. */
export function makeCardsDue(email: string, deckId: string, picks: CardPick[], now = new Date()): string[] {
  const db = new Database(E2E_DB, { timeout: 5000 });
  try {
    const user = db.prepare('SELECT id FROM user WHERE email = ?').get(email) as { id: string } | undefined;
    if (!user) throw new Error(`no user ${email}`);
    const find = db.prepare(`SELECT c.id, c.noteId FROM Card c JOIN Note n ON n.id = c.noteId
      WHERE c.deckId = ? AND c.type = ? AND n.headword = ? AND c.deletedAt IS NULL AND n.deletedAt IS NULL ORDER BY c.sortOrder LIMIT 1`);
    const insert = db.prepare(`INSERT INTO CardProgress (userId, cardId, deckId, noteId, state, due, stability, difficulty, scheduledDays,
      learningSteps, reps, lapses, lastReview, suspended, leech, firstSeenAt, updatedAt)
      VALUES (?, ?, ?, ?, 2, ?, 5, 5, 3, 0, 2, 0, ?, 0, 0, ?, ?)`);
    const threeDaysAgo = sqliteDate(new Date(now.getTime() - 3 * 86_400_000));
    const ids = picks.map((p, i) => {
      const card = find.get(deckId, p.type, p.headword) as { id: string; noteId: string } | undefined;
      if (!card) throw new Error(`no ${p.type} card for ${p.headword}`);
      const due = sqliteDate(new Date(now.getTime() - (picks.length - i) * 3_600_000));
      insert.run(user.id, card.id, deckId, card.noteId, due, threeDaysAgo, threeDaysAgo, threeDaysAgo);
      return card.id;
    });
    db.prepare('UPDATE user SET newCardsPerDay = 0 WHERE id = ?').run(user.id);
    return ids;
  } finally {
    db.close();
  }
}

/** Sets study preferences straight in the database (the settings form has its own test). */
export function setPreferences(email: string, prefs: { answerTyping?: boolean; audioAutoplay?: boolean; kazakhScript?: 'cyrl' | 'latn' }): void {
  const db = new Database(E2E_DB, { timeout: 5000 });
  try {
    if (prefs.answerTyping !== undefined) db.prepare('UPDATE user SET answerTyping = ? WHERE email = ?').run(prefs.answerTyping ? 1 : 0, email);
    if (prefs.audioAutoplay !== undefined) db.prepare('UPDATE user SET audioAutoplay = ? WHERE email = ?').run(prefs.audioAutoplay ? 1 : 0, email);
    if (prefs.kazakhScript !== undefined) db.prepare('UPDATE user SET kazakhScript = ? WHERE email = ?').run(prefs.kazakhScript, email);
  } finally {
    db.close();
  }
}
