// The class progress page: one row per student and, per assigned deck, who started, how
// many words the class knows and which words it finds hardest. Only the class's teacher.
import 'server-only';
import type Database from 'better-sqlite3';
import { addDays, retentionOver, sortStudents, type SortDirection, type StudentRow, type StudentSortKey } from '@/lib/progress';
import { studyDayKey } from '@/lib/srs';
import { sqlite, sqliteDate } from '../db/sqlite';
import { progressStatements, type UserRow } from './progress-queries';

export interface HardWord {
  noteId: string;
  kk: string;
  ru: string;
  en: string;
  reviews: number;
  lapses: number;
  /** lapses per review, over the class */
  lapseRate: number;
  /** pass rate of the class's review-state reviews of the word's cards, null without any */
  retention: number | null;
}

export interface AssignedDeckProgress {
  id: string;
  title: string;
  words: number;
  started: number;
  averageKnown: number;
  hardest: HardWord[];
}

export interface ClassProgress {
  id: string;
  name: string;
  students: StudentRow[];
  decks: AssignedDeckProgress[];
}

interface ClassStatements {
  members: Database.Statement<[string], UserRow>;
  lastDay: Database.Statement<[string], { day: string | null }>;
  recentDays: Database.Statement<[string, string], { day: string; reviews: number; youngTotal: number; youngPassed: number; matureTotal: number; maturePassed: number }>;
  assignedDecks: Database.Statement<[string], { id: string; title: string; words: number }>;
  noteLapses: Database.Statement<[string, string], { noteId: string; reps: number; lapses: number }>;
  noteRetention: Database.Statement<[string, string], { noteId: string; total: number; passed: number }>;
  note: Database.Statement<[string], { kind: string; kk: string; headword: string | null; ru: string; en: string }>;
}

const cache = new WeakMap<Database.Database, ClassStatements>();
function statements(db: Database.Database): ClassStatements {
  const hit = cache.get(db);
  if (hit) return hit;
  const s: ClassStatements = {
    members: db.prepare(`SELECT u.id, u.name, u.email, u.timeZone, u.dayStartHour FROM ClassMember m JOIN user u ON u.id = m.userId
      WHERE m.classId = ? ORDER BY u.name, u.id`),
    lastDay: db.prepare('SELECT max(day) AS day FROM StudyDay WHERE userId = ? AND reviews > 0'),
    recentDays: db.prepare(`SELECT day, reviews, youngTotal, youngPassed, matureTotal, maturePassed FROM StudyDay WHERE userId = ? AND day >= ?`),
    assignedDecks: db.prepare(`SELECT d.id, d.title,
        (SELECT count(*) FROM Note n WHERE n.deckId = d.id AND n.kind = 'word' AND n.deletedAt IS NULL) AS words
      FROM DeckAssignment a JOIN Deck d ON d.id = a.deckId WHERE a.classId = ? ORDER BY a.assignedAt, d.id`),
    noteLapses: db.prepare(`SELECT p.noteId, sum(p.reps) AS reps, sum(p.lapses) AS lapses FROM CardProgress p
      WHERE p.deckId = ? AND p.userId IN (SELECT userId FROM ClassMember WHERE classId = ?) GROUP BY p.noteId`),
    noteRetention: db.prepare(`SELECT c.noteId, count(*) AS total, sum(l.rating > 1) AS passed
      FROM ReviewLog l JOIN Card c ON c.id = l.cardId
      WHERE l.userId IN (SELECT userId FROM ClassMember WHERE classId = ?) AND l.deckId = ? AND l.stateBefore = 2 AND l.undone = 0
      GROUP BY c.noteId`),
    note: db.prepare('SELECT kind, kk, headword, ru, en FROM Note WHERE id = ?'),
  };
  cache.set(db, s);
  return s;
}

/** Words with fewer reviews over the class than this are too little evidence to rank. */
const MIN_REVIEWS_TO_RANK = 3;
const HARDEST = 10;

export interface ClassProgressOptions {
  now: Date;
  sort?: StudentSortKey;
  direction?: SortDirection;
}

/** null when the class does not exist or `teacherId` does not teach it. */
export async function getClassProgress(teacherId: string, classId: string, options: ClassProgressOptions): Promise<ClassProgress | null> {
  const db = sqlite();
  const ps = progressStatements(db);
  const cls = ps.classById.get(classId);
  if (!cls || cls.teacherId !== teacherId) return null;
  const st = statements(db);
  const nowText = sqliteDate(options.now);
  const members = st.members.all(classId);
  const assigned = st.assignedDecks.all(classId);
  const deckKnown = new Map<string, { started: number; known: number }>(assigned.map((d) => [d.id, { started: 0, known: 0 }]));

  const rows: StudentRow[] = members.map((m) => {
    const today = studyDayKey(options.now, m.timeZone, m.dayStartHour);
    const recent = st.recentDays.all(m.id, addDays(today, -29));
    const reviews7d = recent.filter((d) => d.day >= addDays(today, -6) && d.day <= today).reduce((s, d) => s + d.reviews, 0);
    const retention = retentionOver(recent.map((d) => ({ ...d, newCards: 0, durationMs: 0, knownDelta: 0 })), today, 30).all.rate;
    let known = 0;
    let due = 0;
    for (const p of ps.deckProgress.all(nowText, m.id)) {
      known += p.known;
      due += p.due;
      const k = deckKnown.get(p.deckId);
      if (k && p.cards > 0) {
        k.started += 1;
        k.known += p.known;
      }
    }
    return {
      userId: m.id, name: m.name, email: m.email, lastStudied: st.lastDay.get(m.id)?.day ?? null,
      reviews7d, retention30d: retention, wordsKnown: known, dueBacklog: due,
    };
  });

  const decks: AssignedDeckProgress[] = assigned.map((d) => {
    const retention = new Map(st.noteRetention.all(classId, d.id).map((r) => [r.noteId, r]));
    const candidates = st.noteLapses.all(d.id, classId)
      .filter((r) => r.reps >= MIN_REVIEWS_TO_RANK && r.lapses > 0)
      .map((r) => {
        const ret = retention.get(r.noteId);
        return { ...r, lapseRate: r.lapses / r.reps, retention: ret && ret.total > 0 ? ret.passed / ret.total : null };
      })
      .sort((a, b) => b.lapseRate - a.lapseRate || (a.retention ?? 1) - (b.retention ?? 1) || b.reps - a.reps);
    const hardest: HardWord[] = [];
    for (const c of candidates) {
      if (hardest.length >= HARDEST) break;
      const note = st.note.get(c.noteId);
      if (!note || note.kind !== 'word') continue;
      hardest.push({
        noteId: c.noteId, kk: note.headword ?? note.kk, ru: note.ru, en: note.en,
        reviews: c.reps, lapses: c.lapses, lapseRate: c.lapseRate, retention: c.retention,
      });
    }
    const k = deckKnown.get(d.id) ?? { started: 0, known: 0 };
    return { id: d.id, title: d.title, words: d.words, started: k.started, averageKnown: k.started > 0 ? k.known / k.started : 0, hardest };
  });

  return {
    id: cls.id,
    name: cls.name,
    students: sortStudents(rows, options.sort ?? 'name', options.direction ?? 'asc'),
    decks,
  };
}
