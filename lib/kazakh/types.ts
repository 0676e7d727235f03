// Public types of the Kazakh text engine. Shared by every module of lib/kazakh and by
// its callers (deck build, teacher import). Pure data: no framework, no I/O.

/** Universal Dependencies part-of-speech tags. */
export type Upos =
  | 'NOUN' | 'PROPN' | 'VERB' | 'ADJ' | 'ADV' | 'PRON' | 'DET' | 'NUM' | 'ADP'
  | 'CCONJ' | 'SCONJ' | 'PART' | 'AUX' | 'INTJ' | 'PUNCT' | 'SYM' | 'X';

/** One piece of a word form: the stem (label null) or a suffix with its grammatical label. */
export interface Segment {
  text: string;
  /** e.g. 'PL', 'GEN', 'POSS.3', 'DAT', 'PST', 'NEG'; null for the stem. */
  label: string | null;
  /**
   * The morpheme as it is before spelling merged it with its neighbour, when it differs from
   * `text`: қою is built қой + у, spelt қо|ю (stem base 'қой', suffix base 'у'). Show it in a
   * word build; `text` is what spells the form.
   */
  base?: string;
}

export interface Analysis {
  /** UD Kazakh-KTB lemma: verbs as bare stems (қолда), passive folded in, causative kept. */
  lemma: string;
  /** What a learner looks up in a dictionary: verbs with -у (қолдау); otherwise the lemma. */
  headword: string;
  upos: Upos;
  /** UD features, e.g. { Case: 'Gen', Number: 'Plur' }. */
  feats: Record<string, string>;
  /** The build of the form; segments joined give the surface form (lower-cased stem aside). */
  segments: Segment[];
  /** true when the stem is not in the lexicon and the analysis is a best guess. */
  guess: boolean;
}

export type TokenKind = 'word' | 'number' | 'abbr' | 'punct' | 'symbol' | 'other';

export interface Token {
  text: string;
  /** UTF-16 offsets into the string given to tokenize(). */
  start: number;
  end: number;
  kind: TokenKind;
}

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

export type ChangeReason =
  | 'run-together'
  | 'russian-letter'
  | 'latin-lookalike'
  | 'sentence-join'
  | 'reference-marker'
  | 'whitespace'
  | 'unicode'
  | 'control-character';

export interface TextChange {
  /** Offset in the ORIGINAL text where `before` starts. */
  offset: number;
  before: string;
  after: string;
  reason: ChangeReason;
}

export interface NormalizeResult {
  text: string;
  changes: TextChange[];
}

export interface Occurrence {
  /** Index into the sentences of the normalised text. */
  sentence: number;
  /** Offsets inside that sentence's text. */
  start: number;
  end: number;
  form: string;
  segments: Segment[];
}

export interface VocabularyEntry {
  lemma: string;
  headword: string;
  upos: Upos;
  count: number;
  /** Every surface form seen, with its count, most frequent first. */
  forms: { form: string; count: number }[];
  occurrences: Occurrence[];
  /** Conjunctions, postpositions, pronouns, auxiliaries, particles, determiners. */
  isFunctionWord: boolean;
  /** true when every analysis of this lemma was a guess (not in the lexicon). */
  guess: boolean;
  /** Higher = study earlier. */
  score: number;
}

export interface Vocabulary {
  /** The normalised text's sentences, as occurrences refer to them. */
  sentences: SentenceSpan[];
  entries: VocabularyEntry[];
}
