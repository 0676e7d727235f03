// Public surface of the review decisions. Pure: no I/O, no clock, no framework imports.
export type { StoredProgress, ReviewDecisionInput, ReviewDecision } from './decide-review';
export { decideReview, progressSnapshot } from './decide-review';
export type { UndoFacts, UndoDecision, CardNow } from './decide-undo';
export { decideUndo, isLastChange, restoreProgress } from './decide-undo';
export type { CardAction, CardActionInput, CardActionDecision, ManualLog } from './decide-card-action';
export { decideCardAction, isCardAction, CARD_ACTIONS } from './decide-card-action';
