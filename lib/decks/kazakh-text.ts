// Does a pasted text look like Kazakh the engine can read? Asked before a draft is made, so an
// English (or other Latin-script) text is refused with a reason instead of becoming an empty
// draft. Kazakh is read in Cyrillic: a text counts when at least a fifth of its words (the
// engine's word tokens) have a Cyrillic letter, so Kazakh with English terms, names or links
// passes, and so does Kazakh typed on a Russian keyboard (the engine repairs its letters).
import type { Issue } from '../errors';
// the tokenizer alone, not the engine's entry (the import form runs this in the browser)
import { tokenize } from '../kazakh/segment/tokenize';

/** The least share of Cyrillic words a text needs. */
export const MIN_CYRILLIC_WORD_SHARE = 0.2;

const CYRILLIC = /[\u0400-\u04FF\u0500-\u052F]/;

export function looksKazakh(text: string): boolean {
  let words = 0;
  let cyrillic = 0;
  for (const token of tokenize(text)) {
    if (token.kind !== 'word' && token.kind !== 'abbr') continue;
    words++;
    if (CYRILLIC.test(token.text)) cyrillic++;
  }
  return cyrillic > 0 && cyrillic >= MIN_CYRILLIC_WORD_SHARE * words;
}

/** What a text that does not look Kazakh is told, by the import form and the server alike. */
export const NOT_KAZAKH_TEXT: Issue = { code: 'not-kazakh' };
