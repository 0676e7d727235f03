import {
  clamp,
  computeDecayFactor,
  fsrs,
  generatorParameters,
  StrategyMode,
  type AbstractScheduler,
  type Card as FsrsCard,
  type CardInput as FsrsCardInput,
  type Grade,
  type StepUnit,
} from 'ts-fsrs';
import { isRating, RATINGS, type CardStateCode, type Rating, type SrsCard } from './types';

export interface SchedulerOptions {
  /** Target probability of recall at the due date. Default 0.9; clamped to 0.7..0.97. */
  desiredRetention?: number;
  /** FSRS parameters fitted for the learner (17, 19 or 21 finite numbers); null/invalid → ts-fsrs defaults. */
  weights?: number[] | null;
  /** Default ['1m', '10m']. Each step is `<number><m|h|d>`. */
  learningSteps?: string[];
  /** Default ['10m']. */
  relearningSteps?: string[];
  /** Default 36500. */
  maximumIntervalDays?: number;
  /**
   * Default true. Tests pass false to get exact intervals. No randomness needs passing in: the
   * fuzz is seeded from the card (its key and stored state, `fuzzSeed`), never from `now`, so
   * the interval a rating button shows is the one the rating gives, whenever it is pressed.
   */
  enableFuzz?: boolean;
}

export interface ReviewOutcome {
  card: SrsCard;
  /** Days since the previous review (fractional), 0 for a first review. */
  elapsedDays: number;
}

export interface Scheduler {
  newCard(now: Date): SrsCard;
  /** `key`: what tells this card from others in the same state (its id): cards rated together get different fuzz. */
  review(card: SrsCard, rating: Rating, now: Date, key: string): ReviewOutcome;
  preview(card: SrsCard, now: Date, key: string): Record<Rating, { due: Date; intervalMs: number }>;
  /**
   * The learner says they know the card ("I know this"): it goes to review with an interval
   * of at least KNOWN_INTERVAL_DAYS, counted as one repetition. A card already scheduled
   * further out is left as it is (null): knowing never shortens an interval.
   */
  known(card: SrsCard, now: Date): SrsCard | null;
}

/** The interval "I know this" gives a card, in days. */
export const KNOWN_INTERVAL_DAYS = 60;

export const DEFAULT_DESIRED_RETENTION = 0.9;
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;
export const DEFAULT_LEARNING_STEPS: readonly string[] = ['1m', '10m'];
export const DEFAULT_RELEARNING_STEPS: readonly string[] = ['10m'];
export const DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500;

const DAY_MS = 86_400_000;
const STEP_PATTERN = /^\d+(\.\d+)?[mhd]$/;

/**
 * Settings often come from the learner's stored preferences, so a bad value must not
 * break reviewing: out-of-range retention is clamped, non-finite values fall back to the default.
 */
export function normalizeDesiredRetention(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_DESIRED_RETENTION;
  return Math.min(MAX_DESIRED_RETENTION, Math.max(MIN_DESIRED_RETENTION, value));
}

/**
 * ts-fsrs accepts FSRS-4.5 (17), FSRS-5 (19) and FSRS-6 (21) parameter sets and migrates the
 * shorter ones (logging a console.debug line when it does). Invalid sets fall back to the
 * defaults rather than throwing, so a bad stored fit cannot block reviewing.
 */
export function isValidWeights(weights: readonly number[]): boolean {
  return [17, 19, 21].includes(weights.length) && weights.every((w) => Number.isFinite(w));
}

function toSteps(steps: readonly string[] | undefined, fallback: readonly string[], label: string): StepUnit[] {
  const list = steps ?? fallback;
  for (const step of list) {
    // Steps are configured by developers, not learners, so a typo should fail loudly.
    if (!STEP_PATTERN.test(step)) throw new RangeError(`${label}: invalid step "${step}" (expected e.g. "10m", "1h", "1d")`);
  }
  return list.map((s) => s as StepUnit);
}

/**
 * ts-fsrs's default seed is the review's time to the millisecond and the card's state: the study
 * page previews a card's intervals when it shows it, and the rating is scheduled when it is
 * pressed (on the device, then on the server at its own clock), so the interval on the button
 * and the one stored differed by a day or more (13 stored for "Good 12 d", 2026-12-07). Seeded by
 * what is the same at all of those moments: the card's key, its last review and its state.
 */
function fuzzSeed(this: AbstractScheduler): string {
  // `last`, not `current`: ts-fsrs has already moved current's last_review to the review's time.
  const c = this.last as FsrsCardInput & { seed_key?: string };
  const last = c.last_review ? new Date(c.last_review).getTime() : 'new';
  return `${c.seed_key ?? ''}_${last}_${c.reps}_${c.difficulty * c.stability}`;
}

function toFsrsInput(card: SrsCard, key: string): FsrsCardInput & { seed_key: string } {
  return {
    seed_key: key,
    state: card.state,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    // ts-fsrs recomputes elapsed days from last_review; the field is deprecated but still required by the type.
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    last_review: card.lastReview,
  };
}

function fromFsrs(card: FsrsCard): SrsCard {
  return {
    state: card.state as number as CardStateCode,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
  };
}

function assertDate(value: Date, label: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new TypeError(`${label} must be a valid Date`);
}

export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  const maximumInterval =
    options.maximumIntervalDays !== undefined &&
    Number.isFinite(options.maximumIntervalDays) &&
    options.maximumIntervalDays >= 1
      ? Math.floor(options.maximumIntervalDays)
      : DEFAULT_MAXIMUM_INTERVAL_DAYS;
  const weights = options.weights && isValidWeights(options.weights) ? [...options.weights] : undefined;

  const engine = fsrs(
    generatorParameters({
      request_retention: normalizeDesiredRetention(options.desiredRetention),
      maximum_interval: maximumInterval,
      w: weights,
      enable_fuzz: options.enableFuzz ?? true,
      enable_short_term: true,
      learning_steps: toSteps(options.learningSteps, DEFAULT_LEARNING_STEPS, 'learningSteps'),
      relearning_steps: toSteps(options.relearningSteps, DEFAULT_RELEARNING_STEPS, 'relearningSteps'),
    }),
  ).useStrategy(StrategyMode.SEED, fuzzSeed);

  return {
    newCard(now) {
      assertDate(now, 'now');
      return {
        state: 0,
        due: new Date(now.getTime()),
        stability: 0,
        difficulty: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        lastReview: null,
      };
    },

    review(card, rating, now, key) {
      assertDate(now, 'now');
      if (!isRating(rating)) throw new RangeError(`rating must be 1..4, got ${String(rating)}`);
      const result = engine.next(toFsrsInput(card, key), now, rating as number as Grade);
      const elapsedMs = card.lastReview === null ? 0 : now.getTime() - card.lastReview.getTime();
      return { card: fromFsrs(result.card), elapsedDays: Math.max(0, elapsedMs) / DAY_MS };
    },

    known(card, now) {
      assertDate(now, 'now');
      if (card.state === 2 && card.due.getTime() >= now.getTime() + KNOWN_INTERVAL_DAYS * DAY_MS) return null;
      // The stability whose interval at the learner's retention is KNOWN_INTERVAL_DAYS: FSRS's
      // interval is stability × ((R^(1/decay) − 1) / factor). No fuzz: the same press gives the same day.
      const { decay, factor } = computeDecayFactor(engine.parameters.w);
      const perStability = (Math.pow(engine.parameters.request_retention, 1 / decay) - 1) / factor;
      const stability = Math.max(card.stability, KNOWN_INTERVAL_DAYS / perStability);
      const days = Math.max(KNOWN_INTERVAL_DAYS, Math.round(stability * perStability));
      return {
        state: 2,
        due: new Date(now.getTime() + days * DAY_MS),
        stability,
        // A card never rated gets the difficulty of a first "Easy".
        difficulty: card.difficulty > 0 ? card.difficulty : clamp(engine.init_difficulty(4 as Grade), 1, 10),
        scheduledDays: days,
        learningSteps: 0,
        reps: card.reps + 1,
        lapses: card.lapses,
        lastReview: new Date(now.getTime()),
      };
    },

    preview(card, now, key) {
      assertDate(now, 'now');
      const log = engine.repeat(toFsrsInput(card, key), now);
      const entry = (rating: Rating) => {
        const due = log[rating as number as Grade].card.due;
        return { due, intervalMs: due.getTime() - now.getTime() };
      };
      const [again, hard, good, easy] = RATINGS.map(entry) as [
        ReturnType<typeof entry>,
        ReturnType<typeof entry>,
        ReturnType<typeof entry>,
        ReturnType<typeof entry>,
      ];
      return { 1: again, 2: hard, 3: good, 4: easy };
    },
  };
}
