import { describe, expect, it } from 'vitest';
import { buildQueue, buriedBySibling, newCardsLeft, newHeldBack, planStudy, reviewsLeft, type CardStateCode, type QueueCard, type QueueInput } from './index';

const MIN = 60_000;
const H = 60 * MIN;
const DAY_START = new Date('2026-11-26T23:00:00Z'); // 04:00 in Almaty
const NOW = new Date(DAY_START.getTime() + 6 * H); // 10:00 local
const DAY_END = new Date(DAY_START.getTime() + 24 * H);
const rel = (ms: number) => new Date(NOW.getTime() + ms);

let order = 0;
function fresh(cardId: string, noteId = cardId, sortOrder = order++): QueueCard {
  return { cardId, noteId, sortOrder, progress: null };
}
function studied(
  cardId: string,
  state: CardStateCode,
  due: Date,
  opts: { noteId?: string; suspended?: boolean; lastReview?: Date | null; sortOrder?: number } = {},
): QueueCard {
  return {
    cardId,
    noteId: opts.noteId ?? cardId,
    sortOrder: opts.sortOrder ?? order++,
    progress: { state, due, suspended: opts.suspended ?? false, lastReview: opts.lastReview ?? null },
  };
}
const review = (id: string, due: Date, opts: Parameters<typeof studied>[3] = {}) => studied(id, 2, due, opts);
const learning = (id: string, due: Date, opts: Parameters<typeof studied>[3] = {}) => studied(id, 1, due, opts);

function queue(cards: QueueCard[], over: Partial<QueueInput> = {}) {
  return buildQueue({
    now: NOW,
    dayStart: DAY_START,
    cards,
    newIntroducedToday: 0,
    newPerDay: 20,
    reviewsDoneToday: 0,
    reviewsPerDay: 200,
    ...over,
  });
}

describe('buildQueue', () => {
  it('empty deck: nothing to show, nothing pending', () => {
    expect(queue([])).toEqual({ next: null, counts: { new: 0, learning: 0, review: 0 }, nextDueAt: null , aheadUntil: null });
  });

  it('learning and relearning cards that are due come first, earliest due first', () => {
    const cards = [
      review('r', rel(-2 * H)),
      fresh('n'),
      learning('l-late', rel(-1 * MIN)),
      studied('l-early', 3, rel(-5 * MIN)),
    ];
    const q = queue(cards);
    expect(q.next).toBe('l-early');
    expect(q.counts).toEqual({ new: 1, learning: 2, review: 1 });
    expect(queue(cards.filter((c) => c.cardId !== 'l-early')).next).toBe('l-late');
  });

  it('learning cards not yet due wait behind reviews, and count as remaining today', () => {
    const q = queue([learning('l', rel(5 * MIN)), review('r', rel(-H))]);
    expect(q.next).toBe('r');
    expect(q.counts.learning).toBe(1);
  });

  it('review cards are due for the whole study day, earliest due first', () => {
    const q = queue([
      review('tonight', rel(12 * H)), // before day end
      review('overdue', rel(-48 * H)),
      review('tomorrow', new Date(DAY_END.getTime() + MIN)),
    ]);
    expect(q.next).toBe('overdue');
    expect(q.counts.review).toBe(2);
    expect(queue([review('tonight', rel(12 * H))]).next).toBe('tonight');
  });

  it('uses the caller-supplied dayEnd (DST-length days) when given', () => {
    const cards = [review('r', new Date(DAY_END.getTime() - 30 * MIN))];
    expect(queue(cards).counts.review).toBe(1);
    expect(queue(cards, { dayEnd: new Date(DAY_END.getTime() - H) }).counts.review).toBe(0);
  });

  it('new cards come in sortOrder, limited by what is left of the daily limit', () => {
    const cards = [fresh('c', 'c', 3), fresh('a', 'a', 1), fresh('b', 'b', 2)];
    expect(queue(cards).next).toBe('a');
    expect(queue(cards).counts.new).toBe(3);
    expect(queue(cards, { newPerDay: 5, newIntroducedToday: 3 }).counts.new).toBe(2);
    const spent = queue(cards, { newPerDay: 5, newIntroducedToday: 5 });
    expect(spent).toEqual({ next: null, counts: { new: 0, learning: 0, review: 0 }, nextDueAt: null , aheadUntil: null });
    expect(queue(cards, { newIntroducedToday: 40 }).counts.new).toBe(0);
  });

  it('a progress row in state New is still a new card', () => {
    expect(queue([studied('n', 0, rel(99 * H))]).next).toBe('n');
  });

  it('the review limit caps reviews shown and counted', () => {
    const cards = [review('r1', rel(-3 * H)), review('r2', rel(-2 * H)), review('r3', rel(-H))];
    expect(queue(cards, { reviewsPerDay: 2 }).counts.review).toBe(2);
    expect(queue(cards, { reviewsPerDay: 2, reviewsDoneToday: 1 }).counts.review).toBe(1);
    const spent = queue(cards, { reviewsPerDay: 2, reviewsDoneToday: 2 });
    expect(spent.next).toBeNull();
    expect(spent.counts.review).toBe(0);
    // Held-back reviews return when the limit resets at the next study day.
    expect(spent.nextDueAt).toEqual(DAY_END);
  });

  it('interleaves new cards among reviews: one new after every N reviews', () => {
    const reviews = Array.from({ length: 6 }, (_, i) => review(`r${i}`, rel(-(10 - i) * MIN)));
    const news = Array.from({ length: 3 }, (_, i) => fresh(`n${i}`));
    // Simulate a session: answer whatever comes next and record its kind.
    const pending = [...reviews, ...news];
    let reviewsDoneToday = 0;
    let newIntroducedToday = 0;
    const kinds: string[] = [];
    for (;;) {
      const q = queue(pending, { reviewsDoneToday, newIntroducedToday });
      if (q.next === null) break;
      const idx = pending.findIndex((c) => c.cardId === q.next);
      const [card] = pending.splice(idx, 1);
      if (card?.progress === null) {
        newIntroducedToday++;
        kinds.push('n');
      } else {
        reviewsDoneToday++;
        kinds.push('r');
      }
    }
    expect(kinds.join('')).toBe('rrnrrnrrn');
  });

  it('with more new than reviews, alternates and then finishes the new cards', () => {
    const q0 = queue([review('r1', rel(-H)), fresh('n1'), fresh('n2'), fresh('n3')]);
    expect(q0.next).toBe('r1');
    const q1 = queue([fresh('n1', 'n1', 1), fresh('n2', 'n2', 2)], { reviewsDoneToday: 1 });
    expect(q1.next).toBe('n1');
  });

  describe('siblings', () => {
    const reviewedToday = new Date(DAY_START.getTime() + H);
    const reviewedYesterday = new Date(DAY_START.getTime() - H);

    it('a note with a card reviewed today does not get a new card introduced', () => {
      const cards = [
        review('a-fwd', rel(3 * 24 * H), { noteId: 'a', lastReview: reviewedToday }),
        fresh('a-rev', 'a'),
        fresh('b-fwd', 'b'),
      ];
      const q = queue(cards);
      expect(q.next).toBe('b-fwd');
      expect(q.counts.new).toBe(1);
    });

    it('a review yesterday does not block a sibling new card', () => {
      const cards = [review('a-fwd', rel(3 * 24 * H), { noteId: 'a', lastReview: reviewedYesterday }), fresh('a-rev', 'a')];
      expect(queue(cards).next).toBe('a-rev');
    });

    it('a new card is not introduced while a sibling is due today, nor two new cards of one note', () => {
      const cards = [review('a-fwd', rel(-H), { noteId: 'a' }), fresh('a-rev', 'a'), fresh('b1', 'b', 5), fresh('b2', 'b', 6)];
      const q = queue(cards);
      expect(q.counts).toEqual({ new: 1, learning: 0, review: 1 });
      expect(queue(cards.slice(1), { reviewsDoneToday: 1 }).counts.new).toBe(2);
    });

    it('a review card whose sibling was reviewed today is buried until the next study day', () => {
      const cards = [
        review('a-rev', rel(-5 * H), { noteId: 'a' }),
        learning('a-fwd', rel(2 * 24 * H), { noteId: 'a', lastReview: reviewedToday }),
        review('b', rel(-H)),
        fresh('n'),
      ];
      expect(queue(cards).next).toBe('b');
      expect(queue(cards).counts.review).toBe(1);
      expect(queue(cards.filter((c) => c.cardId !== 'b'), { reviewsDoneToday: 1 }).next).toBe('n');
      // Nothing else left: the buried sibling is not shown, and comes back when the day ends.
      const alone = queue(cards.filter((c) => c.cardId === 'a-rev' || c.cardId === 'a-fwd'));
      expect(alone.next).toBeNull();
      expect(alone.counts.review).toBe(0);
      expect(alone.nextDueAt).toEqual(DAY_END);
      // From the log alone (the server's view), the same.
      expect(queue([review('a-rev', rel(-5 * H), { noteId: 'a' })], { reviewedTodayNotes: ['a'] }).next).toBeNull();
      // The next study day it is due as any review.
      expect(queue(cards.filter((c) => c.cardId === 'a-rev' || c.cardId === 'a-fwd'), { dayStart: DAY_END, now: new Date(DAY_END.getTime() + H) }).next).toBe('a-rev');
    });

    it('buried siblings leave room under the review cap for other reviews', () => {
      const cards = [
        review('a-rev', rel(-5 * H), { noteId: 'a' }),
        review('a-fwd', rel(20 * 24 * H), { noteId: 'a', lastReview: reviewedToday }),
        review('b', rel(-H)),
      ];
      const q = queue(cards, { reviewsPerDay: 1 });
      expect(q.counts.review).toBe(1);
      expect(q.next).toBe('b');
      expect(queue(cards, { reviewsPerDay: 2, reviewsDoneToday: 1 }).next).toBe('b');
      expect(queue(cards, { reviewsPerDay: 2, reviewsDoneToday: 2 }).next).toBeNull();
    });

    it('learning cards are never held back by siblings', () => {
      const cards = [
        learning('a-rev', rel(-MIN), { noteId: 'a', lastReview: reviewedToday }),
        learning('a-fwd', rel(-2 * MIN), { noteId: 'a', lastReview: reviewedToday }),
      ];
      expect(queue(cards).next).toBe('a-fwd');
    });
  });

  it('suspended cards never appear, in next, counts or nextDueAt', () => {
    const cards = [
      learning('l', rel(-MIN), { suspended: true }),
      review('r', rel(-H), { suspended: true }),
      studied('n', 0, NOW, { suspended: true }),
      review('later', rel(30 * 24 * H), { suspended: true }),
    ];
    expect(queue(cards)).toEqual({ next: null, counts: { new: 0, learning: 0, review: 0 }, nextDueAt: null , aheadUntil: null });
  });

  it('learns ahead: a learning card due within 20 minutes is shown when nothing else is due', () => {
    const soon = learning('soon', rel(15 * MIN));
    expect(queue([soon]).next).toBe('soon');
    expect(queue([soon], { learnAheadMs: 10 * MIN }).next).toBeNull();
    // Not ahead of anything that is actually due.
    expect(queue([soon, review('r', rel(-H))]).next).toBe('r');
    expect(queue([soon, fresh('n')]).next).toBe('n');
  });

  it('says when a card shown ahead is really due, and only then (issue 10: "Hard (6 min)" came back after 1 s)', () => {
    // Rated Hard a moment ago: due in 6 minutes, nothing else left today.
    const hard = learning('hard', rel(6 * MIN));
    const good = learning('good', rel(10 * MIN));
    const q = queue([good, hard]);
    expect(q.next).toBe('hard');
    expect(q.aheadUntil).toEqual(rel(6 * MIN));
    // A card that is due is not "ahead".
    expect(queue([learning('due', rel(-MIN)), hard]).aheadUntil).toBeNull();
    expect(queue([hard, review('r', rel(-H))]).aheadUntil).toBeNull();
  });

  it('nextDueAt: earliest future due among non-suspended non-new cards, when nothing can be shown', () => {
    const later = learning('later', rel(45 * MIN));
    const q = queue([later, review('tomorrow', new Date(DAY_END.getTime() + 2 * H)), fresh('n')], { newIntroducedToday: 20 });
    expect(q).toEqual({ next: null, counts: { new: 0, learning: 1, review: 0 }, nextDueAt: rel(45 * MIN) , aheadUntil: null });
    expect(queue([review('tomorrow', new Date(DAY_END.getTime() + 2 * H))]).nextDueAt).toEqual(
      new Date(DAY_END.getTime() + 2 * H),
    );
    expect(queue([review('r', rel(-H)), later]).nextDueAt).toBeNull(); // something is showable now
  });
});

describe('buildQueue: new cards the learner asked for ("study this word")', () => {
  const asked = (card: QueueCard, at: Date): QueueCard => ({ ...card, requestedAt: at });

  it('come before the deck order, the latest asked first', () => {
    const cards = [fresh('a'), fresh('b'), asked(fresh('c'), rel(-2 * MIN)), asked(fresh('d'), rel(-1 * MIN))];
    expect(queue(cards).next).toBe('d');
    expect(queue(cards.filter((c) => c.cardId !== 'd')).next).toBe('c');
    expect(queue(cards.filter((c) => !c.requestedAt)).next).toBe('a');
  });

  it('are shown when the day\'s new-card limit is used up; others are not', () => {
    const cards = [fresh('a'), asked(fresh('b'), rel(-MIN))];
    const q = queue(cards, { newIntroducedToday: 20, newPerDay: 20 });
    expect(q.next).toBe('b');
    expect(q.counts.new).toBe(1);
    expect(queue([fresh('a')], { newIntroducedToday: 20, newPerDay: 20 }).next).toBeNull();
  });

  it('still wait for another day when a sibling of theirs was studied today', () => {
    const cards = [fresh('a'), asked(fresh('b', 'note-b'), rel(-MIN))];
    expect(queue(cards, { reviewedTodayNotes: ['note-b'] }).next).toBe('a');
  });

  it('come after learning cards that are due', () => {
    const cards = [asked(fresh('b'), rel(-MIN)), learning('l', rel(-MIN))];
    expect(queue(cards).next).toBe('l');
  });
});

describe('buildQueue: daily limits (docs/decisions/026)', () => {
  const dueReviews = (n: number) => Array.from({ length: n }, (_, i) => review(`r${i}`, rel(-(n - i) * H)));

  it('no review cap by default (null): every due review is shown', () => {
    const q = queue(dueReviews(300), { reviewsPerDay: null, reviewsDoneToday: 250 });
    expect(q.counts.review).toBe(300);
    expect(q.next).toBe('r0');
  });

  it('the review cap counts reviews in all decks; once reached, nothing more today and the queue says when', () => {
    const cards = [...dueReviews(5), learning('l', rel(2 * H))];
    expect(queue(cards, { reviewsPerDay: 3, reviewsDoneToday: 0, reviewsDoneTodayAllDecks: 1 }).counts.review).toBe(2);
    const capped = queue(cards, { reviewsPerDay: 3, reviewsDoneToday: 0, reviewsDoneTodayAllDecks: 3 });
    expect(capped.next).toBeNull();
    expect(capped.counts.review).toBe(0);
    expect(capped.nextDueAt).toEqual(rel(2 * H));
    expect(queue(dueReviews(5), { reviewsPerDay: 3, reviewsDoneTodayAllDecks: 3 }).nextDueAt).toEqual(DAY_END);
  });

  it('learning steps are not capped: a relearning card is shown past the review cap', () => {
    const cards = [...dueReviews(2), studied('lapsed', 3, rel(-MIN))];
    const q = queue(cards, { reviewsPerDay: 1, reviewsDoneToday: 1 });
    expect(q.next).toBe('lapsed');
    expect(q.counts).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it('the overall new-card limit counts new cards met in all decks', () => {
    const cards = Array.from({ length: 10 }, (_, i) => fresh(`n${i}`));
    expect(queue(cards, { newPerDay: 5, newIntroducedToday: 0, newIntroducedTodayAllDecks: 3 }).counts.new).toBe(2);
    expect(queue(cards, { newPerDay: 5, newIntroducedToday: 0, newIntroducedTodayAllDecks: 5 }).next).toBeNull();
  });

  it("a deck's own new-card limit holds within the overall one: the smaller of what is left of each", () => {
    const cards = Array.from({ length: 10 }, (_, i) => fresh(`n${i}`));
    expect(queue(cards, { newPerDay: 20, deckNewPerDay: 3 }).counts.new).toBe(3);
    expect(queue(cards, { newPerDay: 20, deckNewPerDay: 3, newIntroducedToday: 2, newIntroducedTodayAllDecks: 2 }).counts.new).toBe(1);
    expect(queue(cards, { newPerDay: 20, deckNewPerDay: 3, newIntroducedToday: 3, newIntroducedTodayAllDecks: 3 }).next).toBeNull();
    // Overall left (2) is less than the deck's left (3).
    expect(queue(cards, { newPerDay: 10, deckNewPerDay: 3, newIntroducedToday: 0, newIntroducedTodayAllDecks: 8 }).counts.new).toBe(2);
    expect(queue(cards, { newPerDay: 20, deckNewPerDay: null }).counts.new).toBe(10);
    expect(queue(cards, { newPerDay: 20, deckNewPerDay: 0 }).next).toBeNull();
  });

  it('cards the learner asked for still come first and go past both new-card limits', () => {
    const asked = { ...fresh('asked'), requestedAt: rel(-MIN) };
    const q = queue([fresh('a'), asked], { newPerDay: 20, deckNewPerDay: 2, newIntroducedToday: 2, newIntroducedTodayAllDecks: 2 });
    expect(q.next).toBe('asked');
    expect(q.counts.new).toBe(1);
    expect(queue([fresh('a'), asked], { newPerDay: 20, deckNewPerDay: 2 }).next).toBe('asked');
  });

  it('newCardsLeft and reviewsLeft through the public entry', () => {
    expect(newCardsLeft({ newPerDay: 20, newIntroducedTodayAllDecks: 18, deckNewPerDay: 5, deckNewIntroducedToday: 0 })).toBe(2);
    expect(newCardsLeft({ newPerDay: 20, newIntroducedTodayAllDecks: 4, deckNewPerDay: 5, deckNewIntroducedToday: 4 })).toBe(1);
    expect(newCardsLeft({ newPerDay: 20, newIntroducedTodayAllDecks: 25, deckNewIntroducedToday: 0 })).toBe(0);
    expect(reviewsLeft(null, 10_000)).toBe(Number.POSITIVE_INFINITY);
    expect(reviewsLeft(50, 10)).toBe(40);
    expect(reviewsLeft(50, 60)).toBe(0);
    expect([null, 0, 1, 2, 3].map((s) => buriedBySibling(s as CardStateCode | null))).toEqual([true, true, false, true, false]);
  });
});

describe('planStudy: the cards a page holds never include two of one note', () => {
  it('a review whose sibling is earlier in the batch is left out of it, and so is a new sibling', () => {
    const cards = [
      review('a-rec', rel(-3 * H), { noteId: 'a', sortOrder: 0 }),
      review('a-prod', rel(-2 * H), { noteId: 'a', sortOrder: 1 }),
      review('b-rec', rel(-H), { noteId: 'b', sortOrder: 2 }),
      fresh('a-cloze', 'a', 3),
      fresh('c-rec', 'c', 4),
      fresh('c-prod', 'c', 5),
    ];
    const plan = planStudy({ now: NOW, dayStart: DAY_START, dayEnd: DAY_END, cards, newIntroducedToday: 0, newPerDay: 20, reviewsDoneToday: 0, reviewsPerDay: null, upcoming: 8 });
    expect(plan.upcoming).toEqual(['a-rec', 'b-rec', 'c-rec']);
  });

  it('stops at the review cap and at the deck limit', () => {
    const cards = [...Array.from({ length: 4 }, (_, i) => review(`r${i}`, rel(-(4 - i) * H))), ...Array.from({ length: 4 }, (_, i) => fresh(`n${i}`))];
    const plan = planStudy({ now: NOW, dayStart: DAY_START, dayEnd: DAY_END, cards, newIntroducedToday: 0, newPerDay: 20, deckNewPerDay: 1, reviewsDoneToday: 0, reviewsDoneTodayAllDecks: 1, reviewsPerDay: 3, upcoming: 8 });
    expect(plan.upcoming.filter((id) => id.startsWith('r'))).toHaveLength(2);
    expect(plan.upcoming.filter((id) => id.startsWith('n'))).toHaveLength(1);
  });
});

describe('newHeldBack: which limit keeps unseen cards out of today', () => {
  const base = { newPerDay: 10, newIntroducedTodayAllDecks: 0, deckNewPerDay: null, deckNewIntroducedToday: 0, unseenLeft: true };

  it('nothing is held back while new cards are still allowed, or when the deck has no unseen card', () => {
    expect(newHeldBack(base)).toBeNull();
    expect(newHeldBack({ ...base, newIntroducedTodayAllDecks: 9 })).toBeNull();
    expect(newHeldBack({ ...base, newIntroducedTodayAllDecks: 10, unseenLeft: false })).toBeNull();
  });

  it('the overall limit, used up in other decks, is named even when the deck has its own', () => {
    expect(newHeldBack({ ...base, newIntroducedTodayAllDecks: 10 })).toEqual({ limit: 'overall', perDay: 10 });
    expect(newHeldBack({ ...base, newIntroducedTodayAllDecks: 12, deckNewPerDay: 3, deckNewIntroducedToday: 3 })).toEqual({ limit: 'overall', perDay: 10 });
    expect(newHeldBack({ ...base, newPerDay: 0 })).toEqual({ limit: 'overall', perDay: 0 });
  });

  it("the deck's own limit when the overall one still has room", () => {
    expect(newHeldBack({ ...base, deckNewPerDay: 2, deckNewIntroducedToday: 2, newIntroducedTodayAllDecks: 4 })).toEqual({ limit: 'deck', perDay: 2 });
    expect(newHeldBack({ ...base, deckNewPerDay: 0 })).toEqual({ limit: 'deck', perDay: 0 });
  });
});
