// The analysis of a draft's text, kept while the teacher works on it: the review asks for it
// on every page of rows and after every batch of edits, and a 200,000-character text takes
// the engine seconds. A draft's text never changes, so the analysis depends only on the draft
// and the changes the teacher rejected. Kept per process (a server that has not seen the draft
// analyses it again), least recently used first out, within a budget of text characters.
import 'server-only';
import { runInEngine } from '../engine/engine';
import type { DraftAnalysis } from './analyse-text';

/** Five of the longest texts (200,000 characters) at once. */
const BUDGET_CHARS = 1_000_000;

interface Kept {
  chars: number;
  analysis: Promise<DraftAnalysis>;
}

const kept = new Map<string, Kept>();
let keptChars = 0;

export function draftAnalysis(draft: { id: string; text: string }, rejected: readonly string[]): Promise<DraftAnalysis> {
  const key = `${draft.id}\n${[...rejected].sort().join(',')}`;
  const hit = kept.get(key);
  if (hit) {
    kept.delete(key);
    kept.set(key, hit);
    return hit.analysis;
  }
  const analysis = runInEngine('analyse', { text: draft.text, rejected: [...rejected] });
  const entry = { chars: draft.text.length, analysis };
  kept.set(key, entry);
  keptChars += entry.chars;
  // A failed analysis is not kept: the next request tries again.
  analysis.catch(() => forget(key, entry));
  for (const [k, v] of kept) {
    if (keptChars <= BUDGET_CHARS || kept.size === 1) break;
    forget(k, v);
  }
  return analysis;
}

function forget(key: string, entry: Kept) {
  if (kept.get(key) !== entry) return;
  kept.delete(key);
  keptChars -= entry.chars;
}
