// Study ranking: higher = study earlier.
//
//   score = weight(upos) × (1 + log2(count)) × (guess ? 0.6 : 1) + 0.05 × min(forms, 5)
//
// Content words first (nouns and verbs 1.0, adjectives 0.9, adverbs 0.8, numerals 0.5,
// proper nouns 0.4, interjections 0.3, anything else 0.2); function words weigh 0.15 so a
// frequent "және" still ranks below a content word seen twice. Frequency counts with
// diminishing returns; stems the analyser does not know (guesses) are less certain; a
// lemma seen in several forms gets a small bonus (more grammar to practise).

import type { Upos } from '../types';

const WEIGHT: Partial<Record<Upos, number>> = {
  NOUN: 1,
  VERB: 1,
  ADJ: 0.9,
  ADV: 0.8,
  NUM: 0.5,
  PROPN: 0.4,
  INTJ: 0.3,
};

export function studyScore(input: { upos: Upos; count: number; forms: number; guess: boolean; isFunctionWord: boolean }): number {
  const w = input.isFunctionWord ? 0.15 : (WEIGHT[input.upos] ?? 0.2);
  const raw = w * (1 + Math.log2(Math.max(1, input.count))) * (input.guess ? 0.6 : 1) + 0.05 * Math.min(input.forms, 5);
  return Math.round(raw * 10000) / 10000;
}
