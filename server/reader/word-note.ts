// The note behind a word of the reader, for the panel's actions ("I know it", "study this
// word"): a word note of a deck the learner may study, with its live cards. One place for that
// rule and the input's shape, so the actions cannot drift apart.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { studyableDeckWhere } from '../decks/deck-access';

export const wordNoteInput = z.object({ deckId: z.string().min(1).max(200), noteId: z.string().min(1).max(300) });

export type WordNoteError = 'invalid' | 'not-found';

export async function studyableWordNote(userId: string, raw: unknown): Promise<{ deckId: string; noteId: string; cardIds: string[] } | WordNoteError> {
  const parsed = wordNoteInput.safeParse(raw);
  if (!parsed.success) return 'invalid';
  const { deckId, noteId } = parsed.data;
  const note = await db.note.findFirst({
    where: { id: noteId, deckId, kind: 'word', deletedAt: null, deck: studyableDeckWhere(userId) },
    select: { cards: { where: { deletedAt: null }, select: { id: true } } },
  });
  if (!note || !note.cards.length) return 'not-found';
  return { deckId, noteId, cardIds: note.cards.map((c) => c.id) };
}
