'use server';

import { revalidatePath } from 'next/cache';
import { issuesFromSchema } from '@/lib/errors';
import { currentUser } from '@/app/_guards/current-user';
import { deckNewLimitInput, setDeckNewLimit } from '@/server/decks/set-deck-new-limit';
import type { SettingsFormState } from '@/components/form-states';

export async function saveDeckNewLimitAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await currentUser();
  const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (!user) return { status: 'invalid', issues: [{ code: 'malformed' }], values, at: Date.now() };
  const parsed = deckNewLimitInput.safeParse(values);
  if (!parsed.success) return { status: 'invalid', issues: issuesFromSchema(parsed.error), values, at: Date.now() };
  if ((await setDeckNewLimit(user.id, parsed.data)) === 'not-found') return { status: 'invalid', issues: [{ code: 'malformed' }], values, at: Date.now() };
  revalidatePath('/', 'layout');
  return { status: 'saved', at: Date.now() };
}
