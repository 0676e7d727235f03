'use server';

import { currentUser } from '@/app/_guards/current-user';
import { markKnown, type MarkKnownResult } from '@/server/reader/mark-known';

export async function markKnownAction(deckId: string, noteId: string): Promise<MarkKnownResult> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'not-found' };
  return markKnown(user.id, { deckId, noteId }, new Date());
}
