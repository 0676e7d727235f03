// Duplicate sentences: pasted essays often repeat a paragraph. A sentence is a duplicate
// when its letters and digits (lower-cased; spaces and punctuation ignored) equal those of
// an earlier sentence and there are at least 20 of them — short sentences such as "Иә."
// legitimately repeat.

import type { SentenceSpan } from '../types';

const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const MIN_KEY = 20;

/** The comparison key of a sentence. */
export function sentenceKey(text: string): string {
  return text.toLowerCase().replace(NOT_ALNUM, '');
}

/** Indices of sentences that repeat an earlier sentence, ascending. */
export function findDuplicateSentences(spans: readonly Pick<SentenceSpan, 'text'>[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  spans.forEach((s, i) => {
    const key = sentenceKey(s.text);
    if (key.length < MIN_KEY) return;
    if (seen.has(key)) out.push(i);
    else seen.add(key);
  });
  return out;
}
