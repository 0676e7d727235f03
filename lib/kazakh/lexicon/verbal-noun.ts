// The verbal noun (-у form) of a verb stem by rule: what a learner looks a verb up by.
// Verbs the rule does not fit carry their headword in the lexicon (verbs.txt:
// "қорық VERB headword=қорқу"); see morphology/headword.ts.

const VOWELS = 'аәеёиоөуұүыіэюя';
/** A stem-final voiceless stop voices between vowels: тап → табу, төк → төгу, шық → шығу. */
const VOICED: Record<string, string> = { 'п': 'б', 'к': 'г', 'қ': 'ғ' };

/**
 * оқы → оқу, сұра → сұрау, қой → қою, ки → кию, тап → табу, жау → жауу, қырқ → қырқу;
 * vowelDrop (a verb that loses its last ы/і before a vowel): қорық → қорқу.
 */
export function verbalNoun(stem: string, vowelDrop = false): string {
  if (vowelDrop && /[ыі][^аәеёиоөуұүыіэюя]$/.test(stem)) return stem.slice(0, -2) + stem.slice(-1) + 'у';
  const last = stem[stem.length - 1] ?? '';
  const before = stem[stem.length - 2] ?? '';
  if (last === 'ы' || last === 'і') return stem.slice(0, -1) + 'у';
  if (last === 'й') return stem.slice(0, -1) + 'ю';
  if (last === 'и') return stem + 'ю';
  if (VOICED[last] && VOWELS.includes(before)) return stem.slice(0, -1) + VOICED[last] + 'у';
  return stem + 'у';
}
