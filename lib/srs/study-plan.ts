import { buildQueue, type Queue, type QueueCard, type QueueInput } from './queue';

export interface StudyPlanInput extends QueueInput {
  /** How many cards to line up after the current one's answer is unknown (the page's buffer). */
  upcoming: number;
}

export interface StudyPlan extends Queue {
  /**
   * The cards the queue policy shows next, in order, the first being `next`: each one as if
   * answered and put away for today (so its siblings wait, and the new and review counters
   * move on). A learning card that comes back after its step is not in the list: the page
   * schedules it again itself, from its own answer.
   */
  upcoming: string[];
}

const FAR_MS = 400 * 86_400_000;

/** buildQueue's policy, looked a few cards ahead: what a page can show without asking again. */
export function planStudy(input: StudyPlanInput): StudyPlan {
  const first = buildQueue(input);
  const upcoming: string[] = [];
  let cards = input.cards;
  let newIntroducedToday = input.newIntroducedToday;
  let newIntroducedTodayAllDecks = input.newIntroducedTodayAllDecks ?? input.newIntroducedToday;
  let reviewsDoneToday = input.reviewsDoneToday;
  let reviewsDoneTodayAllDecks = input.reviewsDoneTodayAllDecks ?? input.reviewsDoneToday;
  let next = first.next;
  while (next !== null && upcoming.length < input.upcoming) {
    upcoming.push(next);
    const shown = next;
    const card = cards.find((c) => c.cardId === shown);
    if (!card) break;
    if (card.progress === null || card.progress.state === 0) {
      newIntroducedToday += 1;
      newIntroducedTodayAllDecks += 1;
    } else if (card.progress.state === 2) {
      reviewsDoneToday += 1;
      reviewsDoneTodayAllDecks += 1;
    }
    const putAway: QueueCard = {
      ...card,
      progress: { state: 2, due: new Date(input.now.getTime() + FAR_MS), suspended: false, lastReview: input.now },
    };
    cards = cards.map((c) => (c.cardId === shown ? putAway : c));
    next = buildQueue({ ...input, cards, newIntroducedToday, newIntroducedTodayAllDecks, reviewsDoneToday, reviewsDoneTodayAllDecks }).next;
  }
  return { ...first, upcoming };
}
