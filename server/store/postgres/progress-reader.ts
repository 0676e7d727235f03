// Progress dashboards on PostgreSQL: the same questions as ../sqlite/progress-reader.ts in
// PostgreSQL's SQL (quoted identifiers, real booleans, arrays for lists). The class queries
// read a whole class at once.
import type pg from 'pg';
import type { StudyDayCounts } from '@/lib/progress';
import type { ProgressReader } from '../ports';
import { STUDYABLE_DECK_SQL } from '../studyable';
import { pgTime } from './pool';
import type { LogFacts } from '../rebuild-study-days';
import { LOG_FACTS_SQL } from './rollups';

const MEMBERS = (n: number) => `SELECT "userId" FROM "ClassMember" WHERE "classId" = $${n}`;
// A word is seen once any of its cards was reviewed, known once its recognition card's
// stability reaches 21 days.
const DECK_COUNTS = (now: number) => `count(*)::int AS "cards",
  count(DISTINCT p."noteId") FILTER (WHERE n."kind" = 'word')::int AS "seen",
  count(*) FILTER (WHERE c."type" = 'recognition' AND p."stability" >= 21)::int AS "known",
  count(*) FILTER (WHERE NOT p."suspended" AND p."state" <> 0 AND p."due" <= $${now})::int AS "due"`;

const STATES = (andWhere = '') => `SELECT "state", "suspended", count(*)::int AS "n" FROM "CardProgress" WHERE "userId" = $1 ${andWhere} GROUP BY "state", "suspended"`;
const DUE_TIMES = (andWhere = '') => `SELECT "due" FROM "CardProgress" WHERE "userId" = $1 AND NOT "suspended" AND "state" <> 0 AND "due" < $2 ${andWhere}`;

const SQL = {
  user: 'SELECT "id", "name", "email", "timeZone", "dayStartHour" FROM "user" WHERE "id" = $1',
  studyDays: `SELECT "day", "reviews", "newCards", "durationMs", "youngTotal", "youngPassed", "matureTotal", "maturePassed", "knownDelta"
    FROM "StudyDay" WHERE "userId" = $1 ORDER BY "day"`,
  deckLogFacts: LOG_FACTS_SQL('AND l."deckId" = ANY($2::text[])'),
  states: STATES(),
  deckStates: STATES('AND "deckId" = ANY($2::text[])'),
  dueTimes: DUE_TIMES(),
  deckDueTimes: DUE_TIMES('AND "deckId" = ANY($3::text[])'),
  studyableDecks: `SELECT d."id", d."title",
      (SELECT count(*)::int FROM "Note" n WHERE n."deckId" = d."id" AND n."kind" = 'word' AND n."deletedAt" IS NULL) AS "words",
      (SELECT count(*)::int FROM "Card" c WHERE c."deckId" = d."id" AND c."deletedAt" IS NULL) AS "cards"
    FROM "Deck" d WHERE ${STUDYABLE_DECK_SQL(() => '$1')} ORDER BY d."createdAt", d."id"`,
  deckProgress: `SELECT p."deckId", ${DECK_COUNTS(2)}
    FROM "CardProgress" p JOIN "Card" c ON c."id" = p."cardId" JOIN "Note" n ON n."id" = p."noteId"
    WHERE p."userId" = $1 AND c."deletedAt" IS NULL AND n."deletedAt" IS NULL GROUP BY p."deckId"`,
  classById: 'SELECT "id", "name", "teacherId" FROM "Class" WHERE "id" = $1',
  isMember: 'SELECT 1 FROM "ClassMember" WHERE "classId" = $1 AND "userId" = $2',
  members: `SELECT u."id", u."name", u."email", u."timeZone", u."dayStartHour" FROM "ClassMember" m JOIN "user" u ON u."id" = m."userId"
    WHERE m."classId" = $1 ORDER BY u."name", u."id"`,
  // $1 users, $2 their 7-day starts, $3 their 30-day starts, $4 decks
  activity: `SELECT w."userId",
      (SELECT count(*)::int FROM "ReviewLog" l WHERE l."userId" = w."userId" AND l."serverAt" >= w.s7 AND l."deckId" = ANY($4::text[]) AND NOT l."undone" AND l."rating" > 0) AS "reviews7d",
      (SELECT count(*)::int FROM "ReviewLog" l WHERE l."userId" = w."userId" AND l."serverAt" >= w.s30 AND l."deckId" = ANY($4::text[]) AND NOT l."undone" AND l."rating" > 0 AND l."stateBefore" = 2) AS "reviewed30d",
      (SELECT count(*)::int FROM "ReviewLog" l WHERE l."userId" = w."userId" AND l."serverAt" >= w.s30 AND l."deckId" = ANY($4::text[]) AND NOT l."undone" AND l."rating" > 0 AND l."stateBefore" = 2 AND l."rating" > 1) AS "passed30d",
      (SELECT max(l."serverAt") FROM "ReviewLog" l WHERE l."userId" = w."userId" AND l."deckId" = ANY($4::text[]) AND NOT l."undone" AND l."rating" > 0) AS "lastAt"
    FROM unnest($1::text[], $2::timestamp[], $3::timestamp[]) AS w("userId", s7, s30)`,
  classDeckProgress: `SELECT p."userId", p."deckId", ${DECK_COUNTS(2)}
    FROM "CardProgress" p JOIN "Card" c ON c."id" = p."cardId" JOIN "Note" n ON n."id" = p."noteId"
    WHERE p."userId" IN (${MEMBERS(1)}) AND c."deletedAt" IS NULL AND n."deletedAt" IS NULL GROUP BY p."userId", p."deckId"`,
  assignedDecks: `SELECT d."id", d."title",
      (SELECT count(*)::int FROM "Note" n WHERE n."deckId" = d."id" AND n."kind" = 'word' AND n."deletedAt" IS NULL) AS "words"
    FROM "DeckAssignment" a JOIN "Deck" d ON d."id" = a."deckId" WHERE a."classId" = $1 ORDER BY a."assignedAt", d."id"`,
  noteLapses: `SELECT p."deckId", p."noteId", sum(p."reps")::int AS "reps", sum(p."lapses")::int AS "lapses" FROM "CardProgress" p
    JOIN "Note" n ON n."id" = p."noteId" AND n."kind" = 'word'
    WHERE p."userId" IN (${MEMBERS(1)}) AND p."deckId" = ANY($2::text[]) GROUP BY p."deckId", p."noteId"`,
  noteRetention: `SELECT l."deckId", c."noteId", count(*)::int AS "total", count(*) FILTER (WHERE l."rating" > 1)::int AS "passed"
    FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
    WHERE l."userId" IN (${MEMBERS(1)}) AND l."deckId" = ANY($2::text[]) AND l."stateBefore" = 2 AND NOT l."undone" AND l."rating" > 0
    GROUP BY l."deckId", c."noteId"`,
  notes: 'SELECT "id", "kind", "kk", "headword", "ru", "en" FROM "Note" WHERE "id" = ANY($1::text[])',
};

export function postgresProgressReader(pool: pg.Pool): ProgressReader {
  async function rows<T extends pg.QueryResultRow>(name: keyof typeof SQL, values: unknown[]): Promise<T[]> {
    return (await pool.query<T>({ name: `progress-${name}`, text: SQL[name], values })).rows;
  }
  return {
    async user(userId) {
      return (await rows<{ id: string; name: string; email: string; timeZone: string; dayStartHour: number }>('user', [userId]))[0] ?? null;
    },
    studyDays: (userId) => rows<StudyDayCounts>('studyDays', [userId]),
    deckLogFacts: (userId, deckIds) => rows<LogFacts>('deckLogFacts', [userId, deckIds]),
    cardStates: (userId, deckIds) => (deckIds ? rows('deckStates', [userId, deckIds]) : rows('states', [userId])),
    async dueTimes(userId, before, deckIds) {
      const due = deckIds ? await rows<{ due: Date }>('deckDueTimes', [userId, pgTime(before), deckIds]) : await rows<{ due: Date }>('dueTimes', [userId, pgTime(before)]);
      return due.map((r) => r.due.getTime());
    },
    studyableDecks: (userId) => rows('studyableDecks', [userId]),
    deckProgress: (userId, now) => rows('deckProgress', [userId, pgTime(now)]),
    async classById(classId) {
      return (await rows<{ id: string; name: string; teacherId: string }>('classById', [classId]))[0] ?? null;
    },
    async isMember(classId, userId) {
      return (await rows('isMember', [classId, userId])).length > 0;
    },
    classMembers: (classId) => rows('members', [classId]),
    async classDeckActivity(deckIds, windows) {
      if (!windows.length) return [];
      return rows('activity', [windows.map((w) => w.userId), windows.map((w) => pgTime(w.since7)), windows.map((w) => pgTime(w.since30)), deckIds]);
    },
    classDeckProgress: (classId, now) => rows('classDeckProgress', [classId, pgTime(now)]),
    assignedDecks: (classId) => rows('assignedDecks', [classId]),
    classNoteLapses: (classId, deckIds) => rows('noteLapses', [classId, deckIds]),
    classNoteRetention: (classId, deckIds) => rows('noteRetention', [classId, deckIds]),
    async notes(noteIds) {
      return noteIds.length ? rows('notes', [noteIds]) : [];
    },
  };
}
