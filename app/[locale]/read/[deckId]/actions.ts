'use server';

import { getCurrentUser } from '@/server/auth/current-user';
import { markKnown, type MarkKnownResult } from '@/server/reader/mark-known';

export async function markKnownAction(deckId: string, noteId: string): Promise<MarkKnownResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: 'not-found' };
  return markKnown(user.id, { deckId, noteId }, new Date());
}
