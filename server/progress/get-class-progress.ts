// The class progress page: one row per student and, per assigned deck, who started, how
// many words the class knows and which words it finds hardest. Only the class's teacher.
import 'server-only';
import { daysBetween, sortStudents, type SortDirection, type StudentRow, type StudentSortKey } from '@/lib/progress';
import { studyDayKey, studyDayStart } from '@/lib/srs';
import { store } from '../store';

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

const DAY_MS = 86_400_000;

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
  const reader = store().progress;
  const cls = await reader.classById(classId);
  if (!cls || cls.teacherId !== teacherId) return null;
  const [members, assigned] = await Promise.all([reader.classMembers(classId), reader.assignedDecks(classId)]);
  const deckIds = assigned.map((d) => d.id);
  const classDecks = new Set(deckIds);
  // Each member's own study days: the start of the day 6 and 29 days before today, in their zone
  // (found from a moment near noon of that day, so a daylight-saving change cannot shift it).
  const dayStartBefore = (m: (typeof members)[number], days: number) => {
    const today = studyDayStart(options.now, m.timeZone, m.dayStartHour).getTime();
    return studyDayStart(new Date(today - days * DAY_MS + 12 * 3_600_000), m.timeZone, m.dayStartHour);
  };
  const windows = members.map((m) => ({ userId: m.id, since7: dayStartBefore(m, 6), since30: dayStartBefore(m, 29) }));
  const [activity, deckRows, lapses, retentionRows] = await Promise.all([
    // Only the class's decks count in its figures (the last day studied too), not what the student studies elsewhere.
    deckIds.length ? reader.classDeckActivity(deckIds, windows) : Promise.resolve([]),
    reader.classDeckProgress(classId, options.now),
    deckIds.length ? reader.classNoteLapses(classId, deckIds) : Promise.resolve([]),
    deckIds.length ? reader.classNoteRetention(classId, deckIds) : Promise.resolve([]),
  ]);
  const activityOf = new Map(activity.map((a) => [a.userId, a]));
  const deckRowsBy = groupBy(deckRows.filter((r) => classDecks.has(r.deckId)), (r) => r.userId);
  const deckKnown = new Map<string, { started: number; known: number }>(assigned.map((d) => [d.id, { started: 0, known: 0 }]));

  const rows: StudentRow[] = members.map((m) => {
    const a = activityOf.get(m.id);
    const reviews7d = a?.reviews7d ?? 0;
    const retention = a && a.reviewed30d > 0 ? a.passed30d / a.reviewed30d : null;
    let known = 0;
    let due = 0;
    for (const p of deckRowsBy.get(m.id) ?? []) {
      known += p.known;
      due += p.due;
      const k = deckKnown.get(p.deckId);
      if (k && p.cards > 0) {
        k.started += 1;
        k.known += p.known;
      }
    }
    const lastStudied = a?.lastAt ? studyDayKey(a.lastAt, m.timeZone, m.dayStartHour) : null;
    return {
      userId: m.id, name: m.name, email: m.email, lastStudied,
      // In the student's own days, as the key is: their "today" may not be the teacher's.
      lastStudiedDaysAgo: lastStudied ? daysBetween(lastStudied, studyDayKey(options.now, m.timeZone, m.dayStartHour)) : null,
      reviews7d, retention30d: retention, wordsKnown: known, dueBacklog: due,
    };
  });

  const retentionBy = groupBy(retentionRows, (r) => r.deckId);
  const candidatesBy = new Map(
    assigned.map((d) => {
      const retention = new Map((retentionBy.get(d.id) ?? []).map((r) => [r.noteId, r]));
      const ranked = lapses
        .filter((r) => r.deckId === d.id && r.reps >= MIN_REVIEWS_TO_RANK && r.lapses > 0)
        .map((r) => {
          const ret = retention.get(r.noteId);
          return { ...r, lapseRate: r.lapses / r.reps, retention: ret && ret.total > 0 ? ret.passed / ret.total : null };
        })
        .sort((a, b) => b.lapseRate - a.lapseRate || (a.retention ?? 1) - (b.retention ?? 1) || b.reps - a.reps);
      return [d.id, ranked] as const;
    }),
  );
  const wanted = [...candidatesBy.values()].flatMap((c) => c.slice(0, HARDEST).map((r) => r.noteId));
  const notes = new Map((await reader.notes([...new Set(wanted)])).map((n) => [n.id, n]));

  const decks: AssignedDeckProgress[] = assigned.map((d) => {
    const hardest: HardWord[] = [];
    for (const c of (candidatesBy.get(d.id) ?? []).slice(0, HARDEST)) {
      const note = notes.get(c.noteId);
      if (!note) continue;
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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
