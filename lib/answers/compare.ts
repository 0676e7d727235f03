// What "the same answer" means: tolerant of letter case, ё/е, repeated spaces and final
// punctuation. Folding works letter by letter (length-preserving), so the diff can align the
// texts as typed.

const FINAL_PUNCTUATION = /[\s.,!?…;:»"'”)\]]+$/u;
const LEADING_PUNCTUATION = /^[\s«"'“(\[]+/u;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/gu;

/** Trimmed, spaces collapsed, one hyphen, no final punctuation, NFC. */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ')
    .replace(LEADING_PUNCTUATION, '')
    .replace(FINAL_PUNCTUATION, '');
}

/**
 * One letter folded for comparison. The 2021 Latin alphabet cases i/İ and ı/I as Turkish does,
 * so İ folds to i and I to ı (see charsMatch for a capital I typed on an English keyboard).
 */
export function foldChar(ch: string): string {
  if (ch === 'İ') return 'i';
  if (ch === 'I') return 'ı';
  const low = ch.toLowerCase();
  if (low === 'ё') return 'е';
  return low.length === 1 || [...low].length === 1 ? low : ch;
}

/** Two letters count as the same answer letter. */
export function charsMatch(typed: string, expected: string): boolean {
  if (foldChar(typed) === foldChar(expected)) return true;
  // An English keyboard's capital I is also meant as i.
  return typed === 'I' && expected === 'i';
}

export function sameAnswer(typed: readonly string[], expected: readonly string[]): boolean {
  if (typed.length !== expected.length) return false;
  for (let i = 0; i < typed.length; i++) if (!charsMatch(typed[i]!, expected[i]!)) return false;
  return true;
}

/** Letters (code points) of a tidied text. */
export function letters(text: string): string[] {
  return [...text];
}

export function foldText(text: string): string {
  return letters(text).map(foldChar).join('');
}
