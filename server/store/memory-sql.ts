// What the retention preview reads (MemoryReader), written once for both stores: identifiers
// quoted (PostgreSQL needs it, SQLite accepts it), booleans tested with IS NOT TRUE (both
// understand it); the dialect names the placeholders (the learner's id, the list of decks) and
// how a time comes back as milliseconds (so 50,000 times are not parsed in JS: SQLite's ISO
// strings, PostgreSQL's timestamps).
// As in the card browser (./card-browse-sql.ts), the decks the learner may study are read first
// (a handful of rows), so the 50,000-card reads never test deck access row by row. A deleted
// note's cards are deleted with it, so the card's own deletedAt is enough.
// Speed (docs/decisions/027): every read here is answered from an index alone — the states
// from CardProgress(userId, deckId, state, suspended, due, stability, difficulty, lastReview,
// cardId), the counts from it and from Card(deckId, deletedAt) — with no lookup of a Card row
// per progress row: the few deleted cards of the decks are read once and left out by id.
import type { MemoryDeck, MemoryState } from './ports';
import { STUDYABLE_DECK_SQL } from './studyable';

/**
 * A deleted card, as a range on Card(deckId, deletedAt): SQLite's planner scans the whole table
 * for `deletedAt IS NOT NULL` (EXPLAIN QUERY PLAN: SCAN c) but seeks the index for a comparison.
 * Both stores compare the literal as a time (PostgreSQL casts it; SQLite's ISO text sorts after it).
 */
const DELETED = (c: string) => `${c}."deletedAt" >= '1970-01-01'`;

/** A progress row met by the learner: started, or suspended (a suspended new card is not offered). */
const MET = (p: string) => `(${p}."state" <> 0 OR ${p}."suspended" IS TRUE)`;

/**
 * The decks the learner may study, in a fixed order, each with the learner's own new-card limit
 * for it (DeckStudyLimit) and, for the decks they study (they have a progress row in), how many
 * live cards they have not met: live cards − met rows + met rows of deleted cards. The learner's
 * rows are counted per deck in one pass over the index, the cards from Card(deckId, deletedAt):
 * no progress lookup for each of the deck's cards. (A correlated EXISTS per deck made PostgreSQL
 * scan CardProgress once per deck.)
 */
export const memoryDecksSql = (user: string) => `SELECT d."id", l."newCardsPerDay" AS "newPerDay",
    CASE WHEN r."rows" > 0 THEN CAST(
      (SELECT count(*) FROM "Card" c WHERE c."deckId" = d."id" AND c."deletedAt" IS NULL)
      - r."met"
      + (SELECT count(*) FROM "Card" c JOIN "CardProgress" p ON p."userId" = ${user} AND p."cardId" = c."id"
          WHERE c."deckId" = d."id" AND ${DELETED('c')} AND ${MET('p')})
    AS INTEGER) END AS "unmet"
  FROM "Deck" d
  LEFT JOIN "DeckStudyLimit" l ON l."userId" = ${user} AND l."deckId" = d."id"
  LEFT JOIN (SELECT p."deckId", count(*) AS "rows", sum(CASE WHEN ${MET('p')} THEN 1 ELSE 0 END) AS "met"
    FROM "CardProgress" p WHERE p."userId" = ${user} GROUP BY p."deckId") r ON r."deckId" = d."id"
  WHERE ${STUDYABLE_DECK_SQL(() => user)}
  ORDER BY d."createdAt", d."id"`;

/** The learner's started, unsuspended, live cards in these decks: their memory states. */
export const memoryStatesSql = (user: string, decks: (column: string) => string, time: (column: string) => string) => `SELECT p."state", ${time('p."due"')} AS "due", p."stability", p."difficulty", ${time('p."lastReview"')} AS "lastReview"
  FROM "CardProgress" p
  WHERE p."userId" = ${user} AND ${decks('p."deckId"')} AND p."state" <> 0 AND p."suspended" IS NOT TRUE
    AND p."cardId" NOT IN (SELECT c."id" FROM "Card" c WHERE ${decks('c."deckId"')} AND ${DELETED('c')})`;

/** A row of memoryStatesSql, as an array (no object per row), times in milliseconds. */
export type MemoryStateRow = [state: number, due: number, stability: number, difficulty: number, lastReview: number | null];

export function memoryStates(rows: readonly MemoryStateRow[]): MemoryState[] {
  return rows.map(([state, due, stability, difficulty, lastReview]) => ({
    state, due: new Date(due), stability, difficulty, lastReview: lastReview === null ? null : new Date(lastReview),
  }));
}

/** A row of memoryDecksSql. */
export interface MemoryDeckRow { id: string; newPerDay: number | null; unmet: number | null }

/** The decks the learner studies (those with a count), as the port returns them. */
export function studiedDecks(rows: readonly MemoryDeckRow[]): MemoryDeck[] {
  return rows.filter((d) => d.unmet !== null).map((d) => ({ deckId: d.id, unmetCards: Math.max(0, d.unmet!), newCardsPerDay: d.newPerDay }));
}
