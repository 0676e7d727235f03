// The analysis of a pasted text for the deck-from-text screen: the normaliser's changes
// (each accepted unless the teacher rejected it), then the vocabulary of the text as
// repaired, with glosses from the glossary, and its sentences.
import 'server-only';
import { applyChanges, extractVocabulary, findDuplicateSentences, normalize, sentenceKey, type ChangeReason, type Vocabulary, type VocabularyEntry } from '@/lib/kazakh';
import { stableHash } from '@/lib/decks';
import { glossary } from './glossary';

export interface DraftChange {
  key: string;
  offset: number;
  before: string;
  after: string;
  reason: ChangeReason;
  contextBefore: string;
  contextAfter: string;
  accepted: boolean;
}

export interface DraftRow {
  key: string;
  lemma: string;
  headword: string;
  upos: string;
  count: number;
  forms: string[];
  example: string;
  ru: string;
  en: string;
  /** true when the glossary gave the glosses. */
  glossed: boolean;
}

export interface DraftSentence {
  key: string;
  kk: string;
}

export interface DraftAnalysis {
  chars: number;
  changes: DraftChange[];
  rows: DraftRow[];
  sentences: DraftSentence[];
  ms: number;
}

export interface TextAnalysis {
  view: DraftAnalysis;
  vocabulary: Vocabulary;
  /** Content entries by row key. */
  entries: Map<string, VocabularyEntry>;
  /** Sentence index by sentence key. */
  sentenceIndex: Map<string, number>;
  /** The text with the accepted normaliser changes applied: what the vocabulary was read from. */
  text: string;
}

const CONTENT_UPOS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM', 'X']);
const CONTEXT = 24;
const MAX_FORMS = 6;
/** A row's example is a sentence of the text cut to this (with …): the table shows no more, so no more is sent. */
const EXAMPLE_CHARS = 160;

const excerpt = (text: string) => (text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS)}…` : text);

export const rowKey = (lemma: string, upos: string) => `${lemma}|${upos}`;
export const changeKey = (offset: number, before: string) => `${offset}:${before.length}`;

export function analyseText(text: string, rejected: ReadonlySet<string> = new Set()): TextAnalysis {
  const started = performance.now();
  const lex = glossary();
  const { changes } = normalize(text);
  const view: DraftChange[] = changes.map((c) => {
    const key = changeKey(c.offset, c.before);
    return {
      key, offset: c.offset, before: c.before, after: c.after, reason: c.reason,
      contextBefore: text.slice(Math.max(0, c.offset - CONTEXT), c.offset),
      contextAfter: text.slice(c.offset + c.before.length, c.offset + c.before.length + CONTEXT),
      accepted: !rejected.has(key),
    };
  });
  const repaired = applyChanges(text, changes.filter((c) => !rejected.has(changeKey(c.offset, c.before))));
  const vocabulary = extractVocabulary(repaired, { normalize: false });
  const spans = vocabulary.sentences;

  const entries = new Map<string, VocabularyEntry>();
  const rows: DraftRow[] = [];
  for (const e of vocabulary.entries) {
    if (e.isFunctionWord || !CONTENT_UPOS.has(e.upos)) continue;
    const g = lex.find(e.lemma, e.upos);
    if (g?.kind === 'function') continue;
    const key = rowKey(e.lemma, e.upos);
    entries.set(key, e);
    const occ = e.occurrences.find((o) => o.segments.length > 1) ?? e.occurrences[0];
    rows.push({
      key, lemma: e.lemma, headword: g?.headword || e.headword, upos: e.upos, count: e.count,
      forms: e.forms.slice(0, MAX_FORMS).map((f) => f.form), example: excerpt(occ ? (spans[occ.sentence]?.text ?? '') : ''),
      ru: g?.ru ?? '', en: g?.en ?? '', glossed: !!(g?.ru || g?.en),
    });
  }

  const skip = new Set(findDuplicateSentences(spans));
  const sentences: DraftSentence[] = [];
  const sentenceIndex = new Map<string, number>();
  spans.forEach((s, i) => {
    if (skip.has(i)) return;
    const k = sentenceKey(s.text);
    if (!k || !/\s/.test(s.text.trim())) return;
    const key = stableHash(k);
    if (sentenceIndex.has(key)) return;
    sentenceIndex.set(key, i);
    sentences.push({ key, kk: s.text });
  });

  return { view: { chars: text.length, changes: view, rows, sentences, ms: Math.round(performance.now() - started) }, vocabulary, entries, sentenceIndex, text: repaired };
}
