'use server';

import { currentUser } from '@/app/_guards/current-user';
import { addToMyWords, type AddToMyWordsResult } from '@/server/reader/add-to-my-words';
import { markKnown, type MarkKnownResult } from '@/server/reader/mark-known';
import { studyWord, type StudyWordResult } from '@/server/reader/study-word';

export async function markKnownAction(deckId: string, noteId: string): Promise<MarkKnownResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'not-found' };
  return markKnown(user.id, { deckId, noteId }, new Date());
}

export async function studyWordAction(deckId: string, noteId: string): Promise<StudyWordResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'not-found' };
  return studyWord(user.id, { deckId, noteId }, new Date());
}

export async function addToMyWordsAction(deckId: string, word: number): Promise<AddToMyWordsResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'not-found' };
  return addToMyWords(user.id, { deckId, word }, new Date());
}
