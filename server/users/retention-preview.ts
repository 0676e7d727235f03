// What each desired retention would cost this learner: the reviews a day over the next 30 days
// at a few retentions and at their own, simulated (lib/srs simulateRetentionCost) from their own
// cards' memory states, their FSRS parameters (or the defaults), and their limits: new cards a
// day overall and per deck, and the daily review cap (docs/decisions/026).
// Reads only the learner's own data: the caller passes the signed-in learner's id.
import 'server-only';
import { isCardStateCode, normalizeDesiredRetention, seededRandom, simulateRetentionCost, studyDayStart, type MemoryCard } from '@/lib/srs';
import { db } from '../db';
import { store } from '../store';
import { getLearnerSettings } from './learner-settings';
import { ownParametersInUse } from './weights';

export const PREVIEW_RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;
export const PREVIEW_DAYS = 30;
/**
 * A fixed seed: the same cards give the same figures on every reload, so a change the learner
 * sees comes from their choice or their cards, never from the dice.
 */
const SEED = 20_260_516;

export interface RetentionPreviewRow {
  /** in hundredths (0.85) */
  retention: number;
  /** expected reviews a day, on average over the days */
  average: number;
  /** the busiest day's expected reviews */
  busiest: number;
  /** the learner's own desired retention */
  current: boolean;
  /** reviews the cap holds back: still waiting at the end of the last day, and on an average day */
  backlogAtEnd: number;
  backlogAverage: number;
}

export interface RetentionPreview {
  days: number;
  rows: RetentionPreviewRow[];
  /** cards the learner has started, and not met yet in the decks they study */
  cards: number;
  unmetCards: number;
  newCardsPerDay: number;
  /** the learner's daily review cap (null: none) */
  reviewsPerDay: number | null;
  /** parameters fitted to the learner (otherwise ts-fsrs's defaults) */
  ownParameters: boolean;
}

/** The learner's retention next to the preview's own, each once, lowest first. */
function retentionsFor(current: number): number[] {
  const all = [...PREVIEW_RETENTIONS, current].map((r) => Math.round(r * 100));
  return [...new Set(all)].sort((a, b) => a - b).map((r) => r / 100);
}

export async function getRetentionPreview(userId: string, now: Date): Promise<RetentionPreview | null> {
  const [settings, memory] = await Promise.all([getLearnerSettings(db, userId), store().memory.memory(userId)]);
  if (!settings) return null;
  const current = Math.round(normalizeDesiredRetention(settings.desiredRetention) * 100) / 100;
  const cards: MemoryCard[] = [];
  for (const c of memory.cards) if (isCardStateCode(c.state)) cards.push({ ...c, state: c.state });
  const unmetCards = memory.decks.reduce((n, d) => n + d.unmetCards, 0);
  const results = simulateRetentionCost({
    cards,
    newCardDecks: memory.decks.map((d) => ({ unmet: d.unmetCards, newPerDay: d.newCardsPerDay })),
    newCardsPerDay: settings.newCardsPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    weights: settings.weights,
    retentions: retentionsFor(current),
    start: studyDayStart(now, settings.timeZone, settings.dayStartHour),
    days: PREVIEW_DAYS,
    random: seededRandom(SEED),
  });
  return {
    days: PREVIEW_DAYS,
    rows: results.map((r) => ({
      retention: r.retention,
      average: r.average,
      busiest: Math.max(0, ...r.perDay),
      current: Math.round(r.retention * 100) === Math.round(current * 100),
      backlogAtEnd: r.backlog.at(-1) ?? 0,
      backlogAverage: r.backlog.length ? r.backlog.reduce((a, b) => a + b, 0) / r.backlog.length : 0,
    })),
    cards: cards.length,
    unmetCards,
    newCardsPerDay: settings.newCardsPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    ownParameters: ownParametersInUse(settings.weights),
  };
}
