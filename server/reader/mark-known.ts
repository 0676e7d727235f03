// "I know it" from the reader: every card of the word's note goes to review with a long
// interval (lib/srs markedKnown), so the word counts as known and comes back for a check in
// about two months. Only a note of a deck the learner may study. No review is logged: the
// learner answered no card (the review log and its rollups stay what was answered).
import 'server-only';
import { z } from 'zod';
import { createScheduler, markedKnown } from '@/lib/srs';
import { db } from '../db';
import { studyableDeckWhere } from '../decks/deck-access';
import { getLearnerSettings } from '../users/learner-settings';

export const markKnownInput = z.object({ deckId: z.string().min(1).max(200), noteId: z.string().min(1).max(300) });

export type MarkKnownResult = { ok: true; due: string; cards: number } | { ok: false; error: 'invalid' | 'not-found' };

export async function markKnown(userId: string, raw: unknown, now: Date): Promise<MarkKnownResult> {
  const parsed = markKnownInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const { deckId, noteId } = parsed.data;
  const note = await db.note.findFirst({
    where: { id: noteId, deckId, kind: 'word', deletedAt: null, deck: studyableDeckWhere(userId) },
    select: { id: true, cards: { where: { deletedAt: null }, select: { id: true, progress: { where: { userId } } } } },
  });
  if (!note || !note.cards.length) return { ok: false, error: 'not-found' };
  const settings = await getLearnerSettings(db, userId);
  const scheduler = createScheduler({ desiredRetention: settings?.desiredRetention, weights: settings?.weights ?? null });
  let due = now;
  await db.$transaction(async (tx) => {
    for (const card of note.cards) {
      const p = card.progress[0];
      const next = markedKnown(scheduler, p ? { ...p, state: p.state as 0 | 1 | 2 | 3 } : null, now);
      if (next.due > due) due = next.due;
      const data = {
        state: next.state, due: next.due, stability: next.stability, difficulty: next.difficulty, scheduledDays: next.scheduledDays,
        learningSteps: next.learningSteps, reps: next.reps, lapses: next.lapses, lastReview: next.lastReview, suspended: false, leech: false,
      };
      await tx.cardProgress.upsert({
        where: { userId_cardId: { userId, cardId: card.id } },
        create: { userId, cardId: card.id, deckId, noteId: note.id, firstSeenAt: now, ...data },
        update: data,
      });
    }
  });
  return { ok: true, due: due.toISOString(), cards: note.cards.length };
}
