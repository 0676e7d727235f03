// How a teacher's note becomes study content: the engine fills in lemma, part of speech and
// the build of the word in its example, and each note gets the card types the essay deck
// has (word: recognition + production, + cloze when the example contains the word;
// sentence: one sentence card). Ids are stable, so saving a note again updates its cards
// in place and learners keep their progress.
import 'server-only';
import { analyze, analyzeSentence, sentenceKey, tokenize, type Segment } from '@/lib/kazakh';
import { cardId, cardSortOrder, sentenceNoteId, wordNoteId, type BuiltCardType, type NoteText } from '@/lib/decks';
import type { Example } from '../study/card-content';

export interface NoteContent extends NoteText {
  examples: Example[];
  frequency: number;
  sortOrder: number;
}

export interface CardContent {
  id: string;
  noteId: string;
  type: BuiltCardType;
  data: string;
  sortOrder: number;
}

const fold = (s: string) => s.toLocaleLowerCase('kk').normalize('NFC');

export interface WordAnalysis {
  lemma: string;
  headword: string;
  upos: string;
  segments: Segment[];
  known: boolean;
}

/** Lemma, headword, part of speech and build of a word or phrase typed by a teacher. */
export function analyseWord(kk: string, upos?: string | null): WordAnalysis {
  const text = kk.trim().normalize('NFC');
  if (/\s/.test(text)) {
    // A phrase: its lemma is the phrase itself (as the glossary keys multi-word expressions).
    return { lemma: fold(text), headword: text, upos: upos || 'NOUN', segments: [{ text, label: null }], known: false };
  }
  const list = analyze(text);
  const a = (upos ? list.find((x) => x.upos === upos) : undefined) ?? list[0];
  if (!a) return { lemma: fold(text), headword: fold(text), upos: upos || 'X', segments: [{ text, label: null }], known: false };
  return { lemma: a.lemma, headword: a.headword, upos: upos || a.upos, segments: a.segments, known: !a.guess };
}

/** Where the word (any inflected form of its lemma) or phrase occurs in an example sentence. */
export function locateInSentence(sentence: string, kk: string, lemma: string): { start: number; end: number; form: string; segments: Segment[] } | null {
  const s = sentence.normalize('NFC');
  const target = fold(kk.trim());
  if (/\s/.test(target)) {
    const at = fold(s).indexOf(target);
    return at >= 0 ? { start: at, end: at + target.length, form: s.slice(at, at + target.length), segments: [{ text: s.slice(at, at + target.length), label: null }] } : null;
  }
  const words = tokenize(s).filter((t) => t.kind === 'word' || t.kind === 'abbr');
  if (!words.length) return null;
  let analyses: ReturnType<typeof analyzeSentence> = [];
  try {
    analyses = analyzeSentence(words.map((w) => w.text));
  } catch {
    analyses = [];
  }
  const wanted = fold(lemma);
  let hit = words.findIndex((w) => fold(w.text) === target);
  if (hit < 0) hit = words.findIndex((_, i) => analyses[i] && fold(analyses[i]!.lemma) === wanted);
  if (hit < 0) hit = words.findIndex((w) => analyze(w.text).some((a) => fold(a.lemma) === wanted));
  if (hit < 0) return null;
  const tok = words[hit]!;
  const segments = analyses[hit] && fold(analyses[hit]!.lemma) === wanted ? analyses[hit]!.segments : [{ text: tok.text, label: null }];
  return { start: tok.start, end: tok.end, form: tok.text, segments };
}

export interface TypedWord {
  kk: string;
  ru: string;
  en: string;
  upos?: string | null;
  exampleKk: string;
  exampleRu: string;
  exampleEn: string;
}

/**
 * A word note from what a teacher typed (the note form, a CSV row). A single inflected form
 * (интеграциясына) becomes its dictionary word (интеграция), and the typed form is kept as
 * the note's example form, with its build, when no example sentence is given. A word that
 * can be read as itself (қала: a town, not a form of қал-), a phrase or an unknown word stays
 * as typed.
 */
export function wordNote(deckId: string, w: TypedWord): Omit<NoteContent, 'frequency' | 'sortOrder'> {
  const typed = w.kk.trim().normalize('NFC');
  const a = analyseWord(typed, w.upos ?? null);
  const single = !/\s/.test(typed);
  const readsAsItself = analyze(typed).some((r) => r.segments.length < 2 && (!w.upos || r.upos === w.upos));
  const inflected = single && a.known && a.segments.length > 1 && !readsAsItself;
  const headword = inflected ? a.headword : typed;
  const examples: Example[] = [];
  if (w.exampleKk) {
    const at = locateInSentence(w.exampleKk, typed, a.lemma);
    examples.push({ kk: w.exampleKk, ru: w.exampleRu, en: w.exampleEn, ...(at ?? {}) });
  } else if (inflected) {
    examples.push({ kk: typed, ru: '', en: '', start: 0, end: typed.length, form: typed, segments: a.segments });
  }
  return { id: wordNoteId(deckId, a.lemma, a.upos), kind: 'word', kk: headword, lemma: a.lemma, headword, upos: a.upos, ru: w.ru, en: w.en, examples };
}

export function newWordNoteId(deckId: string, lemma: string, upos: string): string {
  return wordNoteId(deckId, lemma, upos);
}

export function newSentenceNoteId(deckId: string, kk: string): string {
  return sentenceNoteId(deckId, sentenceKey(kk) || kk);
}

/** The cards a note needs: nothing to study without a meaning. */
export function cardsForNote(note: NoteContent): CardContent[] {
  if (!note.ru && !note.en) return [];
  const card = (type: BuiltCardType, data: Record<string, unknown> = {}): CardContent => ({
    id: cardId(note.id, type), noteId: note.id, type, data: JSON.stringify(data), sortOrder: cardSortOrder(note.sortOrder, type),
  });
  if (note.kind === 'sentence') return [card('sentence')];
  const out = [card('recognition'), card('production')];
  const ex = note.examples[0];
  // A cloze needs a sentence around the blank: a bare example form is not one.
  if (ex && ex.start !== undefined && ex.end !== undefined && ex.end > ex.start && /\s/.test(ex.kk.trim())) {
    out.push(card('cloze', { sentence: ex.kk, ru: ex.ru, en: ex.en, start: ex.start, end: ex.end, segments: ex.segments ?? [] }));
  }
  return out;
}

export function noteRow(deckId: string, n: NoteContent) {
  return {
    id: n.id, deckId, kind: n.kind, kk: n.kk, lemma: n.lemma, headword: n.headword, upos: n.upos, ru: n.ru, en: n.en,
    examples: JSON.stringify(n.examples), frequency: n.frequency, sortOrder: n.sortOrder, unsure: false, deletedAt: null,
  };
}
