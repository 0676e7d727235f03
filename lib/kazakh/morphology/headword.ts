// Learner's dictionary forms. Verbs are looked up by their verbal noun in -у: оқы → оқу,
// қолда → қолдау, қой → қою. UD-KTB lemmas are bare stems, so the headword is derived.

import type { Upos } from '../types';

/** The verbal noun (-у form) of a verb stem: оқы → оқу, сұра → сұрау, қой → қою. */
export function verbalNoun(stem: string): string {
  if (stem === 'е') return 'еу';
  const last = stem[stem.length - 1] ?? '';
  if (last === 'ы' || last === 'і') return stem.slice(0, -1) + 'у';
  if (last === 'й') return stem.slice(0, -1) + 'ю';
  if (last === 'и') return stem + 'ю';
  return stem + 'у'; // also after у: жау → жауу, ту → туу
}

/** Dictionary form for learners: verbs take -у; every other word is its lemma. */
export function headwordOf(lemma: string, upos: Upos): string {
  return upos === 'VERB' || upos === 'AUX' ? verbalNoun(lemma) : lemma;
}
