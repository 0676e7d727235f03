// Sentence splitter with UTF-16 offsets. Works on the tokens of the whole text, so it
// shares the tokenizer's view of abbreviations, initials and numbers.
//
// A sentence ends after . ! ? … .. ?! (plus any closing quotes or brackets right after) when
//   - whitespace follows and the next token does not start with a lower-case letter
//     (a "." followed by a lower-case word still ends the sentence, since learners' texts often
//     skip capitals; "?"/"!"/"…" before a lower-case word do not: "Қайда? деп сұрады");
//   - or no space follows but a capitalised word does after a word of 2+ letters
//     ("болды.Сонымен", "алады..Қазіргі");
// after a dotted abbreviation that may close a sentence (т.б., т.с.с.) when a capitalised word
// follows; at a blank line; and at a single line break unless the text plainly continues
// (next line starts in lower case, or the line ends with a comma, colon, dash, an initial or
// an abbreviation like ж.). Initials (Н. Назарбаев, even across a line break) never end a
// sentence.

import type { SentenceSpan, Token } from '../types';
import { SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations';
import { tokenize } from './tokenize';

const TERMINATOR = /^(?:[.!?…]+)$/;
const CLOSERS = new Set(['»', '”', '"', "'", '’', ')', ']', '}', '›']);
const CONTINUATION_END = new Set([',', ';', ':', '-', '–', '—', '(', '«', '“', '„', '[', '/']);
const DASHES = new Set(['-', '–', '—']);
const LOWER_START = /^[\p{Ll}]/u;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const UPPER_THEN_LOWER = /^[\p{Lu}\p{Lt}][\p{Ll}\p{M}]/u;

function startsLower(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'abbr') && LOWER_START.test(t.text);
}

/** Splits text into sentences. Spans exclude surrounding whitespace. Never throws. */
export function sentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const toks = tokenize(text);
  let first = 0;
  const close = (lastIndex: number) => {
    const a = toks[first];
    const b = toks[lastIndex];
    if (a && b) out.push({ text: text.slice(a.start, b.end), start: a.start, end: b.end });
    first = lastIndex + 1;
  };
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    if (!next) break;
    const hasSpace = next.start > t.end;
    let newlines = 0;
    for (let j = t.end; j < next.start; j++) if (text.charCodeAt(j) === 10) newlines++;

    if (t.kind === 'punct' && TERMINATOR.test(t.text)) {
      // absorb closing quotes/brackets glued to the terminator
      let last = k;
      while (true) {
        const c = toks[last + 1];
        const prev = toks[last]!;
        if (c && c.kind === 'punct' && CLOSERS.has(c.text) && c.start === prev.end) last++;
        else break;
      }
      const after = toks[last + 1];
      if (!after) {
        k = last;
        break;
      }
      const afterGap = text.slice(toks[last]!.end, after.start);
      const before = toks[first <= k - 1 ? k - 1 : k];
      let boundary: boolean;
      if (afterGap.length === 0) {
        boundary =
          last === k &&
          (after.kind === 'word' || after.kind === 'abbr') &&
          UPPER_THEN_LOWER.test(after.text) &&
          before !== undefined &&
          before !== t &&
          before.kind === 'word' &&
          [...before.text].length >= 2;
      } else if (afterGap.includes('\n')) {
        boundary = true;
        if (startsLower(after) && t.text !== '.' && newlines < 2) boundary = false;
      } else if (startsLower(after)) {
        boundary = t.text === '.' && before !== undefined && before !== t && before.kind === 'word' && [...before.text].length >= 2;
      } else if (DASHES.has(after.text) && startsLower(toks[last + 2])) {
        boundary = false; // "Қайда? – деді ол."
      } else {
        boundary = true;
      }
      if (boundary) close(last);
      k = last;
      continue;
    }

    if (t.kind === 'abbr' && t.text.endsWith('.')) {
      const isInitial = [...t.text].length === 2 && UPPER_START.test(t.text);
      if (isInitial) continue;
      if (SENTENCE_FINAL_ABBREVIATIONS.has(t.text.toLowerCase())) {
        if (hasSpace && !startsLower(next) && (UPPER_START.test(next.text) || newlines > 0 || next.kind !== 'word')) {
          close(k);
        }
        continue;
      }
      if (newlines > 0 && !startsLower(next)) close(k);
      continue;
    }

    if (newlines >= 2) {
      close(k);
      continue;
    }
    if (newlines === 1) {
      if (startsLower(next)) continue;
      if (t.kind === 'punct' && CONTINUATION_END.has(t.text)) continue;
      close(k);
    }
  }
  if (first < toks.length) close(toks.length - 1);
  return out;
}
