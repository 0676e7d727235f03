// Progress dashboards on SQLite: prepared statements on the adapter's connection (see
// docs/decisions/005-progress-rollups.md for why not Prisma). The class queries read a
// whole class at once.
import type Database from 'better-sqlite3';
import type { StudyDayCounts } from '@/lib/progress';
import type { ProgressReader } from '../ports';
import { STUDYABLE_DECK_SQL } from '../studyable';
import { parseSqliteDate, sqliteDate } from './connection';
import { LOG_FACTS_SQL, toLogFacts, type LogFactsRow } from './rollups';

const MEMBERS = 'SELECT userId FROM ClassMember WHERE classId = ?';
/** a JSON array of deck ids */
const DECKS = '(SELECT value FROM json_each(?))';
const STATES = (andWhere = '') => `SELECT state, suspended, count(*) AS n FROM CardProgress WHERE userId = ? ${andWhere} GROUP BY state, suspended`;
const DUE_TIMES = (andWhere = '') => `SELECT due FROM CardProgress WHERE userId = ? AND suspended = 0 AND state <> 0 AND due < ? ${andWhere}`;

export function sqliteProgressReader(db: Database.Database): ProgressReader {
  const st = {
    user: db.prepare<[string], { id: string; name: string; email: string; timeZone: string; dayStartHour: number }>(
      'SELECT id, name, email, timeZone, dayStartHour FROM user WHERE id = ?'),
    studyDays: db.prepare<[string], StudyDayCounts>(`SELECT day, reviews, newCards, durationMs, youngTotal, youngPassed, matureTotal, maturePassed, knownDelta
      FROM StudyDay WHERE userId = ? ORDER BY day`),
    deckLogFacts: db.prepare<[string, string], LogFactsRow>(LOG_FACTS_SQL(`AND l.deckId IN ${DECKS}`)),
    states: db.prepare<[string], { state: number; suspended: number; n: number }>(STATES()),
    deckStates: db.prepare<[string, string], { state: number; suspended: number; n: number }>(STATES(`AND deckId IN ${DECKS}`)),
    dueTimes: db.prepare<[string, string], { due: string }>(DUE_TIMES()),
    deckDueTimes: db.prepare<[string, string, string], { due: string }>(DUE_TIMES(`AND deckId IN ${DECKS}`)),
    studyableDecks: db.prepare<[string, string], { id: string; title: string; words: number; cards: number }>(`SELECT d.id, d.title,
        (SELECT count(*) FROM Note n WHERE n.deckId = d.id AND n.kind = 'word' AND n.deletedAt IS NULL) AS words,
        (SELECT count(*) FROM Card c WHERE c.deckId = d.id AND c.deletedAt IS NULL) AS cards
      FROM Deck d WHERE ${STUDYABLE_DECK_SQL(() => '?')} ORDER BY d.createdAt, d.id`),
    // A word is seen once any of its cards was reviewed, known once its recognition card's
    // stability reaches 21 days.
    deckProgress: db.prepare<[string, string], { deckId: string; cards: number; seen: number; known: number; due: number }>(`SELECT p.deckId, count(*) AS cards,
        count(DISTINCT CASE WHEN n.kind = 'word' THEN p.noteId END) AS seen,
        sum(c.type = 'recognition' AND p.stability >= 21) AS known,
        sum(p.suspended = 0 AND p.state <> 0 AND p.due <= ?) AS due
      FROM CardProgress p JOIN Card c ON c.id = p.cardId JOIN Note n ON n.id = p.noteId
      WHERE p.userId = ? AND c.deletedAt IS NULL AND n.deletedAt IS NULL GROUP BY p.deckId`),
    classById: db.prepare<[string], { id: string; name: string; teacherId: string }>('SELECT id, name, teacherId FROM Class WHERE id = ?'),
    isMember: db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM ClassMember WHERE classId = ? AND userId = ?'),
    members: db.prepare<[string], { id: string; name: string; email: string; timeZone: string; dayStartHour: number }>(
      `SELECT u.id, u.name, u.email, u.timeZone, u.dayStartHour FROM ClassMember m JOIN user u ON u.id = m.userId
      WHERE m.classId = ? ORDER BY u.name, u.id`),
    activity: db.prepare<[string, string], { userId: string; reviews7d: number; reviewed30d: number; passed30d: number; lastAt: string | null }>(
      `WITH w AS (SELECT json_extract(value, '$.u') AS userId, json_extract(value, '$.s7') AS s7, json_extract(value, '$.s30') AS s30 FROM json_each(?)),
        d AS (SELECT value AS deckId FROM json_each(?))
      SELECT w.userId,
        (SELECT count(*) FROM ReviewLog l WHERE l.userId = w.userId AND l.serverAt >= w.s7 AND l.deckId IN (SELECT deckId FROM d) AND l.undone = 0 AND l.rating > 0) AS reviews7d,
        (SELECT count(*) FROM ReviewLog l WHERE l.userId = w.userId AND l.serverAt >= w.s30 AND l.deckId IN (SELECT deckId FROM d) AND l.undone = 0 AND l.rating > 0 AND l.stateBefore = 2) AS reviewed30d,
        (SELECT count(*) FROM ReviewLog l WHERE l.userId = w.userId AND l.serverAt >= w.s30 AND l.deckId IN (SELECT deckId FROM d) AND l.undone = 0 AND l.rating > 0 AND l.stateBefore = 2 AND l.rating > 1) AS passed30d,
        (SELECT max(l.serverAt) FROM ReviewLog l WHERE l.userId = w.userId AND l.deckId IN (SELECT deckId FROM d) AND l.undone = 0 AND l.rating > 0) AS lastAt
      FROM w`),
    classDeckProgress: db.prepare<[string, string], { userId: string; deckId: string; cards: number; seen: number; known: number; due: number }>(`SELECT p.userId, p.deckId, count(*) AS cards,
        count(DISTINCT CASE WHEN n.kind = 'word' THEN p.noteId END) AS seen,
        sum(c.type = 'recognition' AND p.stability >= 21) AS known,
        sum(p.suspended = 0 AND p.state <> 0 AND p.due <= ?) AS due
      FROM CardProgress p JOIN Card c ON c.id = p.cardId JOIN Note n ON n.id = p.noteId
      WHERE p.userId IN (${MEMBERS}) AND c.deletedAt IS NULL AND n.deletedAt IS NULL GROUP BY p.userId, p.deckId`),
    assignedDecks: db.prepare<[string], { id: string; title: string; words: number }>(`SELECT d.id, d.title,
        (SELECT count(*) FROM Note n WHERE n.deckId = d.id AND n.kind = 'word' AND n.deletedAt IS NULL) AS words
      FROM DeckAssignment a JOIN Deck d ON d.id = a.deckId WHERE a.classId = ? ORDER BY a.assignedAt, d.id`),
    noteLapses: db.prepare<[string, string], { deckId: string; noteId: string; reps: number; lapses: number }>(
      `SELECT p.deckId, p.noteId, sum(p.reps) AS reps, sum(p.lapses) AS lapses FROM CardProgress p
      JOIN Note n ON n.id = p.noteId AND n.kind = 'word'
      WHERE p.userId IN (${MEMBERS}) AND p.deckId IN (SELECT value FROM json_each(?)) GROUP BY p.deckId, p.noteId`),
    noteRetention: db.prepare<[string, string], { deckId: string; noteId: string; total: number; passed: number }>(
      `SELECT l.deckId, c.noteId, count(*) AS total, sum(l.rating > 1) AS passed
      FROM ReviewLog l JOIN Card c ON c.id = l.cardId
      WHERE l.userId IN (${MEMBERS}) AND l.deckId IN (SELECT value FROM json_each(?)) AND l.stateBefore = 2 AND l.undone = 0 AND l.rating > 0
      GROUP BY l.deckId, c.noteId`),
    notes: db.prepare<[string], { id: string; kind: string; kk: string; headword: string | null; ru: string; en: string }>(
      'SELECT id, kind, kk, headword, ru, en FROM Note WHERE id IN (SELECT value FROM json_each(?))'),
  };
  return {
    async user(userId) {
      return st.user.get(userId) ?? null;
    },
    async studyDays(userId) {
      return st.studyDays.all(userId);
    },
    async deckLogFacts(userId, deckIds) {
      return st.deckLogFacts.all(userId, JSON.stringify(deckIds)).map(toLogFacts);
    },
    async cardStates(userId, deckIds) {
      const rows = deckIds ? st.deckStates.all(userId, JSON.stringify(deckIds)) : st.states.all(userId);
      return rows.map((r) => ({ state: r.state, suspended: r.suspended === 1, n: r.n }));
    },
    async dueTimes(userId, before, deckIds) {
      const rows = deckIds ? st.deckDueTimes.all(userId, sqliteDate(before), JSON.stringify(deckIds)) : st.dueTimes.all(userId, sqliteDate(before));
      return rows.map((r) => Date.parse(r.due));
    },
    async studyableDecks(userId) {
      return st.studyableDecks.all(userId, userId);
    },
    async deckProgress(userId, now) {
      return st.deckProgress.all(sqliteDate(now), userId);
    },
    async classById(classId) {
      return st.classById.get(classId) ?? null;
    },
    async isMember(classId, userId) {
      return st.isMember.get(classId, userId) !== undefined;
    },
    async classMembers(classId) {
      return st.members.all(classId);
    },
    async classDeckActivity(deckIds, windows) {
      if (!windows.length) return [];
      const w = windows.map((x) => ({ u: x.userId, s7: sqliteDate(x.since7), s30: sqliteDate(x.since30) }));
      return st.activity.all(JSON.stringify(w), JSON.stringify(deckIds)).map((r) => ({ ...r, lastAt: parseSqliteDate(r.lastAt) }));
    },
    async classDeckProgress(classId, now) {
      return st.classDeckProgress.all(sqliteDate(now), classId);
    },
    async assignedDecks(classId) {
      return st.assignedDecks.all(classId);
    },
    async classNoteLapses(classId, deckIds) {
      return st.noteLapses.all(classId, JSON.stringify(deckIds));
    },
    async classNoteRetention(classId, deckIds) {
      return st.noteRetention.all(classId, JSON.stringify(deckIds));
    },
    async notes(noteIds) {
      return noteIds.length ? st.notes.all(JSON.stringify(noteIds)) : [];
    },
  };
}
