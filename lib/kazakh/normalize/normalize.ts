// normalize(text): repairs a pasted Kazakh text before it is segmented and analysed, and
// reports every change against the ORIGINAL text.
//
// Passes, in order (each works on the output of the previous one):
//   1. line breaks, control characters, invisible format characters, unpaired surrogates
//   2. Unicode NFC
//   3. reference markers ([1], [12, 45]) with the space before them
//   4. sentence joins ("алады..Қазіргі", "болды.Сонымен")
//   5. whitespace (repeated spaces, tabs, line-edge spaces, a line break after an initial,
//      space before , . ; : ! ?, a comma glued to the next word)
//   6. words, with the analyser: Latin look-alikes, Russian keyboard letters, words typed
//      without spaces. Precision first: a word that the analyser knows is never changed.
//
// Never throws: on an internal error the text is returned with the changes made so far.

import type { NormalizeResult } from '../types';
import { EditBuffer } from './edit-buffer';
import { characterEdits, nfcEdits } from './characters';
import { analyserLexicon } from './lexicon';
import { referenceEdits, sentenceJoinEdits, whitespaceEdits } from './punctuation';
import { wordEdits } from './words';

export interface NormalizeOptions {
  /** Skip the analyser-based word repairs (letters, run-together words). Default false. */
  skipWordRepairs?: boolean;
}

export function normalize(text: string, options: NormalizeOptions = {}): NormalizeResult {
  if (typeof text !== 'string' || text.length === 0) return { text: '', changes: [] };
  const buf = new EditBuffer(text);
  const passes: ((t: string) => ReturnType<typeof characterEdits>)[] = [
    characterEdits,
    nfcEdits,
    referenceEdits,
    sentenceJoinEdits,
    whitespaceEdits,
  ];
  if (!options.skipWordRepairs) {
    const lex = analyserLexicon();
    passes.push((t) => wordEdits(t, lex));
  }
  for (const pass of passes) {
    try {
      buf.apply(pass(buf.text));
    } catch {
      // keep what we have; a failing pass must not lose the text
    }
  }
  return { text: buf.text, changes: buf.changes() };
}
