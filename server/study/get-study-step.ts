// What the study screen shows next for one learner and deck: the card to show now, the few
// after it (so the page can move on without waiting for the server), what is left today and
// when the next card is due. Reads only the rows the queue can use (store().study), never the
// whole deck: its cost follows what is due, not the deck's size (docs/decisions/009).
import 'server-only';
import { createScheduler, newHeldBack, nextStudyDayStart, planStudy, reviewsLeft, studyDayStart, type CardStateCode, type NewHeldBack, type QueueCard, type Rating, type SrsCard } from '@/lib/srs';
import { store, type CardContentRow, type StudyProgress } from '../store';
import { parseWeights } from '../users/weights';
import { parseClozeData, parseExamples, type CardType, type StudyCardContent } from './card-content';

/** A card's SRS state as JSON: what the page schedules with (dates as ISO strings). */
export interface SrsState {
  state: CardStateCode;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: string | null;
}

export interface StudyItem {
  cardId: string;
  /** null: the learner has not seen the card yet */
  srs: SrsState | null;
  /** left out for cards the page said it holds */
  content?: StudyCardContent;
}

export interface StudyStep {
  deck: { id: string; title: string };
  counts: { new: number; learning: number; review: number };
  /** The card to show now (always with its content). */
  card: StudyCardContent | null;
  /** Interval in ms for each rating of `card`, from the server's scheduler. */
  intervals: Record<Rating, number> | null;
  /** `card` and the cards after it, in the order the queue policy shows them. */
  queue: StudyItem[];
  nextDueAt: string | null;
  /**
   * Never-seen cards of this deck wait, held back by today's new-card limit: the learner's own
   * limit for this deck ('deck') or the overall one ('overall'), and how many a day it allows.
   * null: the limit holds nothing back (or nothing new is left).
   */
  newHeldBack: NewHeldBack | null;
  /** when the learner's study day ends: what the page holds back for today is free again then */
  dayEnd: string;
  gloss: 'ru' | 'en' | 'both' | null;
  /** what the page needs to schedule a card the same way as the server */
  scheduler: { desiredRetention: number; weights: number[] | null };
  /** the server's clock when the step was made */
  at: string;
}

/** How many cards a step lines up: enough to keep showing cards through a slow answer or two. */
export const UPCOMING = 8;
const DUE_ROWS = 16;
const NEW_ROWS_MAX = 200;

function srsState(p: StudyProgress): SrsState {
  return {
    state: p.state as CardStateCode, due: p.due.toISOString(), stability: p.stability, difficulty: p.difficulty,
    scheduledDays: p.scheduledDays, learningSteps: p.learningSteps, reps: p.reps, lapses: p.lapses,
    lastReview: p.lastReview ? p.lastReview.toISOString() : null,
  };
}

export function srsCard(s: SrsState): SrsCard {
  return { ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null };
}

export function content(row: CardContentRow): StudyCardContent {
  return {
    cardId: row.cardId, type: row.type as CardType, kk: row.kk, headword: row.headword, lemma: row.lemma, upos: row.upos,
    ru: row.ru, en: row.en, comment: row.comment, commentEn: row.commentEn, examples: parseExamples(row.examples),
    cloze: row.type === 'cloze' ? parseClozeData(row.data) : null,
  };
}

function glossOf(value: string | null): StudyStep['gloss'] {
  return value === 'ru' || value === 'en' || value === 'both' ? value : null;
}

export interface StudyStepOptions {
  /** cards whose content the page already holds */
  have?: readonly string[];
  /** how many cards to line up (default UPCOMING) */
  upcoming?: number;
}

export async function getStudyStep(userId: string, deckId: string, now: Date, options: StudyStepOptions = {}): Promise<StudyStep | null> {
  const study = store().study;
  const found = await study.deckAndSettings(userId, deckId);
  if (!found) return null;
  const { deck, settings } = found;
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour);
  const rows = await study.queue(userId, deck.id, {
    dayStart,
    dayEnd,
    // Enough to line the next cards up past held-back siblings; the counts come from the index.
    dueRows: DUE_ROWS,
    // Siblings hold some never-seen cards back: read a few more than the day's limit.
    newRows: Math.min(NEW_ROWS_MAX, settings.newCardsPerDay * 3 + 10),
  });
  const byId = new Map(rows.cards.map((c) => [c.cardId, c]));
  const queueCards: QueueCard[] = rows.cards.map((c) => ({
    cardId: c.cardId, noteId: c.noteId, sortOrder: c.sortOrder, requestedAt: c.requestedAt ?? null,
    progress: c.progress ? { state: c.progress.state as CardStateCode, due: c.progress.due, suspended: c.progress.suspended, lastReview: c.progress.lastReview } : null,
  }));
  const plan = planStudy({
    now, dayStart, dayEnd, cards: queueCards,
    newIntroducedToday: rows.newIntroducedToday, newIntroducedTodayAllDecks: rows.newIntroducedTodayAllDecks,
    newPerDay: settings.newCardsPerDay, deckNewPerDay: settings.deckNewPerDay,
    reviewsDoneToday: rows.reviewsDoneToday, reviewsDoneTodayAllDecks: rows.reviewsDoneTodayAllDecks,
    reviewsPerDay: settings.reviewsPerDay,
    reviewedTodayNotes: rows.reviewedTodayNotes,
    upcoming: options.upcoming ?? UPCOMING,
  });
  // The plan saw only the first due cards: what is left today comes from the counts of all.
  const reviewsRead = rows.cards.filter((c) => c.progress?.state === 2 && c.progress.due < dayEnd).length;
  const counts = {
    new: plan.counts.new,
    learning: rows.learningDue,
    // Every due review read: the plan's count, which leaves out siblings buried today; else all due, under the cap.
    review: reviewsRead >= rows.reviewsDue ? plan.counts.review : Math.min(reviewsLeft(settings.reviewsPerDay, rows.reviewsDoneTodayAllDecks), rows.reviewsDue),
  };
  const weights = parseWeights(settings.fsrsWeights);
  const limits = {
    newPerDay: settings.newCardsPerDay, newIntroducedTodayAllDecks: rows.newIntroducedTodayAllDecks,
    deckNewPerDay: settings.deckNewPerDay, deckNewIntroducedToday: rows.newIntroducedToday,
  };
  const unseenLeft = rows.cards.some((c) => (c.progress === null || c.progress.state === 0) && !c.progress?.suspended);
  const heldBack = newHeldBack({ ...limits, unseenLeft });
  const step: StudyStep = {
    deck,
    counts,
    card: null,
    intervals: null,
    queue: [],
    nextDueAt: plan.nextDueAt ? plan.nextDueAt.toISOString() : null,
    newHeldBack: heldBack,
    dayEnd: dayEnd.toISOString(),
    gloss: glossOf(settings.glossLanguage),
    scheduler: { desiredRetention: settings.desiredRetention, weights },
    at: now.toISOString(),
  };
  if (!plan.upcoming.length) return step;

  const have = new Set(options.have ?? []);
  const first = plan.upcoming[0]!;
  const wanted = plan.upcoming.filter((id) => id === first || !have.has(id));
  const contents = new Map((await study.contents(wanted)).map((r) => [r.cardId, content(r)]));
  step.queue = plan.upcoming.map((cardId) => {
    const p = byId.get(cardId)?.progress;
    const c = have.has(cardId) ? undefined : contents.get(cardId);
    return { cardId, srs: p ? srsState(p) : null, ...(c ? { content: c } : {}) };
  });
  step.card = contents.get(first) ?? null;
  if (step.card) {
    const scheduler = createScheduler({ desiredRetention: settings.desiredRetention, weights });
    const p = byId.get(first)?.progress;
    const preview = scheduler.preview(p ? srsCard(srsState(p)) : scheduler.newCard(now), now, first);
    step.intervals = { 1: preview[1].intervalMs, 2: preview[2].intervalMs, 3: preview[3].intervalMs, 4: preview[4].intervalMs };
  }
  return step;
}
