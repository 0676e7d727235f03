// Public surface of the review decision. Pure: no I/O, no clock, no framework imports.
export type { StoredProgress, ReviewDecisionInput, ReviewDecision } from './decide-review';
export { decideReview, progressSnapshot } from './decide-review';
