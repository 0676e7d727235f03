// "Study this word" from the reader: the word's new cards join today's new cards ahead of the
// others (lib/srs QueueCard.requestedAt), even past the day's new-card limit: the learner asked
// for this one. Cards already studied or suspended are left alone. Only a note of a deck the
// learner may study (./word-note.ts).
import 'server-only';
import { store } from '../store';
import { studyableWordNote, type WordNoteError } from './word-note';

export type StudyWordResult = { ok: true; cards: number } | { ok: false; error: WordNoteError };

export async function studyWord(userId: string, raw: unknown, now: Date): Promise<StudyWordResult> {
  const note = await studyableWordNote(userId, raw);
  if (typeof note === 'string') return { ok: false, error: note };
  return { ok: true, cards: await store().requests.askFor(userId, note.deckId, note.noteId, now) };
}
