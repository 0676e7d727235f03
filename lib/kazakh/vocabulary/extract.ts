// extractVocabulary(text): normalise → sentences → tokens → analyzeSentence → group by
// lemma + UPOS.
//
// Choices:
//   - Words and abbreviations are studied; numbers written in digits (1991, 55-ші),
//     punctuation, symbols, dotted abbreviations (т.б.), initials (Н.) and words without a
//     Cyrillic letter (Latin or other scripts) are skipped. Numerals written as words
//     (бір, екі) are words and are kept.
//   - A sentence repeating an earlier one (see findDuplicateSentences) is not counted by
//     default (`countDuplicateSentences: false`): pasted essays repeat paragraphs by
//     accident and the repeat should not inflate frequencies. It stays in `sentences`.
//   - Forms are lower-cased, except proper nouns and words in capitals (КСРО, КСРО-дан); an
//     occurrence keeps the exact text of the token.

import type { Occurrence, SentenceSpan, Upos, Vocabulary, VocabularyEntry } from '../types';
import { normalize } from '../normalize/normalize';
import { findDuplicateSentences } from '../segment/duplicates';
import { sentences as splitSentences } from '../segment/sentences';
import { isFunctionWord } from './function-words';
import { sentenceWords } from './read';
import { studyScore } from './score';

export interface ExtractVocabularyOptions {
  /** Run normalize() first (default true). When false the text is used as given. */
  normalize?: boolean;
  /** Count sentences that repeat an earlier sentence (default false). */
  countDuplicateSentences?: boolean;
}

const ALL_CAPS = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u;

interface Group {
  lemma: string;
  headword: string;
  upos: Upos;
  count: number;
  forms: Map<string, number>;
  occurrences: Occurrence[];
  allGuess: boolean;
}

/** Builds a study vocabulary from a text. Never throws. */
export function extractVocabulary(text: string, options: ExtractVocabularyOptions = {}): Vocabulary {
  try {
    return extract(text, options);
  } catch {
    return { sentences: [], entries: [] };
  }
}

function extract(text: string, options: ExtractVocabularyOptions): Vocabulary {
  if (typeof text !== 'string' || text.length === 0) return { sentences: [], entries: [] };
  const clean = options.normalize === false ? text : normalize(text).text;
  const spans: SentenceSpan[] = splitSentences(clean);
  const skip = new Set(options.countDuplicateSentences ? [] : findDuplicateSentences(spans));
  const groups = new Map<string, Group>();

  spans.forEach((span, si) => {
    if (skip.has(si)) return;
    for (const { text: word, start, end, analysis: a } of sentenceWords(span.text)) {
      const key = `${a.lemma}\u0000${a.upos}`;
      let g = groups.get(key);
      if (!g) {
        g = { lemma: a.lemma, headword: a.headword, upos: a.upos, count: 0, forms: new Map(), occurrences: [], allGuess: true };
        groups.set(key, g);
      }
      g.count++;
      const head = word.split(/[-‐‑]/)[0] ?? word;
      const form = a.upos === 'PROPN' || ALL_CAPS.test(head) ? word : word.toLowerCase();
      g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
      g.occurrences.push({ sentence: si, start, end, form: word, segments: a.segments });
      if (!a.guess) g.allGuess = false;
    }
  });

  const entries: VocabularyEntry[] = [];
  for (const g of groups.values()) {
    const forms = [...g.forms.entries()]
      .map(([form, count]) => ({ form, count }))
      .sort((x, y) => y.count - x.count || (x.form < y.form ? -1 : x.form > y.form ? 1 : 0));
    const fw = isFunctionWord(g.lemma, g.upos);
    entries.push({
      lemma: g.lemma,
      headword: g.headword,
      upos: g.upos,
      count: g.count,
      forms,
      occurrences: g.occurrences,
      isFunctionWord: fw,
      guess: g.allGuess,
      score: studyScore({ upos: g.upos, count: g.count, forms: forms.length, guess: g.allGuess, isFunctionWord: fw }),
    });
  }
  entries.sort(
    (a, b) => b.score - a.score || b.count - a.count || (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0) || (a.upos < b.upos ? -1 : 1),
  );
  return { sentences: spans, entries };
}
