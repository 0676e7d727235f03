// Public entry of the Kazakh text engine. Pure: no framework, no I/O; runs in the browser.

export type {
  Analysis,
  ChangeReason,
  NormalizeResult,
  Occurrence,
  Segment,
  SentenceSpan,
  TextChange,
  Token,
  TokenKind,
  Upos,
  Vocabulary,
  VocabularyEntry,
} from './types';

export { analyze, analyzeSentence, isKnownForm, knownLemma } from './morphology';

export { normalize } from './normalize/normalize';
export type { NormalizeOptions } from './normalize/normalize';
export { applyChanges } from './normalize/edit-buffer';

export { sentences } from './segment/sentences';
export { tokenize } from './segment/tokenize';
export { findDuplicateSentences, sentenceKey } from './segment/duplicates';

export { toLatin } from './latin/to-latin';

export { extractVocabulary } from './vocabulary/extract';
export type { ExtractVocabularyOptions } from './vocabulary/extract';
export { readText } from './vocabulary/read';
export type { Reading, ReadingWord, ReadTextOptions } from './vocabulary/read';
export { isFunctionWord, FUNCTION_UPOS, GRAMMAR_WORDS } from './vocabulary/function-words';
export { studyScore } from './vocabulary/score';
