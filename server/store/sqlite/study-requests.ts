// "Study this word" on SQLite: the note's new cards are marked as asked for (a state-0 progress
// row with requestedAt), so the study queue starts the day's new cards with them. Cards already
// studied or suspended are left as they are.
import type Database from 'better-sqlite3';
import type { StudyRequests } from '../ports';
import { sqliteDate } from './connection';

export function sqliteStudyRequests(db: Database.Database): StudyRequests {
  const ask = db.prepare<[{ userId: string; deckId: string; noteId: string; now: string }]>(`
    INSERT INTO CardProgress (userId, cardId, deckId, noteId, state, due, firstSeenAt, updatedAt, requestedAt)
      SELECT @userId, c.id, c.deckId, c.noteId, 0, @now, @now, @now, @now FROM Card c
      WHERE c.noteId = @noteId AND c.deckId = @deckId AND c.deletedAt IS NULL
    ON CONFLICT (userId, cardId) DO UPDATE SET requestedAt = excluded.requestedAt, updatedAt = excluded.updatedAt
      WHERE CardProgress.state = 0 AND CardProgress.suspended = 0`);
  return {
    async askFor(userId, deckId, noteId, now) {
      return ask.run({ userId, deckId, noteId, now: sqliteDate(now) }).changes;
    },
  };
}
