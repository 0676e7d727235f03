// What the study queue needs on PostgreSQL: the questions of ../sqlite/study-reader.ts, in one
// round trip for the queue (a UNION of the row sets, each through its index).
import type pg from 'pg';
import type { StudyQueueRow, StudyReader } from '../ports';
import { STUDYABLE_DECK_SQL } from '../studyable';
import { pgTime } from './pool';

const COLUMNS = `p."cardId", c."noteId", c."sortOrder", p."state", p."due", p."stability", p."difficulty", p."scheduledDays",
  p."learningSteps", p."reps", p."lapses", p."lastReview", p."suspended", NULL::timestamp AS "requestedAt"`;
const FROM = `FROM "CardProgress" p JOIN "Card" c ON c."id" = p."cardId" JOIN "Note" n ON n."id" = c."noteId"`;
const LIVE = 'c."deletedAt" IS NULL AND n."deletedAt" IS NULL';
const NO_PROGRESS = 'NULL::int, NULL::timestamp, NULL::float8, NULL::float8, NULL::int, NULL::int, NULL::int, NULL::int, NULL::timestamp, NULL::boolean';
const NEW_COLUMNS = `c."id", c."noteId", c."sortOrder", ${NO_PROGRESS}`;

// $1 user, $2 deck, $3 day end, $4 due rows, $5 new rows (every parameter used: PostgreSQL cannot type an unused one)
const QUEUE = `
  (SELECT 'learning' AS "set", ${COLUMNS} ${FROM} WHERE p."userId" = $1 AND p."deckId" = $2 AND NOT p."suspended" AND p."state" IN (1, 3)
    AND p."due" < $3 AND ${LIVE} ORDER BY p."due" LIMIT $4)
  UNION ALL
  (SELECT 'review', ${COLUMNS} ${FROM} WHERE p."userId" = $1 AND p."deckId" = $2 AND NOT p."suspended" AND p."state" = 2
    AND p."due" < $3 AND ${LIVE} ORDER BY p."due" LIMIT $4)
  UNION ALL
  (SELECT 'later', ${COLUMNS} ${FROM} WHERE p."userId" = $1 AND p."deckId" = $2 AND NOT p."suspended" AND p."state" <> 0
    AND p."due" >= $3 AND ${LIVE} ORDER BY p."due" LIMIT 1)
  UNION ALL
  (SELECT 'requested', ${NEW_COLUMNS}, p."requestedAt" ${FROM} WHERE p."userId" = $1 AND p."deckId" = $2 AND p."state" = 0
    AND NOT p."suspended" AND p."requestedAt" IS NOT NULL AND ${LIVE} ORDER BY p."requestedAt" DESC LIMIT $5)
  UNION ALL
  (SELECT 'new', ${NEW_COLUMNS}, NULL::timestamp FROM "Card" c JOIN "Note" n ON n."id" = c."noteId"
    WHERE c."deckId" = $2 AND ${LIVE} AND NOT EXISTS (
      SELECT 1 FROM "CardProgress" p WHERE p."userId" = $1 AND p."cardId" = c."id" AND (p."state" <> 0 OR p."suspended"))
    ORDER BY c."sortOrder", c."id" LIMIT $5)`;

// Today's log (this deck's and all decks' counts, for the overall limits, by ReviewLog(userId, serverAt))
// and the due counts, in one row: $1 user, $2 day start, $3 deck, $4 day end.
const TODAY = `SELECT
    t."newCards", t."reviews", t."newAll", t."reviewsAll",
    (SELECT array_agg(DISTINCT c."noteId") FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId" WHERE l."userId" = $1 AND l."serverAt" >= $2 AND l."deckId" = $3 AND NOT l."undone" AND l."rating" > 0) AS "notes",
    (SELECT count(*) FILTER (WHERE p."state" IN (1, 3)) FROM "CardProgress" p WHERE p."userId" = $1 AND p."deckId" = $3 AND p."due" < $4 AND NOT p."suspended" AND p."state" <> 0)::int AS "learningDue",
    (SELECT count(*) FILTER (WHERE p."state" = 2) FROM "CardProgress" p WHERE p."userId" = $1 AND p."deckId" = $3 AND p."due" < $4 AND NOT p."suspended")::int AS "reviewsDue"
  FROM (SELECT
      count(*) FILTER (WHERE l."stateBefore" = 0 AND l."deckId" = $3)::int AS "newCards",
      count(*) FILTER (WHERE l."stateBefore" = 2 AND l."deckId" = $3)::int AS "reviews",
      count(*) FILTER (WHERE l."stateBefore" = 0)::int AS "newAll",
      count(*) FILTER (WHERE l."stateBefore" = 2)::int AS "reviewsAll"
    FROM "ReviewLog" l WHERE l."userId" = $1 AND l."serverAt" >= $2 AND NOT l."undone" AND l."rating" > 0) t`;

interface Row {
  set: string; cardId: string; noteId: string; sortOrder: number; state: number | null; due: Date | null; stability: number; difficulty: number;
  scheduledDays: number; learningSteps: number; reps: number; lapses: number; lastReview: Date | null; suspended: boolean; requestedAt: Date | null;
}

export function postgresStudyReader(pool: pg.Pool): StudyReader {
  return {
    async deckAndSettings(userId, deckId) {
      const { rows } = await pool.query({
        name: 'study-deck',
        text: `SELECT d."id", d."title", u."timeZone", u."dayStartHour", u."desiredRetention", u."fsrsWeights", u."newCardsPerDay", u."reviewsPerDay",
            dl."newCardsPerDay" AS "deckNewPerDay", u."glossLanguage"
          FROM "Deck" d JOIN "user" u ON u."id" = $1 LEFT JOIN "DeckStudyLimit" dl ON dl."userId" = u."id" AND dl."deckId" = d."id"
          WHERE d."id" = $2 AND ${STUDYABLE_DECK_SQL(() => '$1')}`,
        values: [userId, deckId],
      });
      const r = rows[0];
      if (!r) return null;
      const { id, title, ...settings } = r;
      return { deck: { id, title }, settings };
    },
    async queue(userId, deckId, w) {
      const [queue, today] = await Promise.all([
        pool.query<Row>({ name: 'study-queue', text: QUEUE, values: [userId, deckId, pgTime(w.dayEnd), w.dueRows, w.newRows] }),
        pool.query<{ newCards: number; reviews: number; newAll: number; reviewsAll: number; notes: string[] | null; learningDue: number; reviewsDue: number }>({
          name: 'study-today', text: TODAY, values: [userId, pgTime(w.dayStart), deckId, pgTime(w.dayEnd)],
        }),
      ]);
      const byId = new Map<string, StudyQueueRow>();
      for (const r of queue.rows) {
        const seen = byId.get(r.cardId);
        if (seen) {
          // A card asked for is also among the never-seen ones: it keeps its request.
          if (r.requestedAt) seen.requestedAt = r.requestedAt;
          continue;
        }
        byId.set(r.cardId, {
          cardId: r.cardId, noteId: r.noteId, sortOrder: r.sortOrder,
          requestedAt: r.requestedAt,
          progress: r.set === 'new' || r.set === 'requested' || r.state === null || r.due === null ? null : {
            state: r.state, due: r.due, stability: r.stability, difficulty: r.difficulty, scheduledDays: r.scheduledDays,
            learningSteps: r.learningSteps, reps: r.reps, lapses: r.lapses, lastReview: r.lastReview, suspended: r.suspended,
          },
        });
      }
      const t = today.rows[0];
      return {
        cards: [...byId.values()],
        reviewedTodayNotes: t?.notes ?? [],
        learningDue: t?.learningDue ?? 0,
        reviewsDue: t?.reviewsDue ?? 0,
        newIntroducedToday: t?.newCards ?? 0,
        reviewsDoneToday: t?.reviews ?? 0,
        newIntroducedTodayAllDecks: t?.newAll ?? 0,
        reviewsDoneTodayAllDecks: t?.reviewsAll ?? 0,
      };
    },
    async contents(cardIds) {
      if (!cardIds.length) return [];
      const { rows } = await pool.query({
        name: 'study-contents',
        text: `SELECT c."id" AS "cardId", c."type", c."data", n."kk", n."headword", n."lemma", n."upos", n."ru", n."en", n."comment", n."commentEn", n."examples"
          FROM "Card" c JOIN "Note" n ON n."id" = c."noteId" WHERE c."id" = ANY($1::text[])`,
        values: [cardIds],
      });
      return rows;
    },
  };
}
