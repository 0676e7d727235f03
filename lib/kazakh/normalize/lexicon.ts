// The analyser as normalize sees it: "is this a known form?", the best analysis and how
// often its lemma occurs in real text (lib/kazakh/frequency). The
// answers are cached for the life of the module (the lexicon is static), bounded: a cache
// that reaches CACHE_LIMIT entries is cleared.

import type { Analysis } from '../types';
import { analyze, isKnownForm } from '../morphology';
import { formCount, lemmaCount } from '../frequency';

export interface FormLexicon {
  known(word: string): boolean;
  best(word: string): Analysis | undefined;
  /** occurrences of the lemma of the word's best known analysis in the frequency corpus (0 if unknown) */
  frequency(word: string): number;
  /** occurrences of the word form itself (lower-cased) in the frequency corpus */
  formCount(word: string): number;
}

const HAS_UPPER = /\p{Lu}/u;

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

const CACHE_LIMIT = 100_000;
let shared: FormLexicon | null = null;

/** The cached view of the morphological analyser. Upper-case forms are also tried in lower case. */
export function analyserLexicon(): FormLexicon {
  shared ??= createLexicon();
  return shared;
}

function createLexicon(): FormLexicon {
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
      if (knownCache.size >= CACHE_LIMIT) knownCache.clear();
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
    if (bestCache.size >= CACHE_LIMIT) bestCache.clear();
    bestCache.set(w, a);
    return a;
  };
  const frequency = (w: string): number => {
    const a = best(w);
    return a && !a.guess ? lemmaCount(a.lemma) : 0;
  };
  return { known, best, frequency, formCount: (w) => formCount(w.toLowerCase()) };
}
