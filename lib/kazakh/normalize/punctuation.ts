// Punctuation and spacing repairs: reference markers, sentences glued with ".." or a
// missing space, repeated and stray whitespace.

import type { Edit } from './edit-buffer';

// [1], [12, 45], [3-5], [1, б. 25], [2; 7], with the spaces before it.
const HSPACE = new Set([0x20, 0x09, 0xa0]);
const REFERENCE =
  /\[\s*\d{1,4}(?:\s*[-–,;]\s*\d{1,4})*(?:\s*[,;:]\s*(?:[бсБСpP]\.|бет|page|p)?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?\s*\]/g;

export function referenceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    // take the spaces before the marker with it (scanned by hand: a leading [ \t]* in the
    // pattern would make long runs of spaces quadratic)
    let start = m.index;
    const floor = edits.length ? edits[edits.length - 1]!.end : 0;
    while (start > floor && HSPACE.has(text.charCodeAt(start - 1))) start--;
    edits.push({ start, end: m.index + m[0].length, after: '', reason: 'reference-marker' });
  }
  return edits;
}

// "алады..Қазіргі" → "алады. Қазіргі" (exactly two periods after a word, capital right
// after); "болды.Сонымен" / "қалай?Ол" → with a space (two lower-case letters before, a
// capitalised word after, so initials, abbreviations, numbers and URLs are left alone).
const JOIN_CANDIDATE = /[.!?]+/g;
const UPPER = /\p{Lu}/u;
const JOIN_BEFORE_2 = /[\p{L}\p{M}\d»")\]]/u;
const LOWER = /\p{Ll}/u;

function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return i > 0 ? text.charAt(i - 1) : '';
}

export function sentenceJoinEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  JOIN_CANDIDATE.lastIndex = 0;
  for (let m = JOIN_CANDIDATE.exec(text); m; m = JOIN_CANDIDATE.exec(text)) {
    const start = m.index;
    const p = m[0];
    if (!UPPER.test(text.charAt(start + p.length))) continue;
    if (p === '..') {
      if (JOIN_BEFORE_2.test(charBefore(text, start))) edits.push({ start, end: start + 2, after: '. ', reason: 'sentence-join' });
    } else if (p.length === 1) {
      if (
        start >= 2 &&
        LOWER.test(text.charAt(start - 1)) &&
        LOWER.test(text.charAt(start - 2)) &&
        LOWER.test(text.charAt(start + 2))
      ) {
        edits.push({ start, end: start + 1, after: p + ' ', reason: 'sentence-join' });
      }
    }
  }
  return edits;
}

// Whitespace repairs:
//  - an initial and a line break before the surname ("Н.\nНазарбаев") → one space
//  - horizontal space at the start or end of a line or of the text → removed
//  - 3+ line breaks (blank lines with spaces included) → one blank line
//  - space between a word and , ; : ! ? or a single . → removed ("Әдебиеттер ." → "Әдебиеттер.")
//  - a comma glued to the next word between letters ("қатар,өзінің") → ", "
//  - two or more spaces, or a tab → one space (a single no-break space is kept)
const H = '[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]';
const SPACE_RUN = new RegExp(`(?:${H}*\\n)+${H}*|${H}{2,}|\\t|^${H}|${H}$|${H}(?=[,;:!?.])|,(?=\\p{L})`, 'gu');
const INITIAL_BEFORE = /(?:^|[\s(«"“])\p{Lu}\.$/u;
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
const LETTER = /\p{L}/u;
const PUNCT_AFTER = /^(?:[,;:!?](?:\s|$)|\.(?![.\d\p{L}]))/u;

export function whitespaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const n = text.length;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    let after: string;
    if (run === ',') {
      if (!(LETTER.test(charBefore(text, start)) && LETTER.test(text.charAt(end)))) continue;
      after = ', ';
    } else if (run.includes('\n')) {
      const breaks = run.split('\n').length - 1;
      if (start === 0 || end === n) after = run.replace(/[^\n]/g, '').slice(0, 2);
      else if (breaks === 1 && INITIAL_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && UPPER_LOWER.test(text.slice(end, end + 2))) after = ' ';
      else after = breaks >= 3 ? '\n\n' : '\n'.repeat(breaks);
      if (start === 0) after = '';
    } else if (start === 0 || end === n) {
      after = '';
    } else if (WORD_CHAR.test(charBefore(text, start)) && PUNCT_AFTER.test(text.slice(end, end + 2))) {
      after = '';
    } else if (run.length >= 2 || run.includes('\t')) {
      after = ' ';
    } else continue;
    if (after !== run) edits.push({ start, end, after, reason: 'whitespace' });
  }
  return edits;
}
