/**
 * A synthetic learner for tests and benchmarks of the parameter fit: their memory follows
 * FSRS with their own parameters (not the defaults), while the app schedules them with the
 * defaults, as it does before a first fit. Randomness comes from the seed: the same seed gives
 * the same log.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { FitLogRow } from './fit-policy';
import { createScheduler } from './scheduler';
import type { Rating, SrsCard } from './types';
import { seededRandom } from './seeded-random';

const DAY_MS = 86_400_000;


/**
 * Memory unlike FSRS's defaults: words are forgotten faster at first (low initial
 * stabilities), and a successful review makes memory grow more (w8) with a flatter forgetting
 * curve (w20).
 */
export const SIMULATED_LEARNER_WEIGHTS: readonly number[] = [
  0.08, 0.35, 0.9, 4.5, 6.8, 0.6, 2.2, 0.004, 2.0, 0.12, 1.1, 1.6, 0.05, 0.4, 1.6, 0.3, 2.5, 0.6, 0.2, 0.15, 0.3,
];

export interface SimulationInput {
  /** rated reviews to produce */
  reviews: number;
  seed: number;
  start: Date;
  /** the learner's memory (default SIMULATED_LEARNER_WEIGHTS) */
  memory?: readonly number[];
  newPerDay?: number;
}

interface SimCard {
  id: string;
  card: SrsCard;
  memory: FSRSState | null;
  lastAt: number;
}

function firstRating(r: number): Rating {
  return r < 0.25 ? 1 : r < 0.35 ? 2 : r < 0.9 ? 3 : 4;
}

/**
 * Reviews in time order, one study session a day at 09:00 UTC (day keys in UTC, day start 0):
 * new cards up to `newPerDay`, then everything due before the day ends, learning steps in the
 * same session. Recall happens with the learner's true retrievability; a recalled card is
 * Good mostly, sometimes Hard or Easy.
 */
export function simulateReviewLog({ reviews, seed, start, memory = SIMULATED_LEARNER_WEIGHTS, newPerDay = 20 }: SimulationInput): FitLogRow[] {
  const random = seededRandom(seed);
  const truth = new FSRSAlgorithm(generatorParameters({ w: [...memory], enable_short_term: true }));
  const scheduler = createScheduler({ enableFuzz: false });
  const cards: SimCard[] = [];
  const log: FitLogRow[] = [];
  const day0 = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  for (let d = 0; log.length < reviews; d++) {
    const session = day0 + d * DAY_MS + 9 * 3_600_000;
    const dayEnd = day0 + (d + 1) * DAY_MS;
    for (let i = 0; i < newPerDay; i++) {
      cards.push({ id: `sim-${cards.length}`, card: scheduler.newCard(new Date(session)), memory: null, lastAt: session });
    }
    let now = session;
    for (let pass = 0; pass < 20 && log.length < reviews; pass++) {
      const due = cards.filter((c) => c.card.due.getTime() < dayEnd).sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
      if (!due.length) break;
      for (const c of due) {
        if (log.length >= reviews) break;
        now = Math.max(now + 15_000, c.card.due.getTime());
        if (now >= dayEnd) break;
        let rating: Rating;
        if (!c.memory) rating = firstRating(random());
        else {
          const recall = truth.forgetting_curve(Math.max(0, (now - c.lastAt) / DAY_MS), c.memory.stability);
          const r = random();
          rating = random() < recall ? (r < 0.1 ? 2 : r < 0.9 ? 3 : 4) : 1;
        }
        const deltaDays = c.memory ? Math.floor(now / DAY_MS) - Math.floor(c.lastAt / DAY_MS) : 0;
        c.memory = truth.next_state(c.memory, Math.max(0, deltaDays), rating);
        c.card = scheduler.review(c.card, rating, new Date(now), c.id).card;
        c.lastAt = now;
        log.push({ cardId: c.id, rating, stateAfter: c.card.state, day: new Date(now).toISOString().slice(0, 10), at: new Date(now) });
      }
    }
  }
  return log;
}
