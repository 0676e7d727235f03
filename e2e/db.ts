// Direct access to the e2e server's database, for fixtures that set up a learner's state
// (the server writes the same file; see scripts/e2e-server.sh).
import Database from 'better-sqlite3';

export const E2E_DB = process.env.E2E_DB ?? '.data/e2e.db';

function sqliteDate(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}

export function userIdByEmail(email: string): string {
  const db = new Database(E2E_DB, { timeout: 5000 });
  try {
    const row = db.prepare('SELECT id FROM user WHERE email = ?').get(email) as { id: string } | undefined;
    if (!row) throw new Error(`no user ${email}`);
    return row.id;
  } finally {
    db.close();
  }
}

/**
 * Makes one card of each type (from four different notes) due for review, oldest first in
 * the order recognition, production, cloze, sentence, so the study queue shows them in turn.
 */
export function makeOneCardOfEachTypeDue(userId: string, deckId: string, now = new Date()): string[] {
  const db = new Database(E2E_DB, { timeout: 5000 });
  try {
    const used = new Set<string>();
    const picked: { id: string; noteId: string }[] = [];
    for (const type of ['recognition', 'production', 'cloze', 'sentence']) {
      const rows = db
        .prepare('SELECT id, noteId FROM Card WHERE deckId = ? AND type = ? AND deletedAt IS NULL ORDER BY sortOrder LIMIT 50')
        .all(deckId, type) as { id: string; noteId: string }[];
      const card = rows.find((r) => !used.has(r.noteId));
      if (!card) throw new Error(`no ${type} card`);
      used.add(card.noteId);
      picked.push(card);
    }
    const insert = db.prepare(`INSERT INTO CardProgress (userId, cardId, deckId, noteId, state, due, stability, difficulty, scheduledDays,
      learningSteps, reps, lapses, lastReview, suspended, leech, firstSeenAt, updatedAt)
      VALUES (?, ?, ?, ?, 2, ?, 5, 5, 3, 0, 2, 0, ?, 0, 0, ?, ?)`);
    const threeDaysAgo = sqliteDate(new Date(now.getTime() - 3 * 86_400_000));
    picked.forEach((c, i) => {
      const due = sqliteDate(new Date(now.getTime() - (4 - i) * 3_600_000));
      insert.run(userId, c.id, deckId, c.noteId, due, threeDaysAgo, threeDaysAgo, threeDaysAgo);
    });
    // Only these four: no new cards today.
    db.prepare('UPDATE user SET newCardsPerDay = 0 WHERE id = ?').run(userId);
    return picked.map((c) => c.id);
  } finally {
    db.close();
  }
}
