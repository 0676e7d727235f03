'use server';

import { revalidatePath } from 'next/cache';
import { issuesFromSchema, type Issue } from '@/lib/errors';
import { getCurrentUser } from '@/server/auth/current-user';
import { settingsInput, updateSettings } from '@/server/users/update-settings';

export interface SettingsFormState {
  status?: 'saved' | 'invalid';
  /** What is wrong, by field, as codes the form words in the user's language. */
  issues?: Issue[];
  /** What was sent, so a refused form keeps it; `at` tells one answer from the next. */
  values?: Record<string, string>;
  at?: number;
}

export async function saveSettingsAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await getCurrentUser();
  const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (!user) return { status: 'invalid', issues: [{ code: 'malformed' }], values, at: Date.now() };
  const parsed = settingsInput.safeParse(values);
  if (!parsed.success) return { status: 'invalid', issues: issuesFromSchema(parsed.error), values, at: Date.now() };
  // Admins keep their role; the form offers only the two self-service roles.
  await updateSettings(user.id, user.role === 'admin' ? { ...parsed.data, role: 'teacher' } : parsed.data);
  revalidatePath('/', 'layout');
  return { status: 'saved', at: Date.now() };
}
