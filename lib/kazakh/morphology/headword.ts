// Learner's dictionary forms. Verbs are looked up by their verbal noun in -у (оқу, қолдау,
// табу); UD-KTB lemmas are bare stems, so the headword is derived: by rule
// (lexicon/verbal-noun.ts), or from the lexicon where the rule does not fit (қорық → қорқу).

import type { Upos } from '../types';
import { lookupLemma } from '../lexicon';
import { verbalNoun } from '../lexicon/verbal-noun';

export { verbalNoun };

const HEADWORD_FLAG = 'headword=';

const memo = new Map<string, string>();

/** Dictionary form for learners: verbs take -у; every other word is its lemma. */
export function headwordOf(lemma: string, upos: Upos): string {
  if (upos !== 'VERB' && upos !== 'AUX') return lemma;
  let hw = memo.get(lemma);
  if (hw === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(lemma, (hw = verbHeadword(lemma)));
  }
  return hw;
}

function verbHeadword(lemma: string): string {
  for (const e of lookupLemma(lemma.toLowerCase())) {
    if (e.upos !== 'VERB' || e.lemma !== lemma) continue;
    const flag = e.flags.find((f) => f.startsWith(HEADWORD_FLAG));
    if (flag) return flag.slice(HEADWORD_FLAG.length);
    if (e.flags.includes('vowel-drop')) return verbalNoun(lemma, true);
  }
  return verbalNoun(lemma);
}
