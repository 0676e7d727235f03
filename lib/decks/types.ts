// Content a deck is built from, and what the build produces. Pure data.
import type { Segment, Upos } from '../kazakh/types';

/** typo: a misspelt form of the source text, glossed for the reader but never drilled as a word. */
export type LexiconKind = 'content' | 'function' | 'mwe' | 'name' | 'abbr' | 'typo';

export interface LexiconEntry {
  lemma: string;
  upos: Upos;
  headword: string;
  kind: LexiconKind;
  ru: string;
  en: string;
  /** Comment shown on the card, in Russian. */
  note: string;
  /** The same comment in English (empty or absent: none yet). */
  noteEn?: string;
  noteEnUnsure?: boolean;
  unsure: boolean;
}

export interface SentenceTranslation {
  kk: string;
  ru: string;
  en: string;
  unsure: boolean;
}

export interface BuiltExample {
  kk: string;
  ru: string;
  en: string;
  start: number;
  end: number;
  form: string;
  segments: Segment[];
}

/** What every kind of note shows: the Kazakh, its analysis and its two glosses. */
export interface NoteText {
  id: string;
  kind: 'word' | 'sentence';
  kk: string;
  lemma: string | null;
  headword: string | null;
  upos: string | null;
  ru: string;
  en: string;
}

export interface BuiltNote extends NoteText {
  /** The card comment in Russian and in English. */
  comment: string | null;
  commentEn: string | null;
  examples: BuiltExample[];
  frequency: number;
  sortOrder: number;
  unsure: boolean;
}

export type BuiltCardType = 'recognition' | 'production' | 'cloze' | 'sentence';

export interface BuiltCard {
  id: string;
  noteId: string;
  type: BuiltCardType;
  /** Cloze cards: { sentence, ru, en, start, end, segments }; others: {}. */
  data: Record<string, unknown>;
  sortOrder: number;
}

export interface DeckBuildReport {
  contentLemmas: number;
  glossedRu: number;
  glossedEn: number;
  multiWordExpressions: number;
  functionWords: number;
  sentences: number;
  translatedRu: number;
  translatedEn: number;
  cards: number;
  unsure: number;
}

export interface DeckBuild {
  notes: BuiltNote[];
  cards: BuiltCard[];
  report: DeckBuildReport;
  /** What the content files lack; the build is complete only when both are empty. */
  missing: {
    glosses: { lemma: string; upos: string; forms: string[] }[];
    translations: string[];
  };
}
