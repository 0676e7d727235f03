'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/server/auth/current-user';
import { settingsInput, updateSettings } from '@/server/users/update-settings';

export interface SettingsFormState {
  status?: 'saved' | 'invalid';
  fields?: string[];
}

export async function saveSettingsAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'invalid' };
  const parsed = settingsInput.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return { status: 'invalid', fields: parsed.error.issues.map((i) => String(i.path[0])) };
  // Admins keep their role; the form offers only the two self-service roles.
  await updateSettings(user.id, user.role === 'admin' ? { ...parsed.data, role: 'teacher' } : parsed.data);
  revalidatePath('/', 'layout');
  return { status: 'saved' };
}
