'use server';

import { revalidatePath } from 'next/cache';
import { issuesFromSchema } from '@/lib/errors';
import { currentUser } from '@/app/_guards/current-user';
import { settingsInput, updateSettings } from '@/server/users/update-settings';
import type { SettingsFormState } from '@/components/form-states';

export async function saveSettingsAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await currentUser();
  const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (!user) return { status: 'invalid', issues: [{ code: 'malformed' }], values, at: Date.now() };
  const parsed = settingsInput.safeParse(values);
  if (!parsed.success) return { status: 'invalid', issues: issuesFromSchema(parsed.error), values, at: Date.now() };
  await updateSettings(user.id, parsed.data);
  revalidatePath('/', 'layout');
  return { status: 'saved', at: Date.now() };
}
