// The card browser's queries, written once for both stores: identifiers quoted (PostgreSQL needs
// it, SQLite accepts it), booleans tested with IS TRUE (both understand it), and only the
// placeholders, LIKE, lists and index hints left to the dialect. Joins that must run in one order
// are written `CROSS JOIN … WHERE`: SQLite keeps that order, PostgreSQL still plans it freely.
//
// At 50,000 cards the cost is the rows each statement touches (docs/decisions/025), so every
// statement is led by an index that delivers its rows in order or counts them without a sort:
// - deck order comes through Card(deckId, sortOrder, id), and the total through
//   Card(deckId, deletedAt), joining the learner's progress only when a filter needs it;
// - a sort by a progress field (due, lapses, reps, interval) is two runs, never one sort of every
//   card: the cards where the field means something (met, with lapses, …) through
//   CardProgress(userId, field) where there is one (due, lapses), then the rest (equal on the
//   field) in deck order;
// - a count of cards that have a progress row counts the learner's progress rows in the decks
//   and takes away those of deleted cards (few), instead of joining every row to its card.
//   A progress row's deckId is its card's, copied when it is written; a card never changes deck.
// A deleted note's cards are deleted with it (server/teach/delete-note.ts,
// server/decks/save-built-deck.ts), so the card's own deletedAt is enough here.
import type { CardBrowseQuery, CardSortKey } from './ports';

export interface BrowseDialect {
  /** adds a parameter, returns its placeholder */
  param(value: unknown): string;
  /** a time as the store's driver takes it */
  time(d: Date): unknown;
  /** `expr IN list` for a list of strings */
  inList(expr: string, values: string[]): string;
  /**
   * A note's texts (kk, headword, ru, en) containing a LIKE pattern, case-insensitively at
   * least for ASCII; the pattern's Cyrillic comes in the cases the search asks for.
   */
  noteTextLike(pattern: string): string;
  /**
   * After a table: the index its rows must come through (SQLite: `INDEXED BY`; PostgreSQL's
   * planner weighs ORDER BY … LIMIT itself). SQLite's planner cannot tell the learner's indexes
   * (userId, …) apart by cost and may read the rows through one that gives no order.
   */
  indexedBy(index: string): string;
  /** a count as a number the driver returns as one */
  int(expr: string): string;
  /**
   * A search finds its notes before it joins their cards. PostgreSQL (true): its planner would
   * walk every card in deck order and test each card's note, the cheapest plan only if LIMIT
   * stopped it early, which the page's `count(*) OVER ()` never lets it do (87 ms at 51,618
   * cards, against the notes' trigram and lemma indexes read first). SQLite (false) reads the
   * tables in the order written, the notes first.
   */
  fencesSearch: boolean;
}

/** One statement's parameters: a fresh dialect, and running what was written with it. */
export interface BrowseStatement extends BrowseDialect {
  all<T>(sql: string): Promise<T[]>;
}

const IS_NEW = '(p."state" IS NULL OR p."state" = 0)';
const SEEN = '(p."state" IS NOT NULL AND p."state" <> 0)';
const DECK_ORDER = (dir: string) => `c."deckId" ${dir}, c."sortOrder" ${dir}, c."id" ${dir}`;

type ProgressSort = 'due' | 'lapses' | 'reps' | 'interval';
/**
 * Per progress sort: its column, the cards on which it means something (they have a progress
 * row; the others are all equal on it), whether those equal ones come first going up, and the
 * index CardProgress(userId, field) that reads the rows in the field's order. Only due and
 * lapses have one: every index of CardProgress is rewritten by every review, and the study loop
 * lost capacity with each added (docs/decisions/025). reps and interval sort the learner's rows
 * as the study queue's index holds them (`covering`: it carries both fields, so the rows' values
 * come from the index without a lookup of each row).
 */
const QUEUE_INDEX = 'CardProgress_userId_deckId_state_due_reps_scheduledDays_idx';
const PROGRESS_SORTS: Record<ProgressSort, { column: string; index?: string; covering?: string; meaningful: string; rest: string; restFirstAscending: boolean }> = {
  // cards never met have no due date: they come after the others either way
  due: { column: 'p."due"', index: 'CardProgress_userId_due_idx', meaningful: SEEN, rest: IS_NEW, restFirstAscending: false },
  lapses: { column: 'p."lapses"', index: 'CardProgress_userId_lapses_idx', meaningful: 'p."lapses" > 0', rest: 'coalesce(p."lapses", 0) <= 0', restFirstAscending: true },
  reps: { column: 'p."reps"', covering: QUEUE_INDEX, meaningful: 'p."reps" > 0', rest: 'coalesce(p."reps", 0) <= 0', restFirstAscending: true },
  interval: { column: 'p."scheduledDays"', covering: QUEUE_INDEX, meaningful: 'p."scheduledDays" > 0', rest: 'coalesce(p."scheduledDays", 0) <= 0', restFirstAscending: true },
};
const isProgressSort = (key: CardSortKey): key is ProgressSort => key in PROGRESS_SORTS;

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

/** What the query's filters ask of a statement, written with that statement's parameters. */
interface Filters {
  /** conditions on the card and its note */
  card: string[];
  /** conditions on the learner's progress row */
  progress: string[];
  /** only a card with a progress row passes (so the row is joined, not outer joined) */
  seenOnly: boolean;
  needsNote: boolean;
  /** the search's condition on the note (any pattern or lemma); null: the note's text is not searched */
  search: string | null;
}

function filters(q: CardBrowseQuery, d: BrowseDialect): Filters {
  const card: string[] = [];
  const progress: string[] = [];
  if (q.noteId) card.push(`c."noteId" = ${d.param(q.noteId)}`);
  if (q.type) card.push(`c."type" = ${d.param(q.type)}`);
  let seenOnly = false;
  if (q.state === 'new') progress.push(IS_NEW);
  else if (q.state) {
    progress.push(`p."state" = ${{ learning: 1, review: 2, relearning: 3 }[q.state]}`);
    seenOnly = true;
  }
  if (q.due) {
    const before = q.due === 'overdue' ? q.dayStart : q.due === 'today' ? q.dayEnd : q.weekEnd;
    progress.push(`${SEEN} AND p."due" < ${d.param(d.time(before))}`);
    seenOnly = true;
  }
  if (q.minLapses !== null) {
    progress.push(`p."lapses" >= ${d.param(q.minLapses)}`);
    seenOnly = true;
  }
  // `= true` (not IS TRUE) so that CardProgress(userId, leech, suspended, deckId) can serve it
  if (q.leech !== null) progress.push(q.leech ? 'p."leech" = true' : 'p."leech" IS NOT TRUE');
  if (q.suspended !== null) progress.push(q.suspended ? 'p."suspended" = true' : 'p."suspended" IS NOT TRUE');
  seenOnly ||= q.leech === true || q.suspended === true;
  let search: string | null = null;
  if (q.search) {
    const any = q.search.patterns.map((pattern) => d.noteTextLike(pattern));
    if (q.search.lemmas.length) any.push(d.inList('n."lemma"', q.search.lemmas));
    search = any.length ? `(${any.join(' OR ')})` : 'false';
  }
  return { card, progress, seenOnly, needsNote: q.search !== null || q.sort === 'word', search };
}

/**
 * The note's texts one by one (SQLite: its LIKE is ASCII-case-insensitive already, and joining
 * the texts would build a string per note, twice the time of the four LIKEs), or joined into one
 * (PostgreSQL: one LIKE per note is faster there; ILIKE, which folds every letter with the
 * locale, only when the pattern has ASCII letters to fold, since Cyrillic comes in its cases).
 */
export const NOTE_TEXT_LIKE = {
  eachText: (placeholder: string) => ['kk', 'headword', 'ru', 'en'].map((column) => `n."${column}" LIKE ${placeholder} ESCAPE '\\'`).join(' OR '),
  joined: (placeholder: string, pattern: string) =>
    `(n."kk" || ' ' || coalesce(n."headword", '') || ' ' || n."ru" || ' ' || n."en") ${/[A-Za-z]/.test(pattern) ? 'ILIKE' : 'LIKE'} ${placeholder} ESCAPE '\\'`,
};

const and = (conditions: string[]) => (conditions.length ? ` AND ${conditions.join(' AND ')}` : '');
const noteJoin = (f: Filters) => (f.needsNote ? 'CROSS JOIN "Note" n' : '');
const noteWhere = (f: Filters) => (f.needsNote ? ' AND n."id" = c."noteId"' : '');

/**
 * FROM … WHERE … of the learner's matching cards, led by Card(deckId, …), or by the notes when
 * their text is searched or sorted on (each note read once, not once per card). `more`: a run's
 * own conditions on the progress row (which join it) or on the note, and the note index to read.
 */
function cardLed(
  userId: string, decks: string[], f: Filters, d: BrowseDialect,
  more: { progress?: string[]; card?: string[]; noteIndex?: string } = {},
): string {
  const progress = [...f.progress, ...(more.progress ?? [])];
  const fenced = f.search !== null && d.fencesSearch;
  // fenced, the notes of the learner's decks only: an unselective search (one letter, which no
  // trigram serves) then reads those decks' notes through Note(deckId, …), not every deck's
  // (one letter, 300,000 notes of other decks: 45 ms, against 180–210 ms)
  const notes = fenced
    ? `(SELECT * FROM "Note" n WHERE ${d.inList('n."deckId"', decks)} AND ${f.search} OFFSET 0) n`
    : `"Note" n${more.noteIndex ? d.indexedBy(more.noteIndex) : ''}`;
  const cards = f.needsNote ? `${notes} CROSS JOIN "Card" c` : '"Card" c';
  const search = f.search !== null && !fenced ? [f.search] : [];
  const where = `c."deletedAt" IS NULL AND ${d.inList('c."deckId"', decks)}${noteWhere(f)}${and(search)}${and(f.card)}${and(more.card ?? [])}${and(progress)}`;
  if (!progress.length && !f.seenOnly) return `FROM ${cards} WHERE ${where}`;
  const user = d.param(userId);
  if (!f.seenOnly) return `FROM ${cards} LEFT JOIN "CardProgress" p ON p."userId" = ${user} AND p."cardId" = c."id" WHERE ${where}`;
  return `FROM ${cards} CROSS JOIN "CardProgress" p WHERE p."userId" = ${user} AND p."cardId" = c."id" AND ${where}`;
}

/**
 * How many of the learner's cards match, with `extra` conditions on a progress row that must
 * exist, or `onNote` conditions on the card's note.
 */
function countSql(userId: string, decks: string[], q: CardBrowseQuery, d: BrowseDialect, extra: string[], onNote: string[] = []): string {
  const base = filters(q, d);
  const f = { ...base, needsNote: base.search !== null || onNote.length > 0 };
  const mustHaveProgress = f.seenOnly || extra.length > 0;
  if (!mustHaveProgress || f.card.length || f.search !== null || onNote.length) {
    const from = cardLed(userId, decks, mustHaveProgress ? { ...f, seenOnly: true } : f, d, { progress: extra, card: onNote });
    return `SELECT ${d.int('count(*)')} AS "n" ${from}`;
  }
  const progress = and([...f.progress, ...extra]);
  const user = d.param(userId);
  const rows = `SELECT count(*) FROM "CardProgress" p WHERE p."userId" = ${user} AND ${d.inList('p."deckId"', decks)}${progress}`;
  const ofDeleted = `SELECT count(*) FROM "Card" c CROSS JOIN "CardProgress" p
    WHERE c."deletedAt" >= ${d.param(d.time(new Date(0)))} AND ${d.inList('c."deckId"', decks)} AND p."userId" = ${user} AND p."cardId" = c."id"${progress}`;
  return `SELECT ${d.int(`(${rows}) - (${ofDeleted})`)} AS "n"`;
}

const page = (q: { offset: number; limit: number }) => `LIMIT ${Math.floor(q.limit)} OFFSET ${Math.floor(q.offset)}`;

/**
 * The ids of one page of the learner's matching cards in `deckIds` (the decks they may study),
 * in the query's order, and how many match in all. Each call of `statement` gives a fresh set
 * of parameters for one SQL statement.
 */
export async function browseIds(
  userId: string, deckIds: string[], q: CardBrowseQuery, statement: () => BrowseStatement,
): Promise<{ total: number; ids: string[] }> {
  const decks = q.deckId ? deckIds.filter((id) => id === q.deckId) : deckIds;
  if (!decks.length) return { total: 0, ids: [] };
  const count = async (extra: string[], onNote: string[] = []) => {
    const s = statement();
    const [row] = await s.all<{ n: number }>(countSql(userId, decks, q, s, extra, onNote));
    return Number(row?.n ?? 0);
  };
  const dir = q.desc ? 'DESC' : 'ASC';
  if (q.sort === 'word') {
    // words by headword through Note(headword), then sentences (no headword, found in that index too) by their text
    const run = (onNote: string, index: string, column: string) => (at: { offset: number; limit: number }) => {
      const s = statement();
      const f = filters(q, s);
      const from = cardLed(userId, decks, f, s, { card: [onNote], noteIndex: f.search !== null ? undefined : index });
      return s.all<{ id: string }>(`SELECT c."id" ${from} ORDER BY n."${column}" ${dir}, c."sortOrder", c."id" ${page(at)}`);
    };
    const words = 'n."headword" IS NOT NULL';
    const [total, ids] = await inRuns(q, count([]), [run(words, 'Note_headword_idx', 'headword'), run('n."headword" IS NULL', 'Note_headword_idx', 'kk')], () => count([], [words]));
    return { total, ids };
  }
  if (!isProgressSort(q.sort)) {
    const s = statement();
    const f = filters(q, s);
    const from = cardLed(userId, decks, f, s);
    if (f.search !== null) {
      // A search reads every matching note anyway: the same pass counts the matches. PostgreSQL
      // gets the matches fenced too, as it gets the notes (fencesSearch): costing the count as if
      // LIMIT cut it short, it joined the cards to the notes in a nested loop, 54 s for a
      // one-letter search with 300,000 notes of other decks in the database, against 45 ms.
      const matches = s.fencesSearch ? `(SELECT c."id", c."deckId", c."sortOrder" ${from} OFFSET 0) c` : null;
      const rows = await s.all<{ id: string; n: number }>(
        `SELECT c."id", ${s.int('count(*) OVER ()')} AS "n" ${matches ? `FROM ${matches}` : from} ORDER BY ${DECK_ORDER(dir)} ${page(q)}`);
      return { total: rows.length ? Number(rows[0]!.n) : await count([]), ids: rows.map((r) => r.id) };
    }
    const [total, rows] = await Promise.all([count([]), s.all<{ id: string }>(`SELECT c."id" ${from} ORDER BY ${DECK_ORDER(dir)} ${page(q)}`)]);
    return { total, ids: rows.map((r) => r.id) };
  }
  const sort = PROGRESS_SORTS[q.sort];
  // the cards where the field means something, in its order, through CardProgress(userId, field),
  // or only those up to `bound` on the field
  const meaningfulPage = (at: { offset: number; limit: number }, bound?: number) => {
    const s = statement();
    const f = filters(q, s);
    const order = `ORDER BY ${sort.column} ${dir}, ${DECK_ORDER('ASC')} ${page(at)}`;
    // a search's few matches are found through the notes and sorted
    if (f.search !== null) return s.all<{ id: string }>(`SELECT c."id" ${cardLed(userId, decks, { ...f, seenOnly: true }, s, { progress: [sort.meaningful] })} ${order}`);
    const upTo = bound === undefined ? '' : ` AND ${sort.column} ${q.desc ? '>=' : '<='} ${s.param(bound)}`;
    const through = sort.index ?? (bound === undefined ? undefined : sort.covering);
    const from = `FROM "CardProgress" p${through ? s.indexedBy(through) : ''} CROSS JOIN "Card" c ${noteJoin(f)}
      WHERE p."userId" = ${s.param(userId)} AND ${s.inList('p."deckId"', decks)} AND c."id" = p."cardId" AND c."deletedAt" IS NULL${noteWhere(f)}${and(f.card)}${and(f.progress)} AND ${sort.meaningful}${upTo}`;
    return s.all<{ id: string }>(`SELECT c."id" ${from} ${order}`);
  };
  const meaningful = async (at: { offset: number; limit: number }) => {
    const s = statement();
    const f = filters(q, s);
    if (sort.index || f.search !== null || f.card.length) return meaningfulPage(at);
    // No index gives this field's order (reps, interval), so the page would join every card of the
    // learner's progress rows to sort them. First the field's value at the page's last place among
    // the progress rows alone (no card read; those rows are a superset of the matching cards, so
    // that value is at least as far as the page's), then the page among the rows up to it. The rows
    // up to it are the start of the whole order, so a full page from them is the page; when cards
    // or filters left it short, the whole order is read after all.
    const [edge] = await s.all<{ v: number }>(`SELECT ${sort.column} AS "v" FROM "CardProgress" p${sort.covering ? s.indexedBy(sort.covering) : ''}
      WHERE p."userId" = ${s.param(userId)} AND ${s.inList('p."deckId"', decks)}${and(f.progress)} AND ${sort.meaningful}
      ORDER BY ${sort.column} ${dir} LIMIT 1 OFFSET ${Math.floor(at.offset + at.limit - 1)}`);
    if (edge) {
      const rows = await meaningfulPage(at, Number(edge.v));
      if (rows.length >= at.limit) return rows;
    }
    return meaningfulPage(at);
  };
  // the others, all equal on the field, in deck order
  const rest = (at: { offset: number; limit: number }) => {
    const s = statement();
    return s.all<{ id: string }>(`SELECT c."id" ${cardLed(userId, decks, filters(q, s), s, { progress: [sort.rest] })} ORDER BY ${DECK_ORDER('ASC')} ${page(at)}`);
  };
  const restFirst = sort.restFirstAscending && !q.desc;
  const total = count([]);
  const [n, ids] = await inRuns(q, total, restFirst ? [rest, meaningful] : [meaningful, rest], async () => {
    const meaningfulSize = await count([sort.meaningful]);
    return restFirst ? (await total) - meaningfulSize : meaningfulSize;
  });
  return { total: n, ids };
}

type Run = (at: { offset: number; limit: number }) => Promise<{ id: string }[]>;

/**
 * One page of two runs shown one after the other, and the total: the second run is read only
 * when the page reaches past the first, and the first run's size counted only when the page
 * starts past its end (the page alone cannot tell where that was).
 */
async function inRuns(q: { offset: number; limit: number }, total: Promise<number>, [first, second]: [Run, Run], firstSize: () => Promise<number>): Promise<[number, string[]]> {
  const [n, firstRows] = await Promise.all([total, first(q)]);
  const ids = firstRows.map((r) => r.id);
  if (ids.length >= q.limit) return [n, ids];
  const size = ids.length || q.offset === 0 ? q.offset + ids.length : await firstSize();
  if (size >= n) return [n, ids];
  const more = await second({ offset: Math.max(0, q.offset - size), limit: q.limit - ids.length });
  return [n, [...ids, ...more.map((r) => r.id)]];
}
