// Public entry of the reader's core: a deck's text mapped onto its notes and the learner's
// knowledge (pure; buildReaderView runs on the server, readerSummary in the browser too).
export type { BuildReaderViewInput, LemmaState, ReaderForm, ReaderLemma, ReaderNote, ReaderSummary, ReaderView } from './types';
export { buildReaderView, inGlossLanguage, lemmaState } from './view';
export { readerSummary } from './summary';
export { wordSentence, type WordSentence } from './word-sentence';
export { packReaderView, unpackReaderView, type PackedReaderView } from './pack';
export { MAX_PART_WORDS, readerPart, summaryWith, type ReaderPart } from './part';
export { learnerNotes, readerCards, withLearner, type LearnerNote, type ReaderCards, type ReaderProgressRow } from './learner';
