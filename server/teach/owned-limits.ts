// How much one teacher may keep and make (security audit F4): any account can be a teacher, and
// each draft holds up to 200,000 characters whose analysis costs seconds of a core, so the
// numbers are bounded per account, far above what a school's teacher uses (a deck per unit, a
// class per group). Counted in the database, so every app server holds them.
import 'server-only';
import type { Issue } from '@/lib/errors';
import type { LimitRule } from '@/lib/limits';
import { db } from '../db';
import { consumeAttempt, counterKey } from '../limits/attempt-counters';

export const OWNED_LIMITS = { drafts: 20, decks: 300, classes: 100 } as const;
export type Owned = keyof typeof OWNED_LIMITS;

/** New drafts per teacher and hour, deleted ones included (each is a text the engine analyses). */
export const DRAFTS_PER_HOUR: LimitRule = { windowMs: 60 * 60_000, max: 30 };

const counts: Record<Owned, (ownerId: string) => Promise<number>> = {
  drafts: (ownerId) => db.deckDraft.count({ where: { ownerId } }),
  decks: (ownerId) => db.deck.count({ where: { ownerId } }),
  classes: (teacherId) => db.class.count({ where: { teacherId } }),
};

/** The issue to answer with when the owner already has as many as allowed; null when one more fits. */
export async function ownedLimitIssue(kind: Owned, ownerId: string): Promise<Issue | null> {
  const limit = OWNED_LIMITS[kind];
  return (await counts[kind](ownerId)) >= limit ? { code: 'owned-limit', limit } : null;
}

/** Counts a new draft; false when this hour's are used up. */
export async function takeDraftSlot(ownerId: string, now = new Date()): Promise<boolean> {
  return (await consumeAttempt(counterKey('draft-create', ownerId), DRAFTS_PER_HOUR, now)).allowed;
}
