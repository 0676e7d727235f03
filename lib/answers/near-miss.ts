// Russian look-alike letters typed for Kazakh ones (к for қ …), and in the Latin alphabet the
// plain letter for the marked one (k for q, a for ä …): "almost: қ, not к" rather than wrong.
import { foldChar } from './compare';
import type { DiffPart, LetterSwap, Script } from './types';

/** Kazakh letter → the letters a Russian keyboard offers in its place. */
const CYRILLIC: Record<string, readonly string[]> = {
  қ: ['к'], ң: ['н'], ұ: ['у'], ү: ['у'], ө: ['о'], ә: ['а'], ғ: ['г'], і: ['и', 'ы'], һ: ['х'],
};
/** The same pairs in the 2021 Latin alphabet (х and һ are both h there), plus ş for s. */
const LATIN: Record<string, readonly string[]> = {
  q: ['k'], ñ: ['n'], ū: ['u'], ü: ['u'], ö: ['o'], ä: ['a'], ğ: ['g'], ı: ['i', 'y'], ş: ['s'],
};

function pairsOf(table: Record<string, readonly string[]>): Set<string> {
  const s = new Set<string>();
  for (const [kazakh, alikes] of Object.entries(table)) {
    for (const a of alikes) {
      s.add(`${kazakh}|${a}`);
      s.add(`${a}|${kazakh}`);
    }
  }
  return s;
}
const PAIRS = { cyrl: pairsOf(CYRILLIC), latn: pairsOf(LATIN) };

/** true when typed can stand for expected as a look-alike (either direction, case folded). */
export function isLookAlike(typed: string, expected: string, script: Script): boolean {
  const key = `${foldChar(expected)}|${foldChar(typed)}`;
  return PAIRS.cyrl.has(key) || (script === 'latn' && PAIRS.latn.has(key));
}

export interface Repair {
  /** the typed text with every look-alike letter replaced by the answer's letter */
  repaired: string;
  swaps: LetterSwap[];
}

/**
 * Walks the diff: every changed run of equal length whose letters are all look-alikes of the
 * answer's is repaired. What remains different stays as typed.
 */
export function repairLookAlikes(diff: readonly DiffPart[], script: Script): Repair {
  let repaired = '';
  const swaps: LetterSwap[] = [];
  const seen = new Set<string>();
  for (const part of diff) {
    if (part.kind !== 'changed') {
      repaired += part.typed;
      continue;
    }
    const t = [...part.typed];
    const e = [...part.expected];
    if (t.length !== e.length || !t.every((ch, i) => isLookAlike(ch, e[i]!, script))) {
      repaired += part.typed;
      continue;
    }
    repaired += part.expected;
    t.forEach((ch, i) => {
      const swap = { expected: foldChar(e[i]!), typed: foldChar(ch) };
      const key = `${swap.expected}|${swap.typed}`;
      if (!seen.has(key)) {
        seen.add(key);
        swaps.push(swap);
      }
    });
  }
  return { repaired, swaps };
}
