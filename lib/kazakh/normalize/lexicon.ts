// The analyser as normalize sees it: "is this a known form?" and the best analysis, cached
// for the duration of one normalize() call.

import type { Analysis } from '../types';
import { analyze, isKnownForm } from '../morphology';

export interface FormLexicon {
  known(word: string): boolean;
  best(word: string): Analysis | undefined;
}

const HAS_UPPER = /\p{Lu}/u;

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** A per-call cache over the morphological analyser. Upper-case forms are also tried in lower case. */
export function analyserLexicon(): FormLexicon {
  const knownCache = new Map<string, boolean>();
  const bestCache = new Map<string, Analysis | undefined>();
  const known = (w: string): boolean => {
    let k = knownCache.get(w);
    if (k === undefined) {
      k = safe(() => isKnownForm(w), false);
      if (!k && HAS_UPPER.test(w)) {
        const lower = w.toLowerCase();
        k = safe(() => isKnownForm(lower), false);
      }
      knownCache.set(w, k);
    }
    return k;
  };
  const best = (w: string): Analysis | undefined => {
    if (bestCache.has(w)) return bestCache.get(w);
    let list = safe(() => analyze(w), [] as Analysis[]);
    let a = list.find((x) => !x.guess);
    if (!a && HAS_UPPER.test(w)) {
      list = safe(() => analyze(w.toLowerCase()), [] as Analysis[]);
      a = list.find((x) => !x.guess);
    }
    a ??= list[0];
    bestCache.set(w, a);
    return a;
  };
  return { known, best };
}
