// Public entry of the Kazakh morphological analyser.
//
//   analyze(word)          ranked analyses of one form (memoised; do not mutate the result)
//   analyzeSentence(words) exactly one analysis per word, chosen with context rules
//   isKnownForm(word)      true when some analysis rests on a lexicon stem (not a guess)
//   knownLemma(lemma, upos?) / lookupLemma(lowerLemma)  stem-lexicon look-ups
//   headwordOf(lemma, upos) learner's dictionary form (verbs take -у: қолда → қолдау)
//   resetCaches()          drop memoised analyses (tests, benchmarks)
//
// Files: phonology.ts (harmony, sound classes), suffixes.ts (morphemes and allomorphs),
// chains.ts (noun and verb suffix chains with UD features), table.ts (surface ending
// table), analyzer.ts (stem + chain search, voice, alternations, guesser), derivation.ts,
// closed.ts (pronoun paradigms, irregular forms), lookup.ts (per-word lexicon filter),
// word.ts (case, punctuation, numbers, hyphens, memo), sentence.ts (disambiguation).
export { analyze, isKnownForm, resetCaches } from './word';
export { headwordOf } from './headword';
export { irregularFormTypos } from './closed';
export { analyzeSentence } from './sentence';
export { knownLemma, lookupLemma, lexiconSize } from '../lexicon';
export type { LexEntry } from '../lexicon';
