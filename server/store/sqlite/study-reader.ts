// What the study queue needs on SQLite: only the rows it can show soon (see ports.ts), through
// indexes: CardProgress(userId, deckId, due), ReviewLog(userId, serverAt), Card(deckId, sortOrder, id).
import type Database from 'better-sqlite3';
import type { StudyProgress, StudyQueueRow, StudyReader } from '../ports';
import { STUDYABLE_DECK_SQL } from '../studyable';
import { parseSqliteDate, sqliteDate } from './connection';

interface Row {
  cardId: string; noteId: string; sortOrder: number; state: number; due: string; stability: number; difficulty: number;
  scheduledDays: number; learningSteps: number; reps: number; lapses: number; lastReview: string | null; suspended: number;
}

const PROGRESS = `SELECT p.cardId, c.noteId, c.sortOrder, p.state, p.due, p.stability, p.difficulty, p.scheduledDays, p.learningSteps,
    p.reps, p.lapses, p.lastReview, p.suspended
  FROM CardProgress p JOIN Card c ON c.id = p.cardId JOIN Note n ON n.id = c.noteId`;
const LIVE = 'c.deletedAt IS NULL AND n.deletedAt IS NULL';

export function sqliteStudyReader(db: Database.Database): StudyReader {
  const st = {
    deck: db.prepare<[string, string, string, string], { id: string; title: string; timeZone: string; dayStartHour: number; desiredRetention: number; fsrsWeights: string | null; newCardsPerDay: number; reviewsPerDay: number | null; deckNewPerDay: number | null; glossLanguage: string | null }>(
      `SELECT d.id, d.title, u.timeZone, u.dayStartHour, u.desiredRetention, u.fsrsWeights, u.newCardsPerDay, u.reviewsPerDay,
        dl.newCardsPerDay AS deckNewPerDay, u.glossLanguage
      FROM Deck d JOIN user u ON u.id = ? LEFT JOIN DeckStudyLimit dl ON dl.userId = u.id AND dl.deckId = d.id
      WHERE d.id = ? AND ${STUDYABLE_DECK_SQL(() => '?')}`),
    learning: db.prepare<[string, string, string, number], Row>(
      `${PROGRESS} WHERE p.userId = ? AND p.deckId = ? AND p.suspended = 0 AND p.state IN (1, 3) AND p.due < ? AND ${LIVE} ORDER BY p.due LIMIT ?`),
    reviews: db.prepare<[string, string, string, number], Row>(
      `${PROGRESS} WHERE p.userId = ? AND p.deckId = ? AND p.suspended = 0 AND p.state = 2 AND p.due < ? AND ${LIVE} ORDER BY p.due LIMIT ?`),
    // Counted on the index alone; cards deleted from the deck meanwhile may count until reviewed.
    dueCounts: db.prepare<[string, string, string], { learning: number | null; reviews: number | null }>(
      `SELECT sum(state IN (1, 3)) AS learning, sum(state = 2) AS reviews FROM CardProgress
      WHERE userId = ? AND deckId = ? AND due < ? AND suspended = 0 AND state <> 0`),
    reviewedToday: db.prepare<[string, string, string], { noteId: string }>(
      `SELECT DISTINCT c.noteId FROM ReviewLog l JOIN Card c ON c.id = l.cardId WHERE l.userId = ? AND l.serverAt >= ? AND l.deckId = ? AND l.undone = 0 AND l.rating > 0`),
    later: db.prepare<[string, string, string], Row>(
      `${PROGRESS} WHERE p.userId = ? AND p.deckId = ? AND p.suspended = 0 AND p.state <> 0 AND p.due >= ? AND ${LIVE} ORDER BY p.due LIMIT 1`),
    fresh: db.prepare<[string, string, number], { cardId: string; noteId: string; sortOrder: number }>(
      `SELECT c.id AS cardId, c.noteId, c.sortOrder FROM Card c JOIN Note n ON n.id = c.noteId
      WHERE c.deckId = ? AND ${LIVE} AND NOT EXISTS (
        SELECT 1 FROM CardProgress p WHERE p.userId = ? AND p.cardId = c.id AND (p.state <> 0 OR p.suspended = 1))
      ORDER BY c.sortOrder, c.id LIMIT ?`),
    // New cards asked for ("study this word"), the latest first: state-0 rows with requestedAt.
    requested: db.prepare<[string, string, number], { cardId: string; noteId: string; sortOrder: number; requestedAt: string }>(
      `SELECT p.cardId, c.noteId, c.sortOrder, p.requestedAt FROM CardProgress p JOIN Card c ON c.id = p.cardId JOIN Note n ON n.id = c.noteId
      WHERE p.userId = ? AND p.deckId = ? AND p.state = 0 AND p.suspended = 0 AND p.requestedAt IS NOT NULL AND ${LIVE}
      ORDER BY p.requestedAt DESC LIMIT ?`),
    // The learner's reviews today through ReviewLog(userId, serverAt): this deck's and all decks' (the overall limits).
    today: db.prepare<[string, string, string, string], { newCards: number | null; reviews: number | null; newAll: number | null; reviewsAll: number | null }>(
      `SELECT sum(stateBefore = 0 AND deckId = ?) AS newCards, sum(stateBefore = 2 AND deckId = ?) AS reviews,
        sum(stateBefore = 0) AS newAll, sum(stateBefore = 2) AS reviewsAll FROM ReviewLog
      WHERE userId = ? AND serverAt >= ? AND undone = 0 AND rating > 0`),
    contents: db.prepare<[string], { cardId: string; type: string; data: string; kk: string; headword: string | null; lemma: string | null; upos: string | null; ru: string; en: string; comment: string | null; commentEn: string | null; examples: string }>(
      `SELECT c.id AS cardId, c.type, c.data, n.kk, n.headword, n.lemma, n.upos, n.ru, n.en, n.comment, n.commentEn, n.examples
      FROM Card c JOIN Note n ON n.id = c.noteId WHERE c.id IN (SELECT value FROM json_each(?))`),
  };
  const progress = (r: Row): StudyProgress => ({
    state: r.state, due: parseSqliteDate(r.due), stability: r.stability, difficulty: r.difficulty, scheduledDays: r.scheduledDays,
    learningSteps: r.learningSteps, reps: r.reps, lapses: r.lapses, lastReview: parseSqliteDate(r.lastReview), suspended: r.suspended === 1,
  });
  return {
    async deckAndSettings(userId, deckId) {
      const r = st.deck.get(userId, deckId, userId, userId);
      if (!r) return null;
      const { id, title, ...settings } = r;
      return { deck: { id, title }, settings };
    },
    async queue(userId, deckId, w) {
      const end = sqliteDate(w.dayEnd);
      const start = sqliteDate(w.dayStart);
      const byId = new Map<string, StudyQueueRow>();
      const add = (r: Row) => byId.set(r.cardId, { cardId: r.cardId, noteId: r.noteId, sortOrder: r.sortOrder, progress: progress(r) });
      for (const r of st.learning.all(userId, deckId, end, w.dueRows)) add(r);
      for (const r of st.reviews.all(userId, deckId, end, w.dueRows)) add(r);
      const later = st.later.get(userId, deckId, end);
      if (later) add(later);
      for (const r of st.requested.all(userId, deckId, w.newRows)) {
        if (!byId.has(r.cardId)) byId.set(r.cardId, { cardId: r.cardId, noteId: r.noteId, sortOrder: r.sortOrder, progress: null, requestedAt: parseSqliteDate(r.requestedAt) });
      }
      for (const r of st.fresh.all(deckId, userId, w.newRows)) if (!byId.has(r.cardId)) byId.set(r.cardId, { ...r, progress: null });
      const today = st.today.get(deckId, deckId, userId, start);
      const due = st.dueCounts.get(userId, deckId, end);
      return {
        cards: [...byId.values()],
        reviewedTodayNotes: st.reviewedToday.all(userId, start, deckId).map((r) => r.noteId),
        learningDue: due?.learning ?? 0,
        reviewsDue: due?.reviews ?? 0,
        newIntroducedToday: today?.newCards ?? 0,
        reviewsDoneToday: today?.reviews ?? 0,
        newIntroducedTodayAllDecks: today?.newAll ?? 0,
        reviewsDoneTodayAllDecks: today?.reviewsAll ?? 0,
      };
    },
    async contents(cardIds) {
      return cardIds.length ? st.contents.all(JSON.stringify(cardIds)) : [];
    },
  };
}
