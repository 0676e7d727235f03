// The learner's half of the reader: the view of a text and its notes is the same for every
// learner and is built once per deck and kept (server/reader/reader-base.ts); per request only
// the learner's progress rows of the deck's cards are read and laid over it. Which card speaks
// for a note (its recognition card, else its first), when a word counts as started and which
// words were asked for are decided here, once.
import type { WordProgress } from '../progress/word-state';
import type { ReaderView } from './types';
import { lemmaState } from './view';

/** The deck's live cards as the reader needs them: each card's note, and the card that speaks for each note. */
export interface ReaderCards {
  noteOf: ReadonlyMap<string, string>;
  speaksFor: ReadonlyMap<string, string>;
}

/** A learner's progress row of one card. */
export interface ReaderProgressRow extends WordProgress {
  cardId: string;
  due: Date;
  requestedAt: Date | null;
}

/** What the learner's rows say of one note. */
export interface LearnerNote {
  /** the progress of the card that speaks for the note */
  progress: WordProgress | null;
  /** earliest next review among the note's started, unsuspended cards */
  due: Date | null;
  /** the learner asked to study this word next ("study this word") */
  asked: boolean;
}

/** The deck's live cards, in the order given: a note's recognition card speaks for it, else its first card. */
export function readerCards(cards: readonly { id: string; noteId: string; type: string }[]): ReaderCards {
  const noteOf = new Map<string, string>();
  const speaksFor = new Map<string, string>();
  const recognition = new Set<string>();
  for (const c of cards) {
    noteOf.set(c.id, c.noteId);
    const current = speaksFor.get(c.noteId);
    if (current === undefined || (c.type === 'recognition' && !recognition.has(current))) speaksFor.set(c.noteId, c.id);
    if (c.type === 'recognition') recognition.add(c.id);
  }
  return { noteOf, speaksFor };
}

/** Per note, what the learner's progress rows of the deck say; rows of cards that are gone are ignored. */
export function learnerNotes(cards: ReaderCards, rows: readonly ReaderProgressRow[]): Map<string, LearnerNote> {
  const out = new Map<string, LearnerNote>();
  for (const r of rows) {
    const noteId = cards.noteOf.get(r.cardId);
    if (noteId === undefined) continue;
    let n = out.get(noteId);
    if (!n) out.set(noteId, (n = { progress: null, due: null, asked: false }));
    if (cards.speaksFor.get(noteId) === r.cardId) n.progress = { state: r.state, stability: r.stability, suspended: r.suspended };
    if (r.state !== 0 && !r.suspended && (n.due === null || r.due < n.due)) n.due = r.due;
    if (r.requestedAt !== null) n.asked = true;
  }
  return out;
}

/** The view with the learner's state of every lemma that has a note; the shared view is not changed. */
export function withLearner(view: ReaderView, learner: ReadonlyMap<string, LearnerNote>): ReaderView {
  if (learner.size === 0) return view;
  return {
    ...view,
    lemmas: view.lemmas.map((l) => {
      const n = l.noteId === null || l.state === 'none' ? undefined : learner.get(l.noteId);
      if (!n) return l;
      return { ...l, state: lemmaState({ cards: 1, progress: n.progress }), due: n.due ? n.due.toISOString() : null, asked: n.asked };
    }),
  };
}
