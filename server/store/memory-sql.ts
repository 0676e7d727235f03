// What the retention preview reads (MemoryReader), written once for both stores: identifiers
// quoted (PostgreSQL needs it, SQLite accepts it), booleans tested with IS NOT TRUE (both
// understand it); the dialect names the placeholders (the learner's id, the list of decks).
// As in the card browser (./card-browse-sql.ts), the decks the learner may study are read first
// (a handful of rows), so the 50,000-card reads never test deck access row by row. A deleted
// note's cards are deleted with it, so the card's own deletedAt is enough.
import { STUDYABLE_DECK_SQL } from './studyable';

/** The decks the learner may study, each with whether they have met a card of it. */
export const memoryDecksSql = (user: string) => `SELECT d."id",
    EXISTS (SELECT 1 FROM "CardProgress" q WHERE q."userId" = ${user} AND q."deckId" = d."id") AS "studied"
  FROM "Deck" d WHERE ${STUDYABLE_DECK_SQL(() => user)}`;

/** The learner's started, unsuspended, live cards in these decks: their memory states. */
export const memoryStatesSql = (user: string, decks: (column: string) => string) => `SELECT p."state", p."due", p."stability", p."difficulty", p."lastReview"
  FROM "CardProgress" p JOIN "Card" c ON c."id" = p."cardId"
  WHERE p."userId" = ${user} AND ${decks('p."deckId"')} AND p."state" <> 0 AND p."suspended" IS NOT TRUE AND c."deletedAt" IS NULL`;

/** Live cards of these decks the learner has not met (no progress, or a new unsuspended one asked for). */
export const unmetCardsSql = (user: string, decks: (column: string) => string) => `SELECT CAST(count(*) AS INTEGER) AS "n"
  FROM "Card" c
  WHERE ${decks('c."deckId"')} AND c."deletedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "CardProgress" p WHERE p."userId" = ${user} AND p."cardId" = c."id" AND (p."state" <> 0 OR p."suspended" IS TRUE))`;
