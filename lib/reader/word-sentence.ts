// The sentence a word of the reader's view stands in, as one line of text (the view keeps the
// text's line breaks), with the word's place in it: what the panel shows and what "add to my
// words" keeps as the example. One rule, so the two cannot disagree.
import type { ReaderView } from './types';

export interface WordSentence {
  /** index of the sentence in the view */
  index: number;
  text: string;
  /** where the word starts and ends in `text` */
  start: number;
  end: number;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** null when `word` is not a word of the view. */
export function wordSentence(view: ReaderView, word: number): WordSentence | null {
  if (!Number.isInteger(word) || word < 0 || word * 3 + 2 >= view.words.length) return null;
  const start = view.words[word * 3]!;
  const end = view.words[word * 3 + 1]!;
  let s = 0;
  while (s * 2 + 1 < view.sentences.length && view.sentences[s * 2 + 1]! <= start) s++;
  const from = view.sentences[s * 2]!;
  const lead = oneLine(view.text.slice(from, start));
  const text = oneLine(view.text.slice(from, view.sentences[s * 2 + 1]!));
  const trimmed = text.length - text.trimStart().length;
  const at = lead.length - trimmed;
  return { index: s, text: text.trim(), start: at, end: at + oneLine(view.text.slice(start, end)).length };
}
