// Public entry of the typed-answer check: tolerant comparison, character diff, look-alike
// letters, morphological diagnosis and a suggested rating. Pure: no framework, no I/O; runs
// in the browser (the study page loads it when a typed answer is first checked).
export type {
  AnswerCheck,
  AnswerTarget,
  Diagnosis,
  DiffPart,
  Feature,
  FeatureDifference,
  FeaturePart,
  LetterSwap,
  Script,
  Verdict,
} from './types';
export { checkAnswer, suggestRating, MAX_TYPED_LENGTH } from './check';
export { cyrillicCandidates, likelyCyrillic } from './from-latin';
export { looseSpellings } from './loose-spellings';
export { isLookAlike } from './near-miss';
