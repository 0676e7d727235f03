// Public entry of the deck-from-text decisions (pure: what the teacher chose → the deck's rows).
export type { DraftChoices, DraftDecisions, DraftEdit, DraftFacts, DraftRowFacts, Gloss } from './choices';
export { applyDraftEdits, changesAnalysis, glossOf, hasMeaning, selectionOf, selectsRow } from './choices';
