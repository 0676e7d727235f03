// readText(text): the text as a reader shows it — normalised, split into sentences and
// paragraphs, every study word with its analysis in context. extractVocabulary groups these
// same words by lemma, so a word in the reader and the note built from it can never disagree.
//
// A word here is what the vocabulary counts: words and abbreviations with a Cyrillic letter,
// not dotted abbreviations (т.б.) or initials; digits, punctuation and Latin words stay plain
// text. Every sentence is analysed, also one repeating an earlier one (the reader shows it).

import type { Analysis, SentenceSpan } from '../types';
import { analyze, analyzeSentence } from '../morphology';
import { normalize } from '../normalize/normalize';
import { sentences as splitSentences } from '../segment/sentences';
import { tokenize } from '../segment/tokenize';

export interface ReadingWord {
  /** Index into the reading's sentences. */
  sentence: number;
  /** UTF-16 offsets into the reading's text. */
  start: number;
  end: number;
  analysis: Analysis;
}

export interface Reading {
  /** The normalised text (or the text as given with `normalize: false`). */
  text: string;
  sentences: SentenceSpan[];
  /** Index of the first sentence of each paragraph (a line break between two sentences starts one). */
  paragraphs: number[];
  /** The study words in text order. */
  words: ReadingWord[];
}

export interface ReadTextOptions {
  /** Run normalize() first (default true). */
  normalize?: boolean;
}

const CYRILLIC = /[\u0400-\u04FF]/;

function fallbackAnalysis(word: string): Analysis {
  let list: Analysis[] = [];
  try {
    list = analyze(word);
  } catch {
    list = [];
  }
  const first = list[0];
  if (first) return first;
  const lemma = word.toLowerCase();
  return { lemma, headword: lemma, upos: 'X', feats: {}, segments: [{ text: word, label: null }], guess: true };
}

function analyseWords(words: string[]): Analysis[] {
  let out: Analysis[] = [];
  try {
    out = analyzeSentence(words);
  } catch {
    out = [];
  }
  return words.map((w, i) => out[i] ?? fallbackAnalysis(w));
}

/** The sentence's study words with their analyses in context (offsets inside the sentence). */
export function sentenceWords(sentence: string): { start: number; end: number; text: string; analysis: Analysis }[] {
  const words = tokenize(sentence).filter((t) => (t.kind === 'word' || t.kind === 'abbr') && !t.text.endsWith('.') && CYRILLIC.test(t.text));
  if (words.length === 0) return [];
  const analyses = analyseWords(words.map((t) => t.text));
  return words.flatMap((t, i) => {
    const a = analyses[i]!;
    return a.upos === 'PUNCT' || a.upos === 'SYM' ? [] : [{ start: t.start, end: t.end, text: t.text, analysis: a }];
  });
}

/** Reads a text for the reader. Never throws: on an internal error the text comes back without words. */
export function readText(text: string, options: ReadTextOptions = {}): Reading {
  if (typeof text !== 'string' || text.length === 0) return { text: '', sentences: [], paragraphs: [], words: [] };
  let clean = text;
  try {
    clean = options.normalize === false ? text : normalize(text).text;
    const spans = splitSentences(clean);
    const paragraphs: number[] = [];
    const words: ReadingWord[] = [];
    spans.forEach((span, si) => {
      const prevEnd = si === 0 ? -1 : spans[si - 1]!.end;
      if (si === 0 || clean.slice(prevEnd, span.start).includes('\n')) paragraphs.push(si);
      for (const w of sentenceWords(span.text)) words.push({ sentence: si, start: span.start + w.start, end: span.start + w.end, analysis: w.analysis });
    });
    return { text: clean, sentences: spans, paragraphs, words };
  } catch {
    return { text: clean, sentences: [{ text: clean, start: 0, end: clean.length }], paragraphs: [0], words: [] };
  }
}
