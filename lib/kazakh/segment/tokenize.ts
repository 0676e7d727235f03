// Tokenizer: splits a sentence (or any text) into word, number, abbreviation, punctuation,
// symbol and other tokens, with UTF-16 offsets into the given string. Whitespace is skipped.
//
// Kept as one token: hyphenated compounds (қарым-қатынас, орта-азиялық), numbers with
// suffixes (55-ші, 2020-шы, 3,5, 1.000.000, 90%-ына), a per cent sign with its suffix (%-ке), abbreviations with suffixes (КСРО-дан,
// АҚШ-тың), dotted abbreviations (т.б., т.с.с., б.з.б.), listed abbreviations with their
// period (ж., млн.), initials before a capitalised word (Н. in "Н. Назарбаев"), ellipses
// (..., …) and runs of ?/!. Dashes (–, —, and a free-standing -) are punctuation.

import type { Token, TokenKind } from '../types';
import { SENTENCE_FINAL_ABBREVIATIONS, WORD_ABBREVIATIONS } from './abbreviations';

const WS = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/uy;
const DOTTED_ABBR = /(?:[\p{Ll}]{1,2}\.){2,}/uy;
const NUMBER = /\d+(?:[.,]\d+)*(?:%?[-‐‑][\p{L}\p{M}]+)?(?![\p{L}\p{M}\d])/uy;
/** A per cent sign with its case suffix, written apart from the number (5 %-ке). */
const PERCENT_SUFFIX = /%[-‐‑][\p{L}\p{M}]+/uy;
const NUMBER_LOOSE = /\d+(?:[.,]\d+)*/uy;
// A word: /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*(?:[-‐‑][\p{L}\p{M}\d]+(?:['’ʼ][\p{L}\p{M}]+)*)*/u,
// scanned by hand (scanWord) for speed.
const ELLIPSIS = /\.{2,}|…+/uy;
const MARKS = /[!?]+[!?.…]*/uy;
const EMOJI =
  /(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*)*|[#*0-9]\uFE0F?\u20E3)/uy;
const SYMBOL = /[\p{S}%‰‱№§@#&*†‡]/uy;
const PUNCT = /\p{P}/uy;
const ANY = /[^]/uy;

const ROMAN = /^[IVXLCDM]+$/;
const UPPER_WORD_START = /^[\p{Lu}\p{Lt}]/u;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/** Length (in code units) of the letter or combining mark at i, or 0. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0x400 && c <= 0x4ff) return c >= 0x482 && c <= 0x489 ? (c >= 0x483 ? 1 : 0) : 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i)!;
    return cp > 0xffff && LETTER_OR_MARK.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return LETTER_OR_MARK.test(s.charAt(i)) ? 1 : 0;
}
function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}
function lettersFrom(s: string, i: number, digits: boolean): number {
  let j = i;
  for (;;) {
    const l = letterAt(s, j);
    if (l) j += l;
    else if (digits && isDigit(s, j)) j++;
    else return j;
  }
}

/** Word at i (letters/marks with inner apostrophes and hyphens), or ''. Same as WORD. */
function scanWord(s: string, i: number): string {
  let j = lettersFrom(s, i, false);
  if (j === i) return '';
  for (;;) {
    const c = s.charCodeAt(j);
    if (APOSTROPHES.has(c) && letterAt(s, j + 1)) {
      j = lettersFrom(s, j + 1, false);
    } else if (HYPHENS.has(c) && (letterAt(s, j + 1) || isDigit(s, j + 1))) {
      j = lettersFrom(s, j + 1, true);
      while (APOSTROPHES.has(s.charCodeAt(j)) && letterAt(s, j + 1)) j = lettersFrom(s, j + 1, false);
    } else break;
  }
  return s.slice(i, j);
}

function at(re: RegExp, s: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0] : null;
}

function isAllCaps(s: string): boolean {
  let upper = 0;
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    if (ch === lo) return false;
    upper++;
  }
  return upper >= 2;
}

/** The next non-space character after position i, or '' at the end. */
function nextVisible(s: string, i: number): string {
  WS.lastIndex = i;
  const m = WS.exec(s);
  const j = m ? i + m[0].length : i;
  return s.charAt(j);
}

function wordKind(word: string): TokenKind {
  // fast path: a word starting with a lower-case Latin or Cyrillic letter
  const c = word.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f) || (c >= 0x461 && c <= 0x4ff && (c & 1) === 1)) {
    return 'word';
  }
  const head = word.split(/[-‐‑]/)[0] ?? word;
  if (isAllCaps(head)) return ROMAN.test(word) ? 'number' : 'abbr';
  return 'word';
}

/** Splits a string into tokens. Offsets are UTF-16 code-unit offsets into `sentence`. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  if (typeof sentence !== 'string') return tokens;
  const s = sentence;
  const n = s.length;
  let i = 0;
  const push = (text: string, kind: TokenKind) => {
    tokens.push({ text, start: i, end: i + text.length, kind });
    i += text.length;
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10) {
      i++;
      continue;
    }
    if (c < 0x400 || c > 0x4ff) {
      const ws = at(WS, s, i);
      if (ws) {
        i += ws.length;
        continue;
      }
    }

    // Digits: numbers with optional -suffix.
    if (c >= 48 && c <= 57) {
      const num = at(NUMBER, s, i);
      if (num && !(num.endsWith('.') || num.endsWith(','))) {
        push(num, 'number');
        continue;
      }
      const loose = at(NUMBER_LOOSE, s, i);
      if (loose) {
        // keycap emoji start with a digit too
        const emoji = at(EMOJI, s, i);
        if (emoji && emoji.length > loose.length) {
          push(emoji, 'symbol');
          continue;
        }
        push(loose, 'number');
        continue;
      }
    }

    if (s.charCodeAt(i + 1) === 46 || s.charCodeAt(i + 2) === 46) {
      const dotted = at(DOTTED_ABBR, s, i);
      if (dotted && (i === 0 || !letterAt(s, i - 1))) {
        push(dotted, 'abbr');
        continue;
      }
    }

    const word = scanWord(s, i);
    if (word) {
      const after = i + word.length;
      if (s.charAt(after) === '.' && s.charAt(after + 1) !== '.') {
        const lower = word.toLowerCase();
        // Listed abbreviations keep their period.
        if (WORD_ABBREVIATIONS.has(lower) || SENTENCE_FINAL_ABBREVIATIONS.has(lower + '.')) {
          push(word + '.', 'abbr');
          continue;
        }
        // Initials: a single capital letter before a capitalised word (Н. Назарбаев, Ш.Уәлиханов).
        if (
          [...word].length === 1 &&
          UPPER_WORD_START.test(word) &&
          UPPER_WORD_START.test(nextVisible(s, after + 1))
        ) {
          push(word + '.', 'abbr');
          continue;
        }
      }
      push(word, wordKind(word));
      continue;
    }

    const ell = at(ELLIPSIS, s, i);
    if (ell) {
      push(ell, 'punct');
      continue;
    }
    const marks = at(MARKS, s, i);
    if (marks) {
      push(marks, 'punct');
      continue;
    }
    const emoji = at(EMOJI, s, i);
    if (emoji) {
      push(emoji, 'symbol');
      continue;
    }
    if (c === 37) {
      const pct = at(PERCENT_SUFFIX, s, i);
      if (pct) {
        push(pct, 'symbol');
        continue;
      }
    }
    const sym = at(SYMBOL, s, i);
    if (sym) {
      push(sym, 'symbol');
      continue;
    }
    const p = at(PUNCT, s, i);
    if (p) {
      push(p, 'punct');
      continue;
    }
    const any = at(ANY, s, i) ?? s.charAt(i);
    push(any, 'other');
  }
  return tokens;
}
