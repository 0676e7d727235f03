// The card browser's query, written once for both stores: identifiers quoted (PostgreSQL needs
// it, SQLite accepts it), booleans tested with IS TRUE (both understand it), and only the
// placeholders, LIKE and list parameters left to the dialect.
//
// At 50,000 cards the cost is the rows each statement touches, so: the decks the learner may
// study are read first (a handful of rows) and the cards come through Card(deckId, sortOrder,
// id); the count and the page's ids join only what the filters and the sort need (the learner's
// progress, the note's text); the page's 50 rows then get their columns by id. A deleted note's
// cards are deleted with it (server/teach/delete-note.ts, server/decks/save-built-deck.ts), so
// the card's own deletedAt is enough here.
import type { CardBrowseQuery, CardSortKey } from './ports';

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
const PROGRESS_SORTS: readonly CardSortKey[] = ['due', 'lapses', 'reps', 'interval'];

const ORDER: Record<CardSortKey, (dir: string) => string> = {
  // decks one after the other, each in its own order: Card(deckId, sortOrder, id) read in order
  deck: (dir) => `c."deckId" ${dir}, c."sortOrder" ${dir}, c."id" ${dir}`,
  // cards never met have no due date: they come after the others either way
  due: (dir) => `${IS_NEW} ASC, p."due" ${dir}, c."sortOrder", c."id"`,
  word: (dir) => `coalesce(n."headword", n."kk") ${dir}, c."sortOrder", c."id"`,
  lapses: (dir) => `coalesce(p."lapses", 0) ${dir}, c."sortOrder", c."id"`,
  reps: (dir) => `coalesce(p."reps", 0) ${dir}, c."sortOrder", c."id"`,
  interval: (dir) => `coalesce(p."scheduledDays", 0) ${dir}, c."sortOrder", c."id"`,
};

/** The page's rows by card id (the dialect's list of ids), with the learner's progress. */
export function browseRowsSql(userId: string, ids: string[], dialect: BrowseDialect): string {
  return `SELECT c."id" AS "cardId", c."noteId", c."deckId", d."title" AS "deckTitle", c."type", n."kk", n."headword", n."ru", n."en",
    coalesce(p."state", 0) AS "state", CASE WHEN ${IS_NEW} THEN NULL ELSE p."due" END AS "due", coalesce(p."stability", 0) AS "stability",
    coalesce(p."scheduledDays", 0) AS "scheduledDays", coalesce(p."reps", 0) AS "reps", coalesce(p."lapses", 0) AS "lapses",
    coalesce(p."suspended", false) AS "suspended", coalesce(p."leech", false) AS "leech", p."lastReview"
  FROM "Card" c JOIN "Note" n ON n."id" = c."noteId" JOIN "Deck" d ON d."id" = c."deckId"
    LEFT JOIN "CardProgress" p ON p."userId" = ${dialect.param(userId)} AND p."cardId" = c."id"
  WHERE ${dialect.inList('c."id"', ids)}`;
}

/**
 * FROM … WHERE … of the learner's matching cards in `deckIds` (the decks they may study), and
 * the ORDER BY of the query's sort. null: no deck to look in.
 */
export function browseSql(userId: string, deckIds: string[], q: CardBrowseQuery, dialect: BrowseDialect): { from: string; order: string } | null {
  const decks = q.deckId ? deckIds.filter((id) => id === q.deckId) : deckIds;
  if (!decks.length) return null;
  const where = ['c."deletedAt" IS NULL', dialect.inList('c."deckId"', decks)];
  if (q.noteId) where.push(`c."noteId" = ${dialect.param(q.noteId)}`);
  if (q.type) where.push(`c."type" = ${dialect.param(q.type)}`);
  // Filters that only a card the learner has met passes: the progress row is joined, not outer joined.
  let seenOnly = false;
  if (q.state === 'new') where.push(IS_NEW);
  else if (q.state) {
    where.push(`p."state" = ${{ learning: 1, review: 2, relearning: 3 }[q.state]}`);
    seenOnly = true;
  }
  if (q.due) {
    const before = q.due === 'overdue' ? q.dayStart : q.due === 'today' ? q.dayEnd : q.weekEnd;
    where.push(`${SEEN} AND p."due" < ${dialect.param(dialect.time(before))}`);
    seenOnly = true;
  }
  if (q.minLapses !== null) {
    where.push(`p."lapses" >= ${dialect.param(q.minLapses)}`);
    seenOnly = true;
  }
  if (q.leech !== null) where.push(q.leech ? 'p."leech" IS TRUE' : 'p."leech" IS NOT TRUE');
  if (q.suspended !== null) where.push(q.suspended ? 'p."suspended" IS TRUE' : 'p."suspended" IS NOT TRUE');
  seenOnly ||= q.leech === true || q.suspended === true;
  const needsProgress = seenOnly || q.state !== null || q.leech !== null || q.suspended !== null || PROGRESS_SORTS.includes(q.sort);
  const needsNote = q.search !== null || q.sort === 'word';
  if (q.search) {
    const text = `(n."kk" || ' ' || coalesce(n."headword", '') || ' ' || n."ru" || ' ' || n."en")`;
    const any = q.search.patterns.map((pattern) => `${text} ${dialect.like} ${dialect.param(pattern)} ESCAPE '\\'`);
    if (q.search.lemmas.length) any.push(dialect.inList('n."lemma"', q.search.lemmas));
    where.push(any.length ? `(${any.join(' OR ')})` : 'false');
  }
  const user = needsProgress ? dialect.param(userId) : '';
  const progress = !needsProgress ? '' : seenOnly
    ? `JOIN "CardProgress" p ON p."userId" = ${user} AND p."cardId" = c."id"`
    : `LEFT JOIN "CardProgress" p ON p."userId" = ${user} AND p."cardId" = c."id"`;
  const from = `FROM "Card" c ${needsNote ? 'JOIN "Note" n ON n."id" = c."noteId"' : ''} ${progress} WHERE ${where.join(' AND ')}`;
  return { from, order: ORDER[q.sort](q.desc ? 'DESC' : 'ASC') };
}
