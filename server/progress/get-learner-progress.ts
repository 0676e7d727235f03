// Everything the learner's progress page shows, for one learner (the learner themself, or a
// teacher already authorised by get-student-progress.ts).
import 'server-only';
import {
  addDays, dueForecast, knownOverTime, retentionByPeriod, reviewCalendar, streaks, totalsBetween,
  type CalendarDay, type ForecastDay, type KnownPoint, type Retention, type RetentionPeriod, type Streaks, type Totals,
} from '@/lib/progress';
import { studyDayKey } from '@/lib/srs';
import { store } from '../store';
import { rollUpLogs } from '../store/rebuild-study-days';

export interface CardStateCounts { new: number; learning: number; review: number; relearning: number; suspended: number }
export interface DeckProgress { id: string; title: string; words: number; seen: number; known: number; due: number }

export interface LearnerProgress {
  name: string;
  today: string;
  todayCounts: { reviewed: number; newCards: number; due: number };
  /** time spent reviewing, ms */
  timeToday: number;
  timeYear: number;
  totalsYear: Totals;
  streaks: Streaks;
  calendar: CalendarDay[][];
  retention: Record<RetentionPeriod, Retention>;
  states: CardStateCounts;
  wordsKnown: number;
  knownOverTime: KnownPoint[];
  forecast: ForecastDay[];
  decks: DeckProgress[];
}

const FORECAST_DAYS = 30;

/**
 * `onlyDecks`: count these decks alone, in every figure (a teacher sees a student's work in
 * the class's decks, nothing they study elsewhere). The days are then counted from the review
 * log of those decks by the rule that builds the learner's own rollup.
 */
export async function getLearnerProgress(userId: string, now: Date, onlyDecks?: readonly string[]): Promise<LearnerProgress | null> {
  const reader = store().progress;
  const user = await reader.user(userId);
  if (!user) return null;
  const today = studyDayKey(now, user.timeZone, user.dayStartHour);
  const forecastEnd = new Date(now.getTime() + (FORECAST_DAYS + 2) * 86_400_000);
  const inScope = (deckId: string) => !onlyDecks || onlyDecks.includes(deckId);
  const [rollup, dueTimes, stateRows, decks, deckRows] = await Promise.all([
    onlyDecks ? reader.deckLogFacts(userId, onlyDecks).then((logs) => rollUpLogs(logs, user.timeZone, user.dayStartHour)) : reader.studyDays(userId),
    reader.dueTimes(userId, forecastEnd, onlyDecks),
    reader.cardStates(userId, onlyDecks),
    reader.studyableDecks(userId).then((all) => all.filter((d) => inScope(d.id))),
    reader.deckProgress(userId, now).then((all) => all.filter((r) => inScope(r.deckId))),
  ]);
  const todayRow = rollup.find((d) => d.day === today);
  const yearTotals = totalsBetween(rollup, addDays(today, -364), today);

  const forecast = dueForecast(dueTimes, now, user.timeZone, user.dayStartHour, FORECAST_DAYS);

  const states: CardStateCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
  for (const r of stateRows) {
    if (r.suspended) states.suspended += r.n;
    else if (r.state === 0) states.new += r.n;
    else if (r.state === 1) states.learning += r.n;
    else if (r.state === 2) states.review += r.n;
    else states.relearning += r.n;
  }
  const perDeck = new Map(deckRows.map((r) => [r.deckId, r]));
  // Cards never reviewed in the decks the learner may study are new too.
  for (const d of decks) states.new += Math.max(0, d.cards - (perDeck.get(d.id)?.cards ?? 0));

  const deckProgress: DeckProgress[] = decks.map((d) => {
    const p = perDeck.get(d.id);
    return { id: d.id, title: d.title, words: d.words, seen: p?.seen ?? 0, known: p?.known ?? 0, due: p?.due ?? 0 };
  });
  return {
    name: user.name,
    today,
    todayCounts: { reviewed: todayRow?.reviews ?? 0, newCards: todayRow?.newCards ?? 0, due: forecast[0]?.due ?? 0 },
    timeToday: todayRow?.durationMs ?? 0,
    timeYear: yearTotals.durationMs,
    totalsYear: yearTotals,
    streaks: streaks(rollup.filter((d) => d.reviews > 0).map((d) => d.day), today),
    calendar: reviewCalendar(rollup, today),
    retention: retentionByPeriod(rollup, today),
    states,
    wordsKnown: [...perDeck.values()].reduce((s, r) => s + r.known, 0),
    knownOverTime: knownOverTime(rollup, today),
    forecast,
    decks: deckProgress,
  };
}
