// The Kazakh spellings of a word typed without Kazakh letters: on a Russian keyboard
// (кауипсиздик for қауіпсіздік) or in plain ASCII Latin (memleketterdin, integratsiya for
// the 2021 alphabet's memleketterdıñ, integratsiia). Few people have ı, ñ or қ on a keyboard.
// The candidates are many; the caller keeps those the engine knows (card-search.ts).
import { cyrillicCandidates, likelyCyrillic } from './from-latin';

/**
 * Letters typed for Kazakh ones on a Russian keyboard: vowels, mostly the same one all through
 * a word (vowel harmony: кауипсиздик, қауіпсіздік), and consonants, one here and one there (қ
 * goes with back vowels and к with front ones: қауіпсіздік has both).
 */
const CYRILLIC_VOWELS: Record<string, readonly string[]> = { а: ['ә'], о: ['ө'], у: ['ұ', 'ү'], и: ['і'], ы: ['і'] };
const CYRILLIC_CONSONANTS: Record<string, readonly string[]> = { к: ['қ'], н: ['ң'], г: ['ғ'], х: ['һ'] };
/** ASCII letters typed for the 2021 alphabet's, the same way. */
const LATIN_VOWELS: Record<string, readonly string[]> = { i: ['ı'], u: ['ū', 'ü'], o: ['ö'], a: ['ä'], y: ['ı'] };
const LATIN_CONSONANTS: Record<string, readonly string[]> = { n: ['ñ'], g: ['ğ'], s: ['ş'], k: ['q'] };
/** Common romanisations, rewritten to the 2021 alphabet's spelling. */
const LATIN_DIGRAPHS: [RegExp, string][] = [[/ya/gu, 'ia'], [/yu/gu, 'iu'], [/yo/gu, 'io'], [/sh/gu, 'ş'], [/zh/gu, 'j'], [/kh/gu, 'h'], [/gh/gu, 'ğ'], [/w/gu, 'u']];

/** How many single letters may have been typed for another, and how many spellings to try at most. */
const MOST_SWAPS = 2;
const MOST_SPELLINGS = 160;

/**
 * Spellings with every one of a letter swapped at once (и → і throughout, as someone without
 * the key types it), for each choice of letters: кауипсиздик → қауіпсіздік is one of them.
 */
function swapsThroughout(word: string, table: Record<string, readonly string[]>, cap: number): string[] {
  const letters = [...new Set(word)].filter((c) => table[c]);
  let out = [word];
  for (const letter of letters) {
    const next: string[] = [];
    for (const w of out) for (const to of [letter, ...table[letter]!]) next.push(w.replaceAll(letter, to));
    out = next.slice(0, cap);
  }
  return out.slice(1);
}

/** Spellings with one, then two … letters swapped for their Kazakh ones, fewest swaps first. */
function swaps(word: string, table: Record<string, readonly string[]>, cap: number): string[] {
  const chars = [...word];
  const spots = chars.flatMap((c, i) => (table[c] ? [i] : []));
  const out: string[] = [];
  const pick = (from: number, left: number, acc: string[]): void => {
    if (out.length >= cap) return;
    if (left === 0) {
      out.push(acc.join(''));
      return;
    }
    for (let s = from; s < spots.length && out.length < cap; s++) {
      const i = spots[s]!;
      for (const letter of table[chars[i]!]!) {
        const next = acc.slice();
        next[i] = letter;
        pick(s + 1, left - 1, next);
      }
    }
  };
  for (let k = 1; k <= MOST_SWAPS && out.length < cap; k++) pick(0, k, chars);
  return out;
}

/**
 * Cyrillic spellings `word` (one lower-case word) may stand for, likeliest first, at most
 * MOST_SPELLINGS; [] for a word in neither script.
 */
export function looseSpellings(word: string): string[] {
  const cyrillic = /^\p{Script=Cyrillic}+$/u.test(word);
  if (!cyrillic && !/^\p{Script=Latin}+$/u.test(word)) return [];
  const [vowels, consonants] = cyrillic ? [CYRILLIC_VOWELS, CYRILLIC_CONSONANTS] : [LATIN_VOWELS, LATIN_CONSONANTS];
  const both = { ...vowels, ...consonants };
  const base = cyrillic ? word : LATIN_DIGRAPHS.reduce((w, [from, to]) => w.replace(from, to), word);
  // vowels all through the word, each with its consonants one by one; then any two letters
  const harmonic = [base, ...swapsThroughout(base, vowels, MOST_SPELLINGS)].flatMap((w) => [w, ...swaps(w, consonants, MOST_SPELLINGS)]);
  const spellings = [...harmonic, ...swaps(base, both, MOST_SPELLINGS)];
  const out = new Set<string>();
  for (const spelling of spellings) {
    if (cyrillic) {
      if (spelling !== word) out.add(spelling);
    } else {
      const likely = likelyCyrillic(spelling);
      for (const c of [...(likely ? [likely] : []), ...cyrillicCandidates(spelling).slice(0, 2)]) out.add(c);
    }
    if (out.size >= MOST_SPELLINGS) break;
  }
  return [...out].slice(0, MOST_SPELLINGS);
}
