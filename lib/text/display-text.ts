// Names people read about other people: a learner's name in a teacher's roster, a class name,
// a deck title. They must show what they say: no control characters (NUL, newlines), no
// invisible format characters (zero-width spaces, bidi overrides that show "tnedutS" as
// "Student", a byte-order mark), no lone surrogates (stored as invalid UTF-8), no name of
// nothing but those (security audit F6). Joiners (U+200C, U+200D) stay: emoji and some
// scripts need them.

/** NFC, outer space trimmed, each run of spaces inside as one. */
export function cleanDisplayText(text: string): string {
  return text.normalize('NFC').replace(/\p{Zs}+/gu, ' ').trim();
}

const HIDDEN = /[\p{Cc}\p{Cs}\p{Co}\p{Zl}\p{Zp}]|(?![\u200C\u200D])\p{Cf}/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Whether a (cleaned) name shows what it holds: no hidden characters, and something to see. */
export function isDisplayable(text: string): boolean {
  return !HIDDEN.test(text) && VISIBLE.test(text);
}
