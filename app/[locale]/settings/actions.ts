'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/server/auth/current-user';
import { settingsInput, updateSettings } from '@/server/users/update-settings';

export interface SettingsFormState {
  status?: 'saved' | 'invalid';
  fields?: string[];
  /** What was sent, so a refused form keeps it; `at` tells one answer from the next. */
  values?: Record<string, string>;
  at?: number;
}

export async function saveSettingsAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await getCurrentUser();
  const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (!user) return { status: 'invalid', values, at: Date.now() };
  const parsed = settingsInput.safeParse(values);
  if (!parsed.success) return { status: 'invalid', fields: parsed.error.issues.map((i) => String(i.path[0])), values, at: Date.now() };
  // Admins keep their role; the form offers only the two self-service roles.
  await updateSettings(user.id, user.role === 'admin' ? { ...parsed.data, role: 'teacher' } : parsed.data);
  revalidatePath('/', 'layout');
  return { status: 'saved', at: Date.now() };
}
