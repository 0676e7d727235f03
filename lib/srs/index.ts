// Public surface of the spaced-repetition core. Pure: no I/O, no clock, no framework imports.
export type { Rating, CardStateCode, SrsCard } from './types';
export { RATINGS, isRating, isCardStateCode } from './types';

export type { SchedulerOptions, ReviewOutcome, Scheduler } from './scheduler';
export {
  createScheduler,
  normalizeDesiredRetention,
  isValidWeights,
  DEFAULT_DESIRED_RETENTION,
  MIN_DESIRED_RETENTION,
  MAX_DESIRED_RETENTION,
  DEFAULT_LEARNING_STEPS,
  DEFAULT_RELEARNING_STEPS,
  DEFAULT_MAXIMUM_INTERVAL_DAYS,
  KNOWN_INTERVAL_DAYS,
} from './scheduler';

export type { IntervalUnit } from './interval-parts';
export { intervalParts } from './interval-parts';

export {
  studyDayStart,
  nextStudyDayStart,
  studyDayKey,
  isValidTimeZone,
  DEFAULT_DAY_START_HOUR,
} from './study-day';

export type { QueueCard, QueueInput, Queue } from './queue';
export { buildQueue, DEFAULT_NEW_PER_DAY, DEFAULT_LEARN_AHEAD_MS } from './queue';
export type { NewLimitInput, NewHeldBack } from './daily-limits';
export { newCardsLeft, newHeldBack, reviewsLeft, buriedBySibling, MAX_NEW_PER_DAY, MIN_REVIEWS_PER_DAY, MAX_REVIEWS_PER_DAY } from './daily-limits';
export type { StudyPlanInput, StudyPlan } from './study-plan';
export { planStudy } from './study-plan';

export type { LearningDue, LearnAheadOffer } from './learn-ahead';
export { learnAheadOffer, learnAheadWaitMs } from './learn-ahead';

export { LEECH_LAPSES, isLeech } from './leech';
export { snapshot, restore } from './snapshot';

export type { FitOutcome, FitReason, FitLogRow, FitReview, FitItem, FitItems, FitDueInput, FitScore, AdoptionInput, FirstIntervals } from './fit-policy';
export {
  fitAllowed,
  fitDue,
  buildFitItems,
  enoughItems,
  shouldAdopt,
  firstIntervals,
  MIN_TRAINING_ITEMS,
  MIN_FIT_REVIEWS,
  MIN_HELD_BACK_ITEMS,
  HELD_BACK_FRACTION,
  REFIT_EVERY_REVIEWS,
  RETRY_AFTER_TOO_FEW_REVIEWS,
} from './fit-policy';
export { scoreParameters } from './fit-score';
export type { SimulationInput } from './simulate-learner';
export { simulateReviewLog, SIMULATED_LEARNER_WEIGHTS } from './simulate-learner';
export { seededRandom } from './seeded-random';
export type { MemoryCard, NewCardDeck, RetentionCostInput, RetentionCost } from './retention-cost';
export { simulateRetentionCost, DEFAULT_RATING_ODDS, DEFAULT_PATHS } from './retention-cost';
