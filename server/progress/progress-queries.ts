// The SQL the progress use cases share, on the direct SQLite connection (see
// docs/decisions/005-progress-rollups.md for why not Prisma), prepared once per connection.
import 'server-only';
import type Database from 'better-sqlite3';
import type { StudyDayCounts } from '@/lib/progress';

export interface UserRow { id: string; name: string; email: string; timeZone: string; dayStartHour: number }
export interface DeckRow { id: string; title: string; words: number }
export interface DeckProgressRow { deckId: string; cards: number; seen: number; known: number; due: number }
export interface StateRow { state: number; suspended: number; n: number }

export interface ProgressStatements {
  user: Database.Statement<[string], UserRow>;
  studyDays: Database.Statement<[string], StudyDayCounts>;
  states: Database.Statement<[string], StateRow>;
  dueTimes: Database.Statement<[string, string], { due: string }>;
  studyableDecks: Database.Statement<[string, string], DeckRow & { cards: number }>;
  deckProgress: Database.Statement<[string, string], DeckProgressRow>;
  classById: Database.Statement<[string], { id: string; name: string; teacherId: string }>;
  isMember: Database.Statement<[string, string], { one: number }>;
}

const cache = new WeakMap<Database.Database, ProgressStatements>();

// Which decks a learner may study: the rule of server/decks/deck-access.ts.
const STUDYABLE = `d.visibility = 'public' OR d.ownerId = ? OR EXISTS (
  SELECT 1 FROM DeckAssignment a JOIN ClassMember m ON m.classId = a.classId WHERE a.deckId = d.id AND m.userId = ?)`;

export function progressStatements(db: Database.Database): ProgressStatements {
  const hit = cache.get(db);
  if (hit) return hit;
  const s: ProgressStatements = {
    user: db.prepare('SELECT id, name, email, timeZone, dayStartHour FROM user WHERE id = ?'),
    studyDays: db.prepare(`SELECT day, reviews, newCards, durationMs, youngTotal, youngPassed, matureTotal, maturePassed, knownDelta
      FROM StudyDay WHERE userId = ? ORDER BY day`),
    states: db.prepare('SELECT state, suspended, count(*) AS n FROM CardProgress WHERE userId = ? GROUP BY state, suspended'),
    dueTimes: db.prepare('SELECT due FROM CardProgress WHERE userId = ? AND suspended = 0 AND state <> 0 AND due < ?'),
    studyableDecks: db.prepare(`SELECT d.id, d.title,
        (SELECT count(*) FROM Note n WHERE n.deckId = d.id AND n.kind = 'word' AND n.deletedAt IS NULL) AS words,
        (SELECT count(*) FROM Card c WHERE c.deckId = d.id AND c.deletedAt IS NULL) AS cards
      FROM Deck d WHERE ${STUDYABLE} ORDER BY d.createdAt, d.id`),
    // Words are counted by their recognition card: seen once reviewed, known at stability ≥ 21 days.
    deckProgress: db.prepare(`SELECT p.deckId, count(*) AS cards,
        sum(c.type = 'recognition') AS seen,
        sum(c.type = 'recognition' AND p.stability >= 21) AS known,
        sum(p.suspended = 0 AND p.state <> 0 AND p.due <= ?) AS due
      FROM CardProgress p JOIN Card c ON c.id = p.cardId
      WHERE p.userId = ? AND c.deletedAt IS NULL GROUP BY p.deckId`),
    classById: db.prepare('SELECT id, name, teacherId FROM Class WHERE id = ?'),
    isMember: db.prepare('SELECT 1 AS one FROM ClassMember WHERE classId = ? AND userId = ?'),
  };
  cache.set(db, s);
  return s;
}
