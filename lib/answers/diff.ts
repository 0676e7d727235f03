// Character-level diff of the typed text against the answer: a longest common subsequence
// over letters (folded for case and ё/е), then runs merged so a wrong letter shows as one
// change rather than a deletion plus an insertion.
import { charsMatch } from './compare';
import type { DiffPart } from './types';

/** Longer texts are compared as one change: the answers checked are words and sentences. */
const MAX_LETTERS = 600;

export function diffLetters(typed: readonly string[], expected: readonly string[]): DiffPart[] {
  if (typed.length === 0 && expected.length === 0) return [];
  if (typed.length > MAX_LETTERS || expected.length > MAX_LETTERS) {
    return [{ kind: 'changed', typed: typed.join(''), expected: expected.join('') }];
  }
  const n = typed.length;
  const m = expected.length;
  // lcs[i][j] = LCS length of typed[i..] and expected[j..]
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = charsMatch(typed[i]!, expected[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: { kind: 'same' | 'extra' | 'missing'; t: string; e: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && charsMatch(typed[i]!, expected[j]!)) {
      ops.push({ kind: 'same', t: typed[i]!, e: expected[j]! });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push({ kind: 'missing', t: '', e: expected[j]! });
      j++;
    } else {
      ops.push({ kind: 'extra', t: typed[i]!, e: '' });
      i++;
    }
  }
  return mergeRuns(ops);
}

function mergeRuns(ops: { kind: 'same' | 'extra' | 'missing'; t: string; e: string }[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let k = 0;
  while (k < ops.length) {
    const op = ops[k]!;
    if (op.kind === 'same') {
      const last = parts[parts.length - 1];
      if (last?.kind === 'same') {
        last.typed += op.t;
        last.expected += op.e;
      } else parts.push({ kind: 'same', typed: op.t, expected: op.e });
      k++;
      continue;
    }
    // A run of insertions and deletions between two equal letters.
    let typed = '';
    let expected = '';
    while (k < ops.length && ops[k]!.kind !== 'same') {
      typed += ops[k]!.t;
      expected += ops[k]!.e;
      k++;
    }
    parts.push({ kind: typed && expected ? 'changed' : typed ? 'extra' : 'missing', typed, expected });
  }
  return parts;
}
