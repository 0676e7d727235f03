// Punctuation and spacing repairs: reference markers, sentences glued with ".." or a
// missing space, repeated and stray whitespace.

import type { Edit } from './edit-buffer';

// [1], [12, 45], [3-5], [1, б. 25], [2; 7], with the spaces before it.
const REFERENCE =
  /[ \t\u00A0]*\[\s*\d{1,4}(?:\s*[-–,;]\s*\d{1,4})*(?:\s*[,;:]\s*(?:[бсБСpP]\.|бет|page|p)?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?\s*\]/g;

export function referenceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    edits.push({ start: m.index, end: m.index + m[0].length, after: '', reason: 'reference-marker' });
  }
  return edits;
}

// "алады..Қазіргі" → "алады. Қазіргі" (exactly two periods, capital right after);
// "болды.Сонымен" / "қалай?Ол" → with a space (two lower-case letters before, a capitalised
// word after, so initials, abbreviations, numbers and URLs are left alone).
const JOIN = /(?<=[\p{L}\p{M}\d»")\]])(?<!\.)\.\.(?!\.)(?=\p{Lu})|(?<=\p{Ll}\p{Ll})([.!?])(?=\p{Lu}\p{Ll})/gu;

export function sentenceJoinEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  JOIN.lastIndex = 0;
  for (let m = JOIN.exec(text); m; m = JOIN.exec(text)) {
    const after = m[0] === '..' ? '. ' : m[0] + ' ';
    edits.push({ start: m.index, end: m.index + m[0].length, after, reason: 'sentence-join' });
  }
  return edits;
}

const H = '[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]';
// Alternatives, in order:
//  1 an initial and a line break before the surname ("Н.\nНазарбаев") → one space
//  2 horizontal space at the start of the text or of a line → removed
//  3 horizontal space at the end of a line or of the text → removed
//  4 3+ line breaks → a blank line
//  5 space between a word and , ; : ! ? or a single . → removed ("Әдебиеттер ." → "Әдебиеттер.")
//  6 a comma glued to the next word between letters ("қатар,өзінің") → ", "
//  7 two or more spaces, or a tab → one space
const WHITESPACE = new RegExp(
  [
    `(?<=(?:^|[\\s(«"“])\\p{Lu}\\.)${H}*\\n${H}*(?=\\p{Lu}\\p{Ll})`,
    `(?<=^|\\n)${H}+`,
    `${H}+(?=\\n|$)`,
    `\\n{3,}`,
    `(?<=[\\p{L}\\p{M}\\d])${H}+(?=[,;:!?](?:\\s|$)|\\.(?![.\\d\\p{L}]))`,
    `(?<=\\p{L}),(?=\\p{L})`,
    `${H}{2,}|\\t`,
  ]
    .map((s) => `(${s})`)
    .join('|'),
  'gu',
);

export function whitespaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  WHITESPACE.lastIndex = 0;
  for (let m = WHITESPACE.exec(text); m; m = WHITESPACE.exec(text)) {
    if (m[0].length === 0) {
      WHITESPACE.lastIndex++;
      continue;
    }
    let after: string;
    if (m[1] !== undefined) after = ' ';
    else if (m[2] !== undefined || m[3] !== undefined || m[5] !== undefined) after = '';
    else if (m[4] !== undefined) after = '\n\n';
    else if (m[6] !== undefined) after = ', ';
    else after = ' ';
    edits.push({ start: m.index, end: m.index + m[0].length, after, reason: 'whitespace' });
  }
  return edits;
}
