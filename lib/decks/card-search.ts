// What the card browser searches for when a learner types: the text itself in a note's Kazakh,
// headword, Russian or English (as typed, capitalised and in capitals, since the stores fold
// case for ASCII only), the lemma of a Kazakh word form (интеграциясына finds интеграция), and
// for Latin input the Cyrillic spellings it can stand for (integrasiia finds интеграция).
import { cyrillicCandidates, isLatinText } from '../answers/from-latin';
import { analyze } from '../kazakh';

export interface CardSearchTerms {
  /** LIKE patterns (\ escapes), any of which may match */
  patterns: string[];
  lemmas: string[];
}

const MAX_QUERY = 100;
/** Cyrillic readings of a Latin word worth searching: the likeliest few. */
const MAX_READINGS = 3;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('kk').replace(/\s+/gu, ' ').trim();
const escapeLike = (s: string) => s.replace(/[\\%_]/gu, (c) => `\\${c}`);
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('kk') + s.slice(1);

/** null: nothing to search for (an empty query shows every card). */
export function cardSearchTerms(query: string): CardSearchTerms | null {
  const q = fold(query.slice(0, MAX_QUERY));
  if (!q) return null;
  const texts = [q];
  if (isLatinText(q)) {
    const words = q.split(' ').map((w) => cyrillicCandidates(w));
    if (words.every((c) => c.length)) {
      if (words.length === 1) texts.push(...words[0]!.slice(0, MAX_READINGS));
      else texts.push(words.map((c) => c[0]!).join(' '));
    }
  }
  const lemmas = new Set<string>();
  for (const t of texts) {
    // a phrase is no word form; single Kazakh words go through the analyser
    if (/\s/u.test(t) || !/\p{Script=Cyrillic}/u.test(t)) continue;
    for (const a of analyze(t)) lemmas.add(fold(a.lemma));
  }
  const patterns = new Set<string>();
  for (const t of texts) for (const v of [t, capitalise(t), t.toLocaleUpperCase('kk')]) patterns.add(`%${escapeLike(v)}%`);
  return { patterns: [...patterns], lemmas: [...lemmas] };
}
