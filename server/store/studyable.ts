// Which decks a learner may study, as SQL for the adapters' own queries: the rule of
// server/decks/deck-access.ts (public, own, or assigned to a class the learner belongs to).
// `d` is the deck; the two placeholders are the learner's id. Identifiers are quoted, as
// PostgreSQL needs them and SQLite accepts them.
export const STUDYABLE_DECK_SQL = (userParam: (n: 1 | 2) => string) => `(d."visibility" = 'public' OR d."ownerId" = ${userParam(1)} OR EXISTS (
  SELECT 1 FROM "DeckAssignment" a JOIN "ClassMember" m ON m."classId" = a."classId" WHERE a."deckId" = d."id" AND m."userId" = ${userParam(2)}))`;
