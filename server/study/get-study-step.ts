// What the study screen shows next for one learner and deck: the card, the interval each
// rating would give, what is left today, and when the next card is due.
import 'server-only';
import { buildQueue, createScheduler, nextStudyDayStart, studyDayStart, type CardStateCode, type Rating, type SrsCard } from '@/lib/srs';
import { db } from '../db';
import { studyableDeckWhere } from '../decks/deck-access';
import { getLearnerSettings, type LearnerSettings } from '../users/learner-settings';
import { parseClozeData, parseExamples, type CardType, type StudyCardContent } from './card-content';
import { loadDeckQueueInput } from './load-queue-input';

export interface StudyStep {
  deck: { id: string; title: string };
  counts: { new: number; learning: number; review: number };
  card: StudyCardContent | null;
  /** Interval in ms for each rating, from the server's scheduler. */
  intervals: Record<Rating, number> | null;
  nextDueAt: string | null;
  /** ux (issue 10 item 9): the card is shown ahead of time; this is when it is really due. */
  aheadUntil: string | null;
  gloss: 'ru' | 'en' | 'both' | null;
}

export async function getStudyStep(userId: string, deckId: string, now: Date): Promise<StudyStep | null> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...studyableDeckWhere(userId) }, select: { id: true, title: true } });
  if (!deck) return null;
  const settings = await getLearnerSettings(db, userId);
  if (!settings) return null;

  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour);
  const input = await loadDeckQueueInput(userId, deck.id, dayStart);
  const queue = buildQueue({
    now,
    dayStart,
    dayEnd,
    cards: input.cards,
    newIntroducedToday: input.newIntroducedToday,
    newPerDay: settings.newCardsPerDay,
    reviewsDoneToday: input.reviewsDoneToday,
    reviewsPerDay: 200,
  });

  const step: StudyStep = {
    deck,
    counts: queue.counts,
    card: null,
    intervals: null,
    nextDueAt: queue.nextDueAt ? queue.nextDueAt.toISOString() : null,
    aheadUntil: queue.aheadUntil ? queue.aheadUntil.toISOString() : null,
    gloss: settings.glossLanguage,
  };
  if (!queue.next) return step;

  const card = await db.card.findUnique({ where: { id: queue.next }, include: { note: true } });
  if (!card) return step;
  step.card = {
    cardId: card.id,
    type: card.type as CardType,
    kk: card.note.kk,
    headword: card.note.headword,
    lemma: card.note.lemma,
    upos: card.note.upos,
    ru: card.note.ru,
    en: card.note.en,
    comment: card.note.comment,
    commentEn: card.note.commentEn, // ux (issue 10 item 14)
    examples: parseExamples(card.note.examples),
    cloze: card.type === 'cloze' ? parseClozeData(card.data) : null,
  };
  step.intervals = previewIntervals(settings, await currentSrsCard(userId, card.id), now);
  return step;
}

async function currentSrsCard(userId: string, cardId: string): Promise<SrsCard | null> {
  const p = await db.cardProgress.findUnique({ where: { userId_cardId: { userId, cardId } } });
  if (!p) return null;
  return {
    state: p.state as CardStateCode, due: p.due, stability: p.stability, difficulty: p.difficulty,
    scheduledDays: p.scheduledDays, learningSteps: p.learningSteps, reps: p.reps, lapses: p.lapses, lastReview: p.lastReview,
  };
}

function previewIntervals(settings: LearnerSettings, card: SrsCard | null, now: Date): Record<Rating, number> {
  const scheduler = createScheduler({ desiredRetention: settings.desiredRetention, weights: settings.weights });
  const preview = scheduler.preview(card ?? scheduler.newCard(now), now);
  return { 1: preview[1].intervalMs, 2: preview[2].intervalMs, 3: preview[3].intervalMs, 4: preview[4].intervalMs };
}
