// Public entry of the deck builder (pure: text + glossary + translations → notes, cards).
export type {
  BuiltCard,
  BuiltCardType,
  BuiltExample,
  BuiltNote,
  DeckBuild,
  DeckBuildReport,
  LexiconEntry,
  LexiconKind,
  NoteText,
  SentenceTranslation,
} from './types';
export { buildDeck, type BuildDeckInput } from './build-deck';
export { CARD_TYPE_ORDER, cardSortOrder } from './card-order';
export { indexLexicon, mergeLexicons, type LexiconIndex } from './lexicon-index';
export { indexTranslations, type TranslationMatcher } from './sentence-match';
export { stableHash, wordNoteId, sentenceNoteId, cardId } from './stable-id';
export { analysableTerm, wordMatcher, pageOf, type SearchableWord, type WordMatch } from './word-search';
export { cardSearchTerms, type CardSearchTerms } from './card-search';
