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
// The learner's limits hold as in the study queue (./daily-limits.ts, ./queue.ts): at most
// `reviewsPerDay` cards in review state a day, earliest due first, the rest carried over (and
// recalled less well when shown later); new cards a day per deck within the overall limit.
import { fsrs, generatorParameters, S_MIN, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import {
  DEFAULT_LEARNING_STEPS,
  DEFAULT_RELEARNING_STEPS,
  isValidWeights,
  normalizeDesiredRetention,
} from './scheduler';
import { newCardsLeft, reviewsLeft } from './daily-limits';
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

/** A deck the learner studies, as its new cards go: how many are left, and the learner's own limit for it. */
export interface NewCardDeck {
  /** live cards of the deck the learner has not met yet */
  unmet: number;
  /** the learner's new cards a day from this deck; null: only the overall limit holds */
  newPerDay: number | null;
}

export interface RetentionCostInput {
  /** The learner's started, unsuspended cards (state ≠ 0). */
  cards: readonly MemoryCard[];
  /** The decks the learner studies, in the order the queue meets them, with their cards not met yet. */
  newCardDecks: readonly NewCardDeck[];
  /** The overall new-card limit, across decks. */
  newCardsPerDay: number;
  /** The daily cap on reviews of cards in review state, across decks; null or absent: no cap. */
  reviewsPerDay?: number | null;
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
  /** Reviews due but held back by the daily cap at the end of each day (carried to the next); all 0 without a cap. */
  backlog: number[];
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
  /** its place in the card list (new cards after), the queue's tie-break between equal due times */
  order: number;
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

/** A path's card as the days go: its memory, its last show and its due time, in days from the start. */
interface Live {
  path: Path;
  rand: () => number;
  s: number;
  d: number;
  last: number;
  due: number;
  /** in review state (capped), or a learning / relearning card's step (never capped) */
  review: boolean;
}

/** The path's card on day 0 (an existing card), or null when it has no memory to simulate or is new. */
function startLive(path: Path, rand: () => number, startMs: number): Live | null {
  const c = path.card;
  // A row no review could have written (no stability yet) has no memory to simulate.
  if (!c || !(c.stability >= S_MIN) || !(c.difficulty >= 1)) return null;
  const due = (c.due.getTime() - startMs) / DAY_MS;
  const last = c.lastReview ? (c.lastReview.getTime() - startMs) / DAY_MS : Math.min(due, 0);
  return { path, rand, s: c.stability, d: c.difficulty, last, due, review: c.state === 2 };
}

/** A new card's first day: its learning steps, then in review state. */
function introduce(path: Path, rand: () => number, day: number, engine: FSRS, odds: Odds, perDay: Float64Array): Live {
  const first = (pick(rand(), odds.first) + 1) as Grade;
  const shows = firstDayShows(first);
  perDay[day]! += path.weight * shows;
  let m = engine.next_state(null, 0, first);
  for (let i = 1; i < shows; i++) m = engine.next_state(m, 0, 3);
  return { path, rand, s: m.stability, d: m.difficulty, last: day, due: day + engine.next_interval(m.stability, 0), review: true };
}

/** One show of a due card on `day`: recalled with ts-fsrs's probability at the real elapsed days, or a lapse and its relearning steps. */
function show(card: Live, day: number, engine: FSRS, odds: Odds, perDay: Float64Array): void {
  const w = card.path.weight;
  const elapsed = Math.max(0, Math.floor(day - card.last));
  const r = engine.forgetting_curve(elapsed, card.s);
  const recalled = card.rand() < r;
  const grade = recalled ? ((pick(card.rand(), odds.recalled) + 2) as Grade) : 1;
  let m = engine.next_state({ stability: card.s, difficulty: card.d }, elapsed, grade, r);
  perDay[day]! += w;
  if (!recalled) {
    // A lapse: the relearning steps the same day, each answered Good.
    for (let i = 0; i < DEFAULT_RELEARNING_STEPS.length; i++) m = engine.next_state(m, 0, 3);
    perDay[day]! += w * DEFAULT_RELEARNING_STEPS.length;
  }
  card.s = m.stability;
  card.d = m.difficulty;
  card.last = day;
  card.due = day + engine.next_interval(m.stability, elapsed);
  card.review = true;
}

type Odds = NonNullable<RetentionCostInput['ratingOdds']>;

/** The queue's order of due reviews (./queue.ts rule 3): earliest due first, then a fixed order. */
function byDue(a: Live, b: Live): number {
  return a.due - b.due || a.path.order - b.path.order;
}

/**
 * The days one after another, all paths together, as the queue meets them: the day's new cards,
 * learning and relearning steps (never capped), then reviews earliest due first within what is
 * left of the cap (reviewsLeft); held-back reviews stay due and come first the next day.
 */
function simulateDays(paths: readonly Path[], engine: FSRS, days: number, startMs: number, odds: Odds, cap: number | null) {
  const perDay = new Float64Array(days);
  const backlog = new Float64Array(days);
  // The cards due on each day (overdue ones on day 0): each day reads only its own.
  const dueOn: Live[][] = Array.from({ length: days }, () => []);
  const schedule = (card: Live, from: number) => {
    const day = Math.max(from, Math.floor(card.due));
    if (day < days) dueOn[day]!.push(card);
  };
  const fresh = new Map<number, { path: Path; rand: () => number }[]>();
  for (const path of paths) {
    // Every retention replays the same numbers on each path (common random numbers).
    const rand = seededRandom(path.seed);
    if (path.card) {
      const card = startLive(path, rand, startMs);
      if (card) schedule(card, 0);
    } else {
      const list = fresh.get(path.introDay) ?? [];
      list.push({ path, rand });
      fresh.set(path.introDay, list);
    }
  }
  for (let day = 0; day < days; day++) {
    const due = dueOn[day]!;
    for (const { path, rand } of fresh.get(day) ?? []) schedule(introduce(path, rand, day, engine, odds, perDay), day + 1);
    const reviews: Live[] = [];
    for (const card of due) {
      if (card.review) reviews.push(card);
      else {
        show(card, day, engine, odds, perDay);
        schedule(card, day + 1);
      }
    }
    if (cap !== null) reviews.sort(byDue);
    let shown = 0;
    let held = 0;
    for (const card of reviews) {
      // As the queue's slice: the first that does not fit ends the day's reviews. A sampled path
      // stands for `weight` cards, shown only if they all fit under the cap.
      if (held > 0 || card.path.weight > reviewsLeft(cap, shown) + 1e-9) {
        held += card.path.weight;
        // still due: tomorrow, with its due time (and so its place in the order) unchanged
        schedule(card, day + 1);
        continue;
      }
      shown += card.path.weight;
      show(card, day, engine, odds, perDay);
      schedule(card, day + 1);
    }
    backlog[day] = held;
  }
  return { perDay, backlog };
}

/**
 * New cards introduced on each day, as the queue introduces them (./daily-limits.ts newCardsLeft):
 * from each deck what is left of the overall limit and of the deck's own, while it has cards.
 */
function newCardsByDay(decks: readonly NewCardDeck[], newPerDay: number, days: number): number[] {
  const left = decks.map((deck) => Math.max(0, Math.floor(deck.unmet)));
  const introduced: number[] = [];
  for (let day = 0; day < days; day++) {
    let today = 0;
    decks.forEach((deck, i) => {
      const n = Math.min(left[i]!, newCardsLeft({ newPerDay, newIntroducedTodayAllDecks: today, deckNewPerDay: deck.newPerDay, deckNewIntroducedToday: 0 }));
      left[i]! -= n;
      today += n;
    });
    introduced.push(today);
  }
  return introduced;
}

function buildPaths(input: RetentionCostInput): Path[] {
  const { min, max } = input.paths ?? DEFAULT_PATHS;
  const days = Math.max(0, Math.floor(input.days));
  const introduced = newCardsByDay(input.newCardDecks, Math.floor(input.newCardsPerDay), days);
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
    const order = Math.min(input.cards.length - 1, Math.floor(((i + input.random()) * input.cards.length) / cardPaths));
    paths.push({ seed: seed(), order, weight: input.cards.length / cardPaths, card: input.cards[order]!, introDay: 0 });
  }
  introduced.forEach((n, day) => {
    if (!n) return;
    const k = Math.max(1, Math.round(n * replays * share));
    for (let i = 0; i < k; i++) paths.push({ seed: seed(), order: input.cards.length + paths.length, weight: n / k, card: null, introDay: day });
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
  const cap = input.reviewsPerDay ?? null;
  return input.retentions.map((wanted) => {
    const retention = normalizeDesiredRetention(wanted);
    const engine = engineFor(retention, input.weights);
    const { perDay, backlog } = simulateDays(paths, engine, days, startMs, odds, cap);
    const series = Array.from(perDay);
    const average = days ? series.reduce((a, b) => a + b, 0) / days : 0;
    return { retention, perDay: series, average, backlog: Array.from(backlog) };
  });
}
