// Function words: by part of speech (conjunctions, postpositions, pronouns, auxiliaries,
// particles, determiners) plus a short list of grammar words a learner meets everywhere
// (the list does not apply to verbs: ал "take" and де "say" are content words).

import type { Upos } from '../types';

export const FUNCTION_UPOS: ReadonlySet<Upos> = new Set<Upos>(['CCONJ', 'SCONJ', 'ADP', 'PRON', 'AUX', 'PART', 'DET']);

export const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  'және', 'мен', 'бен', 'пен', 'менен', 'бенен', 'пенен', 'де', 'да', 'те', 'та', 'ал', 'бірақ',
  'осы', 'сол', 'бұл', 'ол', 'анау', 'мына', 'үшін', 'сияқты', 'туралы', 'арқылы', 'бойынша',
  'немесе', 'не', 'әрі', 'яғни', 'себебі', 'өйткені', 'егер', 'егерде', 'ғана', 'қана', 'ма', 'ме',
  'ба', 'бе', 'па', 'пе', 'ше', 'ғой', 'қой', 'еді', 'екен', 'емес', 'е', 'деп', 'дейін', 'кейін',
  'бері', 'соң', 'қарай', 'шейін', 'секілді', 'сайын', 'гөрі', 'тек', 'әлі', 'өте', 'ең',
]);

export function isFunctionWord(lemma: string, upos: Upos): boolean {
  return FUNCTION_UPOS.has(upos) || (upos !== 'VERB' && GRAMMAR_WORDS.has(lemma.toLowerCase()));
}
