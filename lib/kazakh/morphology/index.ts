// Public entry of the Kazakh morphological analyser.
export { analyze, isKnownForm, headwordOf, resetCaches } from './word';
export { analyzeSentence } from './sentence';
export { knownLemma, lookupLemma, lexiconSize } from '../lexicon';
export type { LexEntry } from '../lexicon';
