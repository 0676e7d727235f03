// What the retention preview reads (MemoryReader), written once for both stores: identifiers
// quoted (PostgreSQL needs it, SQLite accepts it), booleans tested with IS NOT TRUE (both
// understand it), the learner's id as one placeholder the dialect names (SQLite '@userId',
// PostgreSQL '$1'). Only decks the learner may study count (server/store/studyable.ts); a deleted
// note's cards are deleted with it, so the card's own deletedAt is enough.
import { STUDYABLE_DECK_SQL } from './studyable';

/** The learner's started, unsuspended, live cards: their memory states. */
export const memoryStatesSql = (user: string) => `SELECT p."state", p."due", p."stability", p."difficulty", p."lastReview"
  FROM "CardProgress" p JOIN "Card" c ON c."id" = p."cardId" JOIN "Deck" d ON d."id" = p."deckId"
  WHERE p."userId" = ${user} AND p."state" <> 0 AND p."suspended" IS NOT TRUE AND c."deletedAt" IS NULL
    AND ${STUDYABLE_DECK_SQL(() => user)}`;

/**
 * Live cards the learner has not met (no progress, or a new unsuspended one asked for) in the
 * decks they study: those they may study and have met a card of.
 */
export const unmetCardsSql = (user: string) => `SELECT CAST(count(*) AS INTEGER) AS "n"
  FROM "Card" c JOIN "Deck" d ON d."id" = c."deckId"
    LEFT JOIN "CardProgress" p ON p."userId" = ${user} AND p."cardId" = c."id"
  WHERE c."deletedAt" IS NULL AND (p."state" IS NULL OR (p."state" = 0 AND p."suspended" IS NOT TRUE))
    AND EXISTS (SELECT 1 FROM "CardProgress" q WHERE q."userId" = ${user} AND q."deckId" = d."id")
    AND ${STUDYABLE_DECK_SQL(() => user)}`;
