// Matches a sentence of the normalised text to its translation. Exact on letters and
// digits first; otherwise the closest translation key within a small edit distance, so a
// repair that the translator made and the normaliser did not (or the reverse) still finds
// its translation.
import { sentenceKey } from '../kazakh';
import type { SentenceTranslation } from './types';

const MAX_DISTANCE_RATIO = 0.06;

function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface TranslationMatcher {
  find(sentence: string): SentenceTranslation | undefined;
}

export function indexTranslations(list: readonly SentenceTranslation[]): TranslationMatcher {
  const byKey = new Map(list.map((t) => [sentenceKey(t.kk), t] as const));
  const keys = [...byKey.keys()];
  return {
    find(sentence) {
      const key = sentenceKey(sentence);
      const hit = byKey.get(key);
      if (hit) return hit;
      const limit = Math.max(1, Math.floor(key.length * MAX_DISTANCE_RATIO));
      let best: { key: string; d: number } | null = null;
      for (const k of keys) {
        const d = editDistanceWithin(key, k, limit);
        if (d <= limit && (!best || d < best.d)) best = { key: k, d };
      }
      return best ? byKey.get(best.key) : undefined;
    },
  };
}
