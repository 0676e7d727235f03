// What a desired retention costs: the reviews a day a learner can expect over the next days at
// each of several retentions, simulated from their own cards' memory states with ts-fsrs's
// memory model (forgetting curve, next stability and difficulty, next interval at a retention).
//
// A Monte Carlo simulation with randomness passed in (docs/decisions/027): each card follows one
// path of recalls and lapses, drawn with the probability of recall ts-fsrs gives it on the day it
// is due. An exact expected value would have to follow both branches of every review (recalled /
// forgotten, and Hard / Good / Easy), thousands of paths per card over 30 days; one path per card
// is cheap and, summed over a collection, close to the expectation. Every retention replays the
// same random numbers on each path (common random numbers), so the differences between rows are
// the retention's, not the dice's. Small collections are replayed several times and large ones
// sampled, so the cost stays bounded and the noise small whatever the collection's size.
import { fsrs, generatorParameters, S_MIN, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import {
  DEFAULT_LEARNING_STEPS,
  DEFAULT_RELEARNING_STEPS,
  isValidWeights,
  normalizeDesiredRetention,
} from './scheduler';
import type { CardStateCode } from './types';
import { seededRandom } from './seeded-random';

const DAY_MS = 86_400_000;

/** A started card's memory as its progress row holds it. */
export interface MemoryCard {
  state: CardStateCode;
  due: Date;
  stability: number;
  difficulty: number;
  lastReview: Date | null;
}

export interface RetentionCostInput {
  /** The learner's started, unsuspended cards (state ≠ 0). */
  cards: readonly MemoryCard[];
  /** Cards not met yet in the decks the learner studies. */
  newCardsAvailable: number;
  newCardsPerDay: number;
  /** The learner's fitted FSRS parameters, or null for ts-fsrs's defaults. */
  weights: readonly number[] | null;
  retentions: readonly number[];
  /** Start of the learner's study day today: day 0 of the simulation. */
  start: Date;
  days: number;
  /** Uniform in [0, 1): seeds the paths. The same source gives the same result. */
  random: () => number;
  /** How often a learner rates a new card Again/Hard/Good/Easy the first time, and Hard/Good/Easy when recalled. */
  ratingOdds?: { first: readonly [number, number, number, number]; recalled: readonly [number, number, number] };
  /** Bounds on the simulated paths (defaults: see DEFAULT_PATHS). */
  paths?: { min: number; max: number };
}

export interface RetentionCost {
  retention: number;
  /** Expected card shows (reviews, learning and relearning steps) on each day, day 0 first. */
  perDay: number[];
  /** Their mean over the days. */
  average: number;
}

/**
 * fsrs-rs's simulator defaults (SimulatorConfig: first_rating_prob, review_rating_prob),
 * measured by the Open Spaced Repetition project on Anki collections.
 */
export const DEFAULT_RATING_ODDS = {
  first: [0.24, 0.094, 0.495, 0.171],
  recalled: [0.224, 0.631, 0.145],
} as const;

/**
 * At least `min` simulated paths (a small collection is replayed), at most `max` (a large one is
 * sampled): measured on 50,000 cards in docs/decisions/027.
 */
export const DEFAULT_PATHS = { min: 3_000, max: 6_000 } as const;
const MAX_REPLAYS = 64;


interface Path {
  seed: number;
  weight: number;
  /** an existing card, or a new card introduced on `introDay` */
  card: MemoryCard | null;
  introDay: number;
}

function pick(u: number, odds: readonly number[]): number {
  const total = odds.reduce((s, p) => s + p, 0);
  let x = u * total;
  for (let i = 0; i < odds.length; i++) {
    x -= odds[i]!;
    if (x < 0) return i;
  }
  return odds.length - 1;
}

/** Shows a new card takes on its first day for each first rating, with the learning steps ts-fsrs uses. */
function firstDayShows(first: Grade): number {
  const steps = DEFAULT_LEARNING_STEPS.length;
  // Again and Hard keep the card on step 0, Good moves it to step 1, Easy graduates it; each
  // later step is answered Good until it graduates.
  if (first === 4 || steps === 0) return 1;
  return first === 3 ? steps : steps + 1;
}

function simulatePath(path: Path, engine: FSRS, days: number, startMs: number, odds: NonNullable<RetentionCostInput['ratingOdds']>, perDay: Float64Array): void {
  const rand = seededRandom(path.seed);
  const w = path.weight;
  let s: number;
  let d: number;
  let last: number;
  let day: number;
  if (path.card) {
    const c = path.card;
    // A row no review could have written (no stability yet) has no memory to simulate.
    if (!(c.stability >= S_MIN) || !(c.difficulty >= 1)) return;
    s = c.stability;
    d = c.difficulty;
    const dueAt = (c.due.getTime() - startMs) / DAY_MS;
    // Overdue cards wait for today; the day is what counts.
    day = Math.max(0, Math.floor(dueAt));
    last = c.lastReview ? (c.lastReview.getTime() - startMs) / DAY_MS : Math.min(dueAt, 0);
  } else {
    day = path.introDay;
    const first = (pick(rand(), odds.first) + 1) as Grade;
    const shows = firstDayShows(first);
    perDay[day]! += w * shows;
    let m = engine.next_state(null, 0, first);
    for (let i = 1; i < shows; i++) m = engine.next_state(m, 0, 3);
    s = m.stability;
    d = m.difficulty;
    last = day;
    day += engine.next_interval(s, 0);
  }
  while (day < days) {
    const elapsed = Math.max(0, Math.floor(day - last));
    const r = engine.forgetting_curve(elapsed, s);
    const recalled = rand() < r;
    const grade = recalled ? ((pick(rand(), odds.recalled) + 2) as Grade) : 1;
    let m = engine.next_state({ stability: s, difficulty: d }, elapsed, grade, r);
    perDay[day]! += w;
    if (!recalled) {
      // A lapse: the relearning steps the same day, each answered Good.
      for (let i = 0; i < DEFAULT_RELEARNING_STEPS.length; i++) m = engine.next_state(m, 0, 3);
      perDay[day]! += w * DEFAULT_RELEARNING_STEPS.length;
    }
    s = m.stability;
    d = m.difficulty;
    last = day;
    day += engine.next_interval(s, elapsed);
  }
}

function buildPaths(input: RetentionCostInput): Path[] {
  const { min, max } = input.paths ?? DEFAULT_PATHS;
  const days = Math.max(0, Math.floor(input.days));
  const perDay = Math.max(0, Math.floor(input.newCardsPerDay));
  const introduced: number[] = [];
  let left = Math.max(0, Math.floor(input.newCardsAvailable));
  for (let day = 0; day < days; day++) {
    const n = Math.min(perDay, left);
    introduced.push(n);
    left -= n;
  }
  const newTotal = introduced.reduce((a, b) => a + b, 0);
  const units = input.cards.length + newTotal;
  if (units === 0) return [];
  const replays = Math.min(MAX_REPLAYS, Math.max(1, Math.floor(min / units)));
  // Over `max`, each kind of card is sampled in proportion.
  const share = Math.min(1, max / (units * replays));
  const paths: Path[] = [];
  const seed = () => Math.floor(input.random() * 4294967296);
  const cardPaths = Math.max(input.cards.length ? 1 : 0, Math.round(input.cards.length * replays * share));
  for (let i = 0; i < cardPaths; i++) {
    // One card drawn from each equal slice of the list (jittered: a fixed stride could fall in
    // step with a pattern in the list's order).
    const card = input.cards[Math.min(input.cards.length - 1, Math.floor(((i + input.random()) * input.cards.length) / cardPaths))]!;
    paths.push({ seed: seed(), weight: input.cards.length / cardPaths, card, introDay: 0 });
  }
  introduced.forEach((n, day) => {
    if (!n) return;
    const k = Math.max(1, Math.round(n * replays * share));
    for (let i = 0; i < k; i++) paths.push({ seed: seed(), weight: n / k, card: null, introDay: day });
  });
  return paths;
}

function engineFor(retention: number, weights: readonly number[] | null): FSRS {
  return fsrs(generatorParameters({
    request_retention: retention,
    w: weights && isValidWeights(weights) ? [...weights] : undefined,
    enable_fuzz: false,
    enable_short_term: true,
    // ts-fsrs clips some parameters by the number of relearning steps: the scheduler's steps.
    learning_steps: [...DEFAULT_LEARNING_STEPS] as StepUnit[],
    relearning_steps: [...DEFAULT_RELEARNING_STEPS] as StepUnit[],
  }));
}

/**
 * The expected reviews a day at each retention (each clamped to 0.70..0.97, like the scheduler's),
 * in the order given. Pure and deterministic for a given `random`.
 */
export function simulateRetentionCost(input: RetentionCostInput): RetentionCost[] {
  const days = Math.max(0, Math.floor(input.days));
  const odds = input.ratingOdds ?? DEFAULT_RATING_ODDS;
  const paths = buildPaths(input);
  const startMs = input.start.getTime();
  return input.retentions.map((wanted) => {
    const retention = normalizeDesiredRetention(wanted);
    const engine = engineFor(retention, input.weights);
    const perDay = new Float64Array(days);
    for (const path of paths) simulatePath(path, engine, days, startMs, odds, perDay);
    const series = Array.from(perDay);
    const average = days ? series.reduce((a, b) => a + b, 0) / days : 0;
    return { retention, perDay: series, average };
  });
}
