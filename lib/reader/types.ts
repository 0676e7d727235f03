// What the reader page gets: a text deck's text and, for every word in it, the note and the
// learner's state of its lemma. Compact and serialisable, so the whole page's data stays small
// and a word's panel opens from it without asking the server. Pure data.
import type { Reading } from '../kazakh/vocabulary/read';
import type { WordProgress } from '../progress/word-state';

/** unknown: cards never studied; learning: started, not yet known; known; none: nothing to study (no card). */
export type LemmaState = 'unknown' | 'learning' | 'known' | 'none';

/** A note of the deck as the reader needs it, with the learner's progress on it. */
export interface ReaderNote {
  id: string;
  kind: 'word' | 'sentence';
  kk: string;
  lemma: string | null;
  upos: string | null;
  headword: string | null;
  ru: string;
  en: string;
  /** cards of the note that can be studied */
  cards: number;
  /** progress of the note's recognition card; null: never seen */
  progress: WordProgress | null;
  /** earliest next review among the note's started, unsuspended cards */
  due: Date | null;
  /** the learner asked to study this word next ("study this word") */
  asked?: boolean;
}

export interface ReaderLemma {
  lemma: string;
  headword: string;
  upos: string;
  ru: string;
  en: string;
  /** the deck's note of this word; null: the deck has none (a function word, one the teacher skipped) */
  noteId: string | null;
  /** where ru/en come from: the deck's note, the general glossary, or nowhere */
  glossFrom: 'deck' | 'glossary' | null;
  state: LemmaState;
  /** ISO time of the next review, for a started word */
  due: string | null;
  /** the engine's lemma is a guess (not in its lexicon) */
  guess: boolean;
  /** the learner asked to study this word next ("study this word") */
  asked: boolean;
}

/** One analysed form: its lemma (index into lemmas) and its build as [text, label] pairs. */
export interface ReaderForm {
  lemma: number;
  segments: [string, string | null][];
}

export interface ReaderView {
  text: string;
  /** index of each paragraph's first sentence */
  paragraphs: number[];
  /** start, end of each sentence, flat */
  sentences: number[];
  /** per sentence: its translation [ru, en], or null */
  translations: ([string, string] | null)[];
  /** start, end, form index of each word, flat, in text order */
  words: number[];
  forms: ReaderForm[];
  lemmas: ReaderLemma[];
}

export interface ReaderSummary {
  /** running words of the text */
  running: number;
  /** running words whose lemma has cards to study */
  studyRunning: number;
  /** of those, words whose lemma the learner knows */
  known: number;
  /** distinct lemmas with cards the learner has not started */
  newLemmas: number;
}

export interface BuildReaderViewInput {
  deckId: string;
  reading: Reading;
  notes: readonly ReaderNote[];
  /** gloss of a word the deck has no note of (the general glossary) */
  glossary?: (lemma: string, upos: string) => { ru: string; en: string } | undefined;
}
