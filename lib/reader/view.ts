// Maps a reading of a deck's text onto the deck's notes: every word to the note of its lemma
// (the id the deck builder gave it: lemma + part of speech; else the same lemma under another
// part of speech), every sentence to its sentence note's translation. Words without a note keep
// the engine's analysis and the glossary's gloss.
import { sentenceKey } from '../kazakh/segment/duplicates';
import { sentenceNoteId } from '../decks/stable-id';
import { wordState } from '../progress/word-state';
import type { BuildReaderViewInput, LemmaState, ReaderLemma, ReaderNote, ReaderView } from './types';

const fold = (s: string) => s.toLocaleLowerCase('kk');
const lemmaKey = (lemma: string, upos: string) => `${lemma}\u0000${upos}`;

/** The reader's three colours (and "nothing to study") from the word list's state of a word. */
export function lemmaState(note: Pick<ReaderNote, 'cards' | 'progress'> | undefined): LemmaState {
  if (!note || note.cards === 0) return 'none';
  const s = wordState(note.progress);
  return s === 'known' ? 'known' : s === 'new' ? 'unknown' : 'learning';
}

export function buildReaderView(input: BuildReaderViewInput): ReaderView {
  const { reading, notes, deckId } = input;
  const exact = new Map<string, ReaderNote>();
  const byLemma = new Map<string, ReaderNote>();
  const sentenceNotes = new Map<string, ReaderNote>();
  for (const n of notes) {
    if (n.kind === 'sentence') sentenceNotes.set(n.id, n);
    else if (n.lemma) {
      if (n.upos) exact.set(lemmaKey(n.lemma, n.upos), n);
      const k = fold(n.lemma);
      // several notes of one lemma (тұрақты ADJ and ADV): prefer the one with cards
      const prev = byLemma.get(k);
      if (!prev || (prev.cards === 0 && n.cards > 0)) byLemma.set(k, n);
    }
  }

  const lemmas: ReaderLemma[] = [];
  const lemmaIndex = new Map<string, number>();
  const forms: ReaderView['forms'] = [];
  const formIndex = new Map<string, number>();
  const words: number[] = [];

  for (const w of reading.words) {
    const a = w.analysis;
    const note = exact.get(lemmaKey(a.lemma, a.upos)) ?? byLemma.get(fold(a.lemma));
    const lk = note ? note.id : lemmaKey(a.lemma, a.upos);
    let li = lemmaIndex.get(lk);
    if (li === undefined) {
      li = lemmas.length;
      lemmaIndex.set(lk, li);
      const fromGlossary = note ? undefined : input.glossary?.(a.lemma, a.upos);
      const ru = note?.ru ?? fromGlossary?.ru ?? '';
      const en = note?.en ?? fromGlossary?.en ?? '';
      lemmas.push({
        lemma: note?.lemma ?? a.lemma,
        headword: note?.headword ?? note?.kk ?? a.headword,
        upos: note?.upos ?? a.upos,
        ru, en,
        noteId: note?.id ?? null,
        glossFrom: note && (note.ru || note.en) ? 'deck' : fromGlossary && (ru || en) ? 'glossary' : null,
        state: lemmaState(note),
        due: note?.due ? note.due.toISOString() : null,
        guess: a.guess,
        asked: note?.asked ?? false,
      });
    }
    const segments = a.segments.map((s): [string, string | null] => [s.text, s.label]);
    const fk = `${li}\u0000${segments.map((s) => `${s[0]}\u0001${s[1] ?? ''}`).join('\u0002')}`;
    let fi = formIndex.get(fk);
    if (fi === undefined) {
      fi = forms.length;
      formIndex.set(fk, fi);
      forms.push({ lemma: li, segments });
    }
    words.push(w.start, w.end, fi);
  }

  const translations = reading.sentences.map((s): [string, string] | null => {
    const n = sentenceNotes.get(sentenceNoteId(deckId, sentenceKey(s.text) || s.text));
    return n && (n.ru || n.en) ? [n.ru, n.en] : null;
  });

  return {
    text: reading.text,
    paragraphs: reading.paragraphs,
    sentences: reading.sentences.flatMap((s) => [s.start, s.end]),
    translations,
    words,
    forms,
    lemmas,
  };
}

/** The view with only the learner's gloss language(s): what the page does not show is not sent. */
export function inGlossLanguage(view: ReaderView, gloss: 'ru' | 'en' | 'both'): ReaderView {
  if (gloss === 'both') return view;
  const keep = (ru: string, en: string): [string, string] => (gloss === 'ru' ? [ru, ''] : ['', en]);
  return {
    ...view,
    lemmas: view.lemmas.map((l) => {
      const [ru, en] = keep(l.ru, l.en);
      return { ...l, ru, en };
    }),
    translations: view.translations.map((t) => (t ? keep(t[0], t[1]) : null)),
  };
}
