'use server';
// Joining a class with its code (rate-limited per user in the use case).
import { currentUser } from '@/app/_guards/current-user';
import { joinClass } from '@/server/teach/join-class';
import type { JoinFormState } from '@/components/form-states';


export async function joinClassAction(_prev: JoinFormState, form: FormData): Promise<JoinFormState> {
  const user = await currentUser();
  if (!user) return { status: 'signed-out' };
  const code = form.get('code');
  const r = await joinClass({ id: user.id, role: user.role }, { code: typeof code === 'string' ? code : '' });
  if (!r.ok) return { status: r.error === 'rate-limited' ? 'rate-limited' : r.error === 'invalid' ? 'empty' : 'not-found' };
  return { status: r.value.already ? 'already' : 'joined', name: r.value.name };
}
