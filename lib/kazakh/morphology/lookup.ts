// Lexicon look-ups made while analysing one word. All candidate stems are prefixes of the
// word or prefixes with a changed/inserted last letter (кітаб → кітап, ауз → ауыз), so one
// trie walk along the word (prefixScan) answers most look-ups without hashing a string.

import { entriesFrom, lookupLemma, prefixScan, type LexEntry, type PrefixScan } from '../lexicon';

const EMPTY: readonly LexEntry[] = [];
let word = '';
let scan: PrefixScan | null = null;

/** Set the word whose stems are about to be looked up (null: no filtering). */
export function setLookupWord(w: string | null): void {
  if (w === null) {
    word = '';
    scan = null;
  } else {
    word = w;
    scan = prefixScan(w);
  }
}

/**
 * lookupLemma, answered from the current word's trie path where s shares it: a prefix of
 * the word, or a prefix with its last one or two letters changed (кітаб → кітап,
 * ауз → ауыз) — no hashing of a new string.
 */
export function lookup(s: string): readonly LexEntry[] {
  if (!scan) return lookupLemma(s);
  const n = Math.min(s.length, word.length);
  let cp = 0;
  while (cp < n && s.charCodeAt(cp) === word.charCodeAt(cp)) cp++;
  // s leaves the word at cp: a key equal to s would make word[0..cp) a trie path
  if (cp > scan.depth) return EMPTY;
  if (scan.filtered) return cp === s.length && !scan.keyEnd[cp] ? EMPTY : lookupLemma(s);
  return entriesFrom(scan.nodes[cp]!, s, cp);
}

/** Depth of the current word's lexicon prefix (word length when no word is set). */
export function lookupDepth(): number {
  return scan ? scan.depth : Number.MAX_SAFE_INTEGER;
}

/**
 * Could s.slice(0, len) be a lexicon key, or the start of a key changed only in its last
 * letter (alternations)? false only when the scan proves it cannot.
 */
export function maybeKeyPrefix(s: string, len: number): boolean {
  if (!scan) return true;
  const n = Math.min(len, word.length);
  let cp = 0;
  while (cp < n && s.charCodeAt(cp) === word.charCodeAt(cp)) cp++;
  if (cp === len) return scan.keyEnd[len] === 1 || len - 1 <= scan.depth;
  return cp <= scan.depth;
}
