'use server';

import { revalidatePath } from 'next/cache';
import { issuesFromSchema, type Issue } from '@/lib/errors';
import { getCurrentUser } from '@/server/auth/current-user';
import { settingsInput, updateSettings } from '@/server/users/update-settings';

export interface SettingsFormState {
  status?: 'saved' | 'invalid';
  /** What is wrong, by field, as codes the form words in the user's language. */
  issues?: Issue[];
}

export async function saveSettingsAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'invalid', issues: [{ code: 'malformed' }] };
  const parsed = settingsInput.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return { status: 'invalid', issues: issuesFromSchema(parsed.error) };
  // Admins keep their role; the form offers only the two self-service roles.
  await updateSettings(user.id, user.role === 'admin' ? { ...parsed.data, role: 'teacher' } : parsed.data);
  revalidatePath('/', 'layout');
  return { status: 'saved' };
}
