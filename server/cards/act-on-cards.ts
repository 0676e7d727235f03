// The learner's actions on their cards from the card browser: suspend, unsuspend, reset, and
// "I know this" (every card of the note goes to review with a long interval). What each does
// is lib/reviews' decideCardAction; the store applies it to the learner's own progress on
// cards in decks they may study, and nothing else: other ids are simply not found.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CARD_ACTIONS, decideCardAction } from '@/lib/reviews';
import { localClock, schedulerFor } from '../reviews/review-clock';
import { store } from '../store';

/** Most cards one action changes: two pages' worth of a selection. */
export const MAX_CARDS_PER_ACTION = 100;

export const actOnCardsInput = z.object({
  action: z.enum(CARD_ACTIONS),
  cardIds: z.array(z.string().min(1).max(200)).min(1).max(MAX_CARDS_PER_ACTION),
});
export type ActOnCardsInput = z.infer<typeof actOnCardsInput>;

export type ActOnCardsResult = { ok: true; found: number; changed: number } | { ok: false; error: 'invalid' };

export async function actOnCards(userId: string, input: unknown, now: Date): Promise<ActOnCardsResult> {
  const parsed = actOnCardsInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const { action, cardIds } = parsed.data;
  const result = await store().cards.act(userId, { cardIds: [...new Set(cardIds)], wholeNotes: action === 'known' }, now, ({ card, settings, progress }) => {
    const decision = decideCardAction({
      action, before: progress, cardType: card.type, now, scheduler: schedulerFor(settings.desiredRetention, settings.fsrsWeights),
    });
    if (!decision) return null;
    const clock = localClock(settings.timeZone, settings.dayStartHour, now);
    return { decision, logId: randomUUID(), day: clock.day, tzOffsetMin: clock.offset };
  });
  return { ok: true, ...result };
}
