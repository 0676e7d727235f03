// The storage seam: the small ports the use cases talk to, implemented once per database
// (server/store/sqlite, server/store/postgres). Use cases are identical on both stores;
// what a review decides is lib/reviews' pure decideReview, called by each adapter inside
// its own transaction. Contract tests (server/store/contract.test.ts) hold both to this.
import type { CardActionDecision, ReviewDecision, StoredProgress, UndoDecision, UndoFacts } from '@/lib/reviews';
import type { Rating } from '@/lib/srs';
import type { StudyDayCounts } from '@/lib/progress';
import type { FitLogRow, FitOutcome, FitReason } from '@/lib/srs';
import type { LogFacts } from './rebuild-study-days';

// ───────────── reviews ─────────────

export interface ReviewSubmission {
  id: string;
  userId: string;
  cardId: string;
  rating: Rating;
  reviewedAt: Date;
  durationMs: number;
}

/** What the transaction read, for the use case to decide on. */
export interface ReviewFacts {
  card: { id: string; deckId: string; noteId: string; type: string };
  settings: { desiredRetention: number; fsrsWeights: string | null; timeZone: string; dayStartHour: number };
  progress: StoredProgress | null;
}

/** What the use case decided, for the transaction to write. */
export interface ReviewWrite {
  decision: ReviewDecision;
  /** study-day key the review counts in */
  day: string;
  /** minutes east of UTC of the learner's zone now */
  tzOffsetMin: number;
}

/** null: the rating is refused as stale (the card was answered since the page showed it); nothing is written. */
export type DecideReview = (facts: ReviewFacts) => ReviewWrite | null;

/** A review as the client sees it: the result of this very review, also when a retry asks again. */
export interface ReviewResult {
  id: string;
  cardId: string;
  rating: number;
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  leech: boolean;
  reviewedAt: string;
  serverAt: string;
}

export type ReviewStoreOutcome =
  | { ok: true; result: ReviewResult; duplicate: boolean }
  | { ok: false; error: 'not-found' | 'id-conflict' | 'stale' };

export type DecideUndo = (facts: UndoFacts) => UndoDecision;

export type UndoOutcome =
  | { ok: true; cardId: string; deckId: string; progress: StoredProgress | null; alreadyUndone: boolean }
  /** not-found: no such review of this learner; not-last: the card was rated again since; not-undoable: logged before undo existed */
  | { ok: false; error: 'not-found' | 'not-last' | 'not-undoable' };

export interface ReviewStore {
  /**
   * Records one review atomically: its log row, the card's progress and the study-day
   * rollup, or nothing. A review id seen before is answered with its stored result and
   * written once, also when copies arrive at once on different servers.
   */
  submit(review: ReviewSubmission, now: Date, decide: DecideReview): Promise<ReviewStoreOutcome>;
  /**
   * Takes back a learner's review atomically: the card's progress as it was before, the log row
   * marked undone, the study day's counts corrected. Only the card's latest review can be taken
   * back; taking back one already undone changes nothing.
   */
  undo(userId: string, reviewId: string, decide: DecideUndo): Promise<UndoOutcome>;
}

// ───────────── sessions ─────────────

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: string | null;
  expiresAt: Date;
}

export interface SessionReader {
  /** The user of a session token, read afresh: sign-out and role changes show at once. */
  byToken(token: string): Promise<SessionUser | null>;
}

// ───────────── progress ─────────────

export interface ProgressUser { id: string; name: string; email: string; timeZone: string; dayStartHour: number }
export interface StudyableDeck { id: string; title: string; words: number; cards: number }
export interface DeckProgressRow { deckId: string; cards: number; seen: number; known: number; due: number }
export interface CardStateRow { state: number; suspended: boolean; n: number }
export interface ClassRow { id: string; name: string; teacherId: string }
export interface AssignedDeck { id: string; title: string; words: number }
/** A member's reviews in the class's decks since their own 7 and 30 study days ago. */
export interface ActivityWindow { userId: string; since7: Date; since30: Date }
/** `lastAt`: the member's last review in these decks (not undone), null without one. */
export interface MemberActivity { userId: string; reviews7d: number; reviewed30d: number; passed30d: number; lastAt: Date | null }
export interface MemberDeckProgress extends DeckProgressRow { userId: string }
export interface NoteLapses { noteId: string; reps: number; lapses: number }
export interface NoteRetention { noteId: string; total: number; passed: number }
export interface NoteText { id: string; kind: string; kk: string; headword: string | null; ru: string; en: string }

export interface ProgressReader {
  user(userId: string): Promise<ProgressUser | null>;
  studyDays(userId: string): Promise<StudyDayCounts[]>;
  /** The learner's review log in these decks only, to count study days of some decks (server/store/rebuild-study-days.ts rollUpLogs). */
  deckLogFacts(userId: string, deckIds: readonly string[]): Promise<LogFacts[]>;
  /** `deckIds`: of these decks only */
  cardStates(userId: string, deckIds?: readonly string[]): Promise<CardStateRow[]>;
  /** due times (epoch ms) of the learner's started, unsuspended cards due before `before` (of `deckIds` only, if given) */
  dueTimes(userId: string, before: Date, deckIds?: readonly string[]): Promise<number[]>;
  studyableDecks(userId: string): Promise<StudyableDeck[]>;
  deckProgress(userId: string, now: Date): Promise<DeckProgressRow[]>;
  classById(classId: string): Promise<ClassRow | null>;
  isMember(classId: string, userId: string): Promise<boolean>;
  // The class dashboards read each of these once per class, never once per student.
  classMembers(classId: string): Promise<ProgressUser[]>;
  /** reviews in these decks only (not undone): all of them in 7 days, review-state ones and passed in 30, the last one */
  classDeckActivity(deckIds: string[], windows: ActivityWindow[]): Promise<MemberActivity[]>;
  classDeckProgress(classId: string, now: Date): Promise<MemberDeckProgress[]>;
  assignedDecks(classId: string): Promise<AssignedDeck[]>;
  /** per word note (sentences are not words to rank) */
  classNoteLapses(classId: string, deckIds: string[]): Promise<(NoteLapses & { deckId: string })[]>;
  classNoteRetention(classId: string, deckIds: string[]): Promise<(NoteRetention & { deckId: string })[]>;
  notes(noteIds: string[]): Promise<NoteText[]>;
}

// ───────────── study ─────────────

export interface StudySettings {
  timeZone: string;
  dayStartHour: number;
  desiredRetention: number;
  fsrsWeights: string | null;
  newCardsPerDay: number;
  /** the daily review cap across decks; null: none */
  reviewsPerDay: number | null;
  /** the learner's own new-card limit for this deck (DeckStudyLimit); null: the overall one alone */
  deckNewPerDay: number | null;
  glossLanguage: string | null;
}

export interface StudyProgress {
  state: number; due: Date; stability: number; difficulty: number; scheduledDays: number; learningSteps: number;
  reps: number; lapses: number; lastReview: Date | null; suspended: boolean;
}

export interface StudyQueueRow {
  cardId: string;
  noteId: string;
  sortOrder: number;
  progress: StudyProgress | null;
  /** a new card the learner asked to study (lib/srs QueueCard.requestedAt) */
  requestedAt?: Date | null;
}

export interface StudyWindow {
  dayStart: Date;
  dayEnd: Date;
  /** most learning cards and most due reviews to read, earliest due first */
  dueRows: number;
  /** most never-seen cards to read, in deck order */
  newRows: number;
}

export interface StudyQueueRows {
  /**
   * Only what the queue can show soon: the earliest learning cards due today, the earliest due
   * reviews, the next card due after today, the new cards the learner asked to study, and the
   * first never-seen cards. Never the whole
   * deck: the cost follows what is due and done today, not the deck's size.
   */
  cards: StudyQueueRow[];
  /** notes with a card reviewed today (the sibling rule) */
  reviewedTodayNotes: string[];
  /** learning cards due before the day ends, and reviews due, all of them (counted by the index) */
  learningDue: number;
  reviewsDue: number;
  /** new cards met and reviews made today in this deck, then in all the learner's decks */
  newIntroducedToday: number;
  reviewsDoneToday: number;
  newIntroducedTodayAllDecks: number;
  reviewsDoneTodayAllDecks: number;
}

export interface CardContentRow {
  cardId: string; type: string; data: string;
  kk: string; headword: string | null; lemma: string | null; upos: string | null; ru: string; en: string; comment: string | null; commentEn: string | null; examples: string;
}

export interface StudyReader {
  /** The deck if the learner may study it, with the learner's settings; null otherwise. */
  deckAndSettings(userId: string, deckId: string): Promise<{ deck: { id: string; title: string }; settings: StudySettings } | null>;
  queue(userId: string, deckId: string, window: StudyWindow): Promise<StudyQueueRows>;
  contents(cardIds: string[]): Promise<CardContentRow[]>;
}

// ───────────── the card browser ─────────────

export type CardSortKey = 'deck' | 'due' | 'word' | 'lapses' | 'reps' | 'interval';
export type CardStateFilter = 'new' | 'learning' | 'review' | 'relearning';
export type CardDueFilter = 'overdue' | 'today' | 'week';

/** What the browser's search looks for: LIKE patterns on the note's texts, or a lemma. */
export interface CardSearch {
  /** escaped with \ for LIKE, % around; any one matches (case-insensitively for ASCII) */
  patterns: string[];
  lemmas: string[];
}

export interface CardBrowseQuery {
  deckId: string | null;
  noteId: string | null;
  type: string | null;
  state: CardStateFilter | null;
  due: CardDueFilter | null;
  minLapses: number | null;
  leech: boolean | null;
  suspended: boolean | null;
  search: CardSearch | null;
  sort: CardSortKey;
  desc: boolean;
  offset: number;
  limit: number;
  /** the learner's study day now (overdue: before its start; today: before its end) and a week on */
  dayStart: Date;
  dayEnd: Date;
  weekEnd: Date;
}

export interface BrowsedCard {
  cardId: string; noteId: string; deckId: string; deckTitle: string; type: string;
  kk: string; headword: string | null; ru: string; en: string;
  /** 0 for a card never met */
  state: number; due: Date | null; stability: number; scheduledDays: number; reps: number; lapses: number;
  suspended: boolean; leech: boolean; lastReview: Date | null;
}

export interface CardActionFacts {
  card: { id: string; deckId: string; noteId: string; type: string };
  settings: ReviewFacts['settings'];
  progress: StoredProgress | null;
}

export interface CardActionWrite {
  decision: CardActionDecision;
  /** id of the manual log row, when the decision has one */
  logId: string;
  day: string;
  tzOffsetMin: number;
}

/** null: nothing to change on this card. */
export type DecideCardAction = (facts: CardActionFacts) => CardActionWrite | null;

export interface CardStore {
  /** One page of the learner's live cards in decks they may study, and how many match in all. */
  browse(userId: string, query: CardBrowseQuery): Promise<{ rows: BrowsedCard[]; total: number }>;
  /** How many of the learner's live cards are leeches. */
  leeches(userId: string): Promise<number>;
  /** The decks the learner may study, oldest first (the browser's deck filter). */
  decks(userId: string): Promise<{ id: string; title: string }[]>;
  /**
   * Acts on the learner's cards atomically: those of `cardIds` that are live in decks the
   * learner may study (with `wholeNotes`, every live card of their notes). Progress rows are
   * written or created, manual log rows appended and the study day's known count corrected.
   */
  act(userId: string, target: { cardIds: string[]; wholeNotes: boolean }, now: Date, decide: DecideCardAction): Promise<{ found: number; changed: number }>;
}

// ───────────── scheduler fits ─────────────

/** A fit of the learner's FSRS parameters (docs/decisions/028); scores are on held-back reviews. */
export interface SchedulerFitRow {
  id: string;
  userId: string;
  createdAt: Date;
  reviews: number;
  trainItems: number;
  testItems: number;
  outcome: FitOutcome;
  logLossBefore: number | null;
  rmseBefore: number | null;
  logLossAfter: number | null;
  rmseAfter: number | null;
  /** JSON arrays */
  weights: string | null;
  weightsBefore: string | null;
  durationMs: number;
}

export type { FitReason };

/** A job a server holds the lease of. */
export interface ClaimedFitJob {
  userId: string;
  reason: FitReason;
  requestedAt: Date;
  owner: string;
  /** claims so far, this one included */
  attempts: number;
}

export interface FitLearner { timeZone: string; dayStartHour: number; desiredRetention: number; fsrsWeights: string | null; autoFit: boolean }

export interface FitStore {
  /** Asks for a fit of the learner; asking again while one waits changes nothing but the reason ("requested" wins). */
  request(userId: string, reason: FitReason, now: Date): Promise<void>;
  /**
   * Takes the lease of one waiting job whose lease has run out (a new job's has), the learners'
   * own requests first. Exactly one server gets a given job; null when there is none.
   */
  claim(owner: string, now: Date, leaseMs: number): Promise<ClaimedFitJob | null>;
  /**
   * Records the fit and, when it is adopted, makes its parameters the learner's, and ends the
   * job, atomically, if this server still holds the job's lease; false (nothing written) if not.
   */
  finish(job: ClaimedFitJob, fit: SchedulerFitRow, now: Date): Promise<boolean>;
  /** A fit that failed: tried again after `retryMs`, or dropped once it has failed `maxAttempts` times. */
  fail(job: ClaimedFitJob, now: Date, retryMs: number, maxAttempts: number): Promise<void>;
  /** Ends a claimed job without a fit (an automatic one whose learner has since turned automatic fitting off). */
  drop(job: ClaimedFitJob): Promise<void>;
  /**
   * "Go back to the default parameters", atomically: if the learner has fitted parameters in
   * use, records a `reset` row (the rated reviews now, the parameters left in weightsBefore),
   * clears `fsrsWeights`, turns automatic fitting off and ends any waiting or running fit job
   * (a running one then cannot finish: its lease is gone). Null (nothing written) when the
   * learner already uses the defaults, or does not exist.
   */
  resetToDefaults(userId: string, id: string, now: Date): Promise<SchedulerFitRow | null>;
  /** Rated reviews in the log (not undone), the last fit, whether one waits and the learner's setting: is an automatic fit due? */
  dueFacts(userId: string): Promise<{ reviews: number; last: { reviews: number; outcome: FitOutcome } | null; pending: boolean; autoFit: boolean }>;
  learner(userId: string): Promise<FitLearner | null>;
  /** The learner's log as the optimiser needs it: rated and manual rows, not undone, in time order. */
  log(userId: string): Promise<FitLogRow[]>;
  lastFit(userId: string): Promise<SchedulerFitRow | null>;
  /** The learner's waiting or running job. */
  pending(userId: string, now: Date): Promise<{ requestedAt: Date; running: boolean } | null>;
}

// ───────────── memory (the retention preview) ─────────────

/** A started card's memory, as its progress row holds it. */
export interface MemoryState { state: number; due: Date; stability: number; difficulty: number; lastReview: Date | null }

/** A deck the learner studies, as the preview's new cards go (docs/decisions/026, 027). */
export interface MemoryDeck {
  deckId: string;
  /** live cards of the deck the learner has not met yet (no progress, or a new unsuspended one asked for) */
  unmetCards: number;
  /** the learner's own new cards a day from this deck (DeckStudyLimit); null: only the overall limit */
  newCardsPerDay: number | null;
}

export interface MemoryReader {
  /**
   * The learner's started, unsuspended, live cards in decks they may study, and the decks they
   * study (those they have met a card of), in a fixed order, with their unmet cards and limits.
   */
  memory(userId: string): Promise<{ cards: MemoryState[]; decks: MemoryDeck[] }>;
}

// ───────────── maintenance ─────────────

export interface RollupMaintenance {
  /** Recomputes StudyDay of some (or all) learners from the review log. */
  rebuildStudyDays(userIds?: readonly string[]): Promise<{ users: number; days: number }>;
}

// ───────────── the store ─────────────

export interface StudyRequests {
  /**
   * "Study this word": the never-studied, unsuspended cards of a note (in this deck) are asked
   * for, so the day's new cards start with them (lib/srs QueueCard.requestedAt). The caller has
   * checked the learner may study the deck. Returns how many cards were marked.
   */
  askFor(userId: string, deckId: string, noteId: string, now: Date): Promise<number>;
}

export interface Store {
  kind: 'sqlite' | 'postgres';
  reviews: ReviewStore;
  sessions: SessionReader;
  progress: ProgressReader;
  study: StudyReader;
  requests: StudyRequests;
  cards: CardStore;
  fits: FitStore;
  memory: MemoryReader;
  rollups: RollupMaintenance;
  /** Answers when the database does (health checks). */
  ping(): Promise<void>;
  /** Starts background work the store needs while a server runs (SQLite: WAL checkpoints). */
  start(): Promise<void>;
  /** Stops it and closes connections. */
  stop(): Promise<void>;
}
