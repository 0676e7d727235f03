// The line at the top of the reader: how much of the text's running words the learner knows,
// and how many lemmas in it are new. Computed in the browser too, so marking a word known
// updates it at once.
import type { LemmaState, ReaderSummary, ReaderView } from './types';

export function readerSummary(view: Pick<ReaderView, 'words' | 'forms'>, states: readonly LemmaState[]): ReaderSummary {
  let running = 0;
  let studyRunning = 0;
  let known = 0;
  for (let i = 2; i < view.words.length; i += 3) {
    running++;
    const state = states[view.forms[view.words[i]!]!.lemma];
    if (state === undefined || state === 'none') continue;
    studyRunning++;
    if (state === 'known') known++;
  }
  return { running, studyRunning, known, newLemmas: states.filter((s) => s === 'unknown').length };
}
