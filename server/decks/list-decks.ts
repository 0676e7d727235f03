// The decks a learner may study, each with what is new, in learning and due today.
import 'server-only';
import { buildQueue, nextStudyDayStart, studyDayStart } from '@/lib/srs';
import { db } from '../db';
import { loadDeckQueueInput } from '../study/load-queue-input';
import { getLearnerSettings } from '../users/learner-settings';
import { studyableDeckWhere } from './deck-access';

export interface DeckSummary {
  id: string;
  title: string;
  description: string;
  cardCount: number;
  classNames: string[];
  counts: { new: number; learning: number; review: number };
}

export async function listDecks(userId: string, now: Date): Promise<DeckSummary[]> {
  const settings = await getLearnerSettings(db, userId);
  if (!settings) return [];
  const decks = await db.deck.findMany({
    where: studyableDeckWhere(userId),
    orderBy: [{ createdAt: 'asc' }],
    select: {
      id: true, title: true, description: true,
      _count: { select: { cards: { where: { deletedAt: null } } } },
      assignments: { where: { class: { members: { some: { userId } } } }, select: { class: { select: { name: true } } } },
    },
  });
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour);
  const summaries: DeckSummary[] = [];
  for (const deck of decks) {
    const input = await loadDeckQueueInput(userId, deck.id, dayStart);
    const queue = buildQueue({
      now, dayStart, dayEnd, cards: input.cards, newIntroducedToday: input.newIntroducedToday,
      newPerDay: settings.newCardsPerDay, reviewsDoneToday: input.reviewsDoneToday, reviewsPerDay: 200,
    });
    summaries.push({
      id: deck.id,
      title: deck.title,
      description: deck.description,
      cardCount: deck._count.cards,
      classNames: deck.assignments.map((a) => a.class.name),
      counts: queue.counts,
    });
  }
  return summaries;
}
