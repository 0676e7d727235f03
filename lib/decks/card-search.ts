// What the card browser searches for when a learner types: the text itself in a note's Kazakh,
// headword, Russian or English (as typed, capitalised and in capitals, since the stores fold
// case for ASCII only), the lemma of a Kazakh word form (интеграциясына finds интеграция), and
// for Latin input the Cyrillic spellings it can stand for (integrasiia finds интеграция), also
// when typed without Kazakh letters (integratsiya, кауипсиздик: ../answers/loose-spellings.ts).
import { cyrillicCandidates, isLatinText, likelyCyrillic } from '../answers/from-latin';
import { looseSpellings } from '../answers/loose-spellings';
import { analyze } from '../kazakh';

export interface CardSearchTerms {
  /** LIKE patterns (\ escapes), any of which may match */
  patterns: string[];
  lemmas: string[];
}

const MAX_QUERY = 100;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('kk').replace(/\s+/gu, ' ').trim();
const escapeLike = (s: string) => s.replace(/[\\%_]/gu, (c) => `\\${c}`);
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('kk') + s.slice(1);

/** null: nothing to search for (an empty query shows every card). */
export function cardSearchTerms(query: string): CardSearchTerms | null {
  const q = fold(query.slice(0, MAX_QUERY));
  if (!q) return null;
  const texts = [q];
  const latin = isLatinText(q);
  if (latin) {
    // the likeliest reading in one pass; the full search of readings only when that fails
    const words = q.split(' ').map((w) => likelyCyrillic(w) ?? cyrillicCandidates(w)[0] ?? null);
    if (words.every((w) => w !== null)) texts.push(words.join(' '));
  }
  const lemmas = new Set<string>();
  let known = false;
  for (const t of texts) {
    // a phrase is no word form; single Kazakh words go through the analyser
    if (/\s/u.test(t) || !/\p{Script=Cyrillic}/u.test(t)) continue;
    for (const a of analyze(t)) {
      lemmas.add(fold(a.lemma));
      known ||= !a.guess;
    }
  }
  // No word the engine knows: perhaps one typed without Kazakh letters (кауипсиздик,
  // memleketterdin). Its spellings with them, where the engine knows the word.
  // (Five letters at least: a short English word would too often spell some Kazakh one.)
  if (!known && !/\s/u.test(q) && [...q].length >= 5) {
    for (const spelling of looseSpellings(q)) {
      for (const a of analyze(spelling)) if (!a.guess) lemmas.add(fold(a.lemma));
    }
  }
  const patterns = new Set<string>();
  // Latin text is matched without regard to case by both stores (LIKE on SQLite, ILIKE on
  // PostgreSQL); Cyrillic as typed, capitalised and in capitals.
  for (const [i, t] of texts.entries()) {
    const variants = latin && i === 0 ? [t] : [t, capitalise(t), t.toLocaleUpperCase('kk')];
    for (const v of variants) patterns.add(`%${escapeLike(v)}%`);
  }
  return { patterns: [...patterns], lemmas: [...lemmas] };
}
