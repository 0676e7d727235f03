// The decks a learner may study, each with what is new, in learning and due today.
import 'server-only';
import { db } from '../db';
import { getStudyStep } from '../study/get-study-step';
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
  const decks = await db.deck.findMany({
    where: studyableDeckWhere(userId),
    orderBy: [{ createdAt: 'asc' }],
    select: {
      id: true, title: true, description: true,
      _count: { select: { cards: { where: { deletedAt: null } } } },
      assignments: { where: { class: { members: { some: { userId } } } }, select: { class: { select: { name: true } } } },
    },
  });
  const summaries: DeckSummary[] = [];
  for (const deck of decks) {
    // The same counts the study page starts from; no cards lined up.
    const step = await getStudyStep(userId, deck.id, now, { upcoming: 0 });
    if (!step) continue;
    summaries.push({
      id: deck.id,
      title: deck.title,
      description: deck.description,
      cardCount: deck._count.cards,
      classNames: deck.assignments.map((a) => a.class.name),
      counts: step.counts,
    });
  }
  return summaries;
}
