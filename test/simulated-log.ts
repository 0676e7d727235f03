// A simulated learner's review log (lib/srs simulateReviewLog) written into a database, for
// the fit's store tests, its e2e spec and bench:optimize: a private deck of the learner's with
// one card per simulated card, and the log's rows, through Prisma on either store. Rows go in
// as multi-row INSERTs (a 100,000-review log in seconds; createMany costs ~1 ms a row here).
import { randomUUID } from 'node:crypto';
import { simulateReviewLog } from '../lib/srs';
import type { PrismaClient } from '../server/generated/prisma/client';

const CHUNK = 500;

export async function writeSimulatedLog(db: PrismaClient, kind: 'sqlite' | 'postgres', userId: string, options: { reviews: number; seed: number; start: Date }): Promise<{ deckId: string; reviews: number }> {
  const log = simulateReviewLog(options);
  const deckId = `sim-${randomUUID()}`;
  const cardIds = [...new Set(log.map((r) => r.cardId))];
  const time = (d: Date) => (kind === 'sqlite' ? d.toISOString().replace('Z', '+00:00') : d.toISOString());
  const ph = (n: number, ts = false) => (kind === 'sqlite' ? '?' : ts ? `$${n}::timestamp` : `$${n}`);
  const insert = async (table: string, columns: string[], timeColumns: Set<string>, rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      let n = 0;
      const values = chunk.map(() => `(${columns.map((c) => ph(++n, timeColumns.has(c))).join(', ')})`).join(', ');
      await db.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`, ...chunk.flat());
    }
  };
  const now = time(options.start);
  await insert('Deck', ['id', 'ownerId', 'title', 'visibility', 'createdAt', 'updatedAt'], new Set(['createdAt', 'updatedAt']), [[deckId, userId, 'Simulated reviews', 'private', now, now]]);
  await insert('Note', ['id', 'deckId', 'kind', 'kk', 'ru', 'en', 'sortOrder', 'createdAt', 'updatedAt'], new Set(['createdAt', 'updatedAt']),
    cardIds.map((id, i) => [`${deckId}-${id}`, deckId, 'word', `сөз ${i}`, `слово ${i}`, `word ${i}`, i, now, now]));
  await insert('Card', ['id', 'noteId', 'deckId', 'type', 'sortOrder', 'createdAt', 'updatedAt'], new Set(['createdAt', 'updatedAt']),
    cardIds.map((id, i) => [`${deckId}-${id}-c`, `${deckId}-${id}`, deckId, 'recognition', i, now, now]));
  const columns = ['id', 'userId', 'cardId', 'deckId', 'rating', 'stateBefore', 'stateAfter', 'dueAfter', 'stabilityAfter', 'difficultyAfter', 'elapsedDays', 'scheduledDays', 'reviewedAt', 'serverAt', 'durationMs', 'tzOffsetMin', 'day'];
  const seen = new Set<string>();
  await insert('ReviewLog', columns, new Set(['dueAfter', 'reviewedAt', 'serverAt']), log.map((r) => {
    const first = !seen.has(r.cardId);
    seen.add(r.cardId);
    return [randomUUID(), userId, `${deckId}-${r.cardId}-c`, deckId, r.rating, first ? 0 : 2, r.stateAfter, time(r.at), 0, 0, 0, 0, time(r.at), time(r.at), 4000, 0, r.day];
  }));
  return { deckId, reviews: log.length };
}
