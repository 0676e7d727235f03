// Direct access to the e2e server's database, for fixtures that set up a learner's state.
// Through Prisma, so the same fixtures work on SQLite and on PostgreSQL
// (E2E_DATABASE_URL is set by playwright.config.ts; see scripts/e2e-server.sh).
import { openDb } from '../scripts/open-db';

export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./.data/e2e.db';

let client: ReturnType<typeof openDb> | null = null;
export function e2eDb(): ReturnType<typeof openDb> {
  client ??= openDb(E2E_DATABASE_URL);
  return client;
}

export async function userIdByEmail(email: string): Promise<string> {
  const row = await e2eDb().user.findUnique({ where: { email }, select: { id: true } });
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/**
 * Makes one card of each type (from four different notes) due for review, oldest first in
 * the order recognition, production, cloze, sentence, so the study queue shows them in turn.
 */
export async function makeOneCardOfEachTypeDue(userId: string, deckId: string, now = new Date()): Promise<string[]> {
  const db = e2eDb();
  const used = new Set<string>();
  const picked: { id: string; noteId: string }[] = [];
  for (const type of ['recognition', 'production', 'cloze', 'sentence']) {
    const rows = await db.card.findMany({ where: { deckId, type, deletedAt: null }, orderBy: { sortOrder: 'asc' }, take: 50, select: { id: true, noteId: true } });
    const card = rows.find((r) => !used.has(r.noteId));
    if (!card) throw new Error(`no ${type} card`);
    used.add(card.noteId);
    picked.push(card);
  }
  await makeDue(userId, deckId, picked, now);
  return picked.map((c) => c.id);
}

/** These cards in review state, due in this order (the first an hour per card ago), and no new cards today. */
export async function makeDue(userId: string, deckId: string, cards: { id: string; noteId: string }[], now = new Date()): Promise<void> {
  const threeDaysAgo = new Date(now.getTime() - 3 * 86_400_000);
  await e2eDb().cardProgress.createMany({
    data: cards.map((c, i) => ({
      userId, cardId: c.id, deckId, noteId: c.noteId, state: 2, due: new Date(now.getTime() - (cards.length - i) * 3_600_000),
      stability: 5, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, lastReview: threeDaysAgo,
      suspended: false, leech: false, firstSeenAt: threeDaysAgo,
    })),
  });
  // Only these: no new cards today.
  await e2eDb().user.update({ where: { id: userId }, data: { newCardsPerDay: 0 } });
}
