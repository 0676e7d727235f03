// What the engine worker does (server/engine/engine-worker.ts): the Kazakh engine's CPU work,
// from plain data to plain data. The main thread asks through runInEngine (engine.ts).
import 'server-only';
import { cardSearchTerms, type CardSearchTerms } from '@/lib/decks';
import { analyze, readText, type Reading } from '@/lib/kazakh';
import { analyseText, type DraftAnalysis } from '../teach/analyse-text';
import { csvNotes, type CsvNotes } from '../teach/csv-notes';
import { draftDeckNotes, type DraftDeckNotes } from '../teach/draft-deck-notes';
import type { DraftState } from '../teach/draft-state';
import { glossary } from '../teach/glossary';
import { analyseWord, wordNote, type TypedWord, type WordAnalysis } from '../teach/note-content';

export interface WordPrefill {
  analysis: WordAnalysis;
  entry: { headword: string; upos: string; kind: string; ru: string; en: string } | null;
}

export const engineTasks = {
  /** Builds the engine's lexicon and the glossary index, so that the first real task is quick. */
  warm(): null {
    analyseText('Біздің ауылда үлкен мектеп бар. Балалар мектепке барады.');
    return null;
  },
  /** The deck-from-text screen's analysis of a draft. */
  analyse({ text, rejected }: { text: string; rejected: string[] }): DraftAnalysis {
    return analyseText(text, new Set(rejected)).view;
  },
  /** The notes of a deck built from a draft (create-deck-from-draft.ts). */
  draftDeck(input: { deckId: string; text: string; state: DraftState }): DraftDeckNotes {
    return draftDeckNotes(input.deckId, input.text, input.state);
  },
  /** The notes of a CSV file, or its bad rows (import-csv.ts). */
  csvNotes({ deckId, csv }: { deckId: string; csv: string }): CsvNotes {
    return csvNotes(deckId, csv);
  },
  /** A word a teacher typed: its analysis and the glossary's entry (prefill-note.ts). */
  prefill({ kk }: { kk: string }): WordPrefill {
    const analysis = analyseWord(kk);
    const e = glossary().find(analysis.lemma, analysis.upos);
    return { analysis, entry: e ? { headword: e.headword, upos: e.upos, kind: e.kind, ru: e.ru, en: e.en } : null };
  },
  /** A word note from what a teacher typed in the note form (save-note.ts). */
  wordNote({ deckId, word }: { deckId: string; word: TypedWord }): ReturnType<typeof wordNote> {
    return wordNote(deckId, word);
  },
  /** A text deck's source text as the reader shows it (server/reader/reading-cache.ts). */
  read({ text, normalised }: { text: string; normalised?: boolean }): Reading {
    return readText(text, { normalize: !normalised });
  },
  /** The lemmas a search term can be a form of (get-deck-words.ts). */
  lemmas({ q }: { q: string }): string[] {
    return analyze(q).map((a) => a.lemma);
  },
  /** What the card browser searches for (browse-cards.ts): up to a few hundred analyses for a loose spelling. */
  cardSearch({ q }: { q: string }): CardSearchTerms | null {
    return cardSearchTerms(q);
  },
};

export type EngineTasks = typeof engineTasks;
