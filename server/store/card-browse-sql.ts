// The card browser's query, written once for both stores: identifiers quoted (PostgreSQL needs
// it, SQLite accepts it), booleans tested with IS TRUE (both understand it), and only the
// placeholders, LIKE and list parameters left to the dialect. One page and the total come
// from two statements over the same FROM and WHERE.
import type { CardBrowseQuery, CardSortKey } from './ports';
import { STUDYABLE_DECK_SQL } from './studyable';

export interface BrowseDialect {
  /** adds a parameter, returns its placeholder */
  param(value: unknown): string;
  /** a time as the store's driver takes it */
  time(d: Date): unknown;
  /** `expr IN list` for a list of strings */
  inList(expr: string, values: string[]): string;
  /** case-insensitive LIKE (at least for ASCII) */
  like: 'LIKE' | 'ILIKE';
}

const IS_NEW = '(p."state" IS NULL OR p."state" = 0)';
const SEEN = '(p."state" IS NOT NULL AND p."state" <> 0)';

const ORDER: Record<CardSortKey, (dir: string) => string> = {
  deck: (dir) => `d."createdAt" ${dir}, d."id" ${dir}, c."sortOrder" ${dir}, c."id" ${dir}`,
  // cards never met have no due date: they come after the others either way
  due: (dir) => `${IS_NEW} ASC, p."due" ${dir}, c."sortOrder", c."id"`,
  word: (dir) => `coalesce(n."headword", n."kk") ${dir}, c."sortOrder", c."id"`,
  lapses: (dir) => `coalesce(p."lapses", 0) ${dir}, c."sortOrder", c."id"`,
  reps: (dir) => `coalesce(p."reps", 0) ${dir}, c."sortOrder", c."id"`,
  interval: (dir) => `coalesce(p."scheduledDays", 0) ${dir}, c."sortOrder", c."id"`,
};

export const BROWSE_COLUMNS = `c."id" AS "cardId", c."noteId", c."deckId", d."title" AS "deckTitle", c."type", n."kk", n."headword", n."ru", n."en",
  coalesce(p."state", 0) AS "state", CASE WHEN ${IS_NEW} THEN NULL ELSE p."due" END AS "due", coalesce(p."stability", 0) AS "stability",
  coalesce(p."scheduledDays", 0) AS "scheduledDays", coalesce(p."reps", 0) AS "reps", coalesce(p."lapses", 0) AS "lapses",
  coalesce(p."suspended", false) AS "suspended", coalesce(p."leech", false) AS "leech", p."lastReview"`;

/** FROM … WHERE … of the learner's matching cards, and the ORDER BY of the query's sort. */
export function browseSql(userId: string, q: CardBrowseQuery, dialect: BrowseDialect): { from: string; order: string } {
  const user = dialect.param(userId);
  const where = [
    'c."deletedAt" IS NULL',
    'n."deletedAt" IS NULL',
    STUDYABLE_DECK_SQL(() => user),
  ];
  if (q.deckId) where.push(`c."deckId" = ${dialect.param(q.deckId)}`);
  if (q.noteId) where.push(`c."noteId" = ${dialect.param(q.noteId)}`);
  if (q.type) where.push(`c."type" = ${dialect.param(q.type)}`);
  if (q.state === 'new') where.push(IS_NEW);
  else if (q.state) where.push(`p."state" = ${{ learning: 1, review: 2, relearning: 3 }[q.state]}`);
  if (q.due) {
    const before = q.due === 'overdue' ? q.dayStart : q.due === 'today' ? q.dayEnd : q.weekEnd;
    where.push(`${SEEN} AND p."due" < ${dialect.param(dialect.time(before))}`);
  }
  if (q.minLapses !== null) where.push(`coalesce(p."lapses", 0) >= ${dialect.param(q.minLapses)}`);
  if (q.leech !== null) where.push(q.leech ? 'p."leech" IS TRUE' : 'p."leech" IS NOT TRUE');
  if (q.suspended !== null) where.push(q.suspended ? 'p."suspended" IS TRUE' : 'p."suspended" IS NOT TRUE');
  if (q.search) {
    const text = `(n."kk" || ' ' || coalesce(n."headword", '') || ' ' || n."ru" || ' ' || n."en")`;
    const any = q.search.patterns.map((pattern) => `${text} ${dialect.like} ${dialect.param(pattern)} ESCAPE '\\'`);
    if (q.search.lemmas.length) any.push(dialect.inList('n."lemma"', q.search.lemmas));
    where.push(any.length ? `(${any.join(' OR ')})` : 'false');
  }
  const from = `FROM "Card" c JOIN "Note" n ON n."id" = c."noteId" JOIN "Deck" d ON d."id" = c."deckId"
    LEFT JOIN "CardProgress" p ON p."userId" = ${user} AND p."cardId" = c."id"
    WHERE ${where.join(' AND ')}`;
  return { from, order: ORDER[q.sort](q.desc ? 'DESC' : 'ASC') };
}
