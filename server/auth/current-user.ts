// Who is asking. Every read and write in server/ starts from this and authorises by it.
import 'server-only';
import { headers } from 'next/headers';
import { auth } from './auth';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: 'learner' | 'teacher' | 'admin';
}

function toCurrentUser(user: { id: string; email: string; name: string; role?: unknown } | undefined | null): CurrentUser | null {
  if (!user) return null;
  const role = user.role === 'teacher' || user.role === 'admin' ? user.role : 'learner';
  return { id: user.id, email: user.email, name: user.name, role };
}

export async function getCurrentUser(requestHeaders?: Headers): Promise<CurrentUser | null> {
  const session = await auth.api.getSession({ headers: requestHeaders ?? (await headers()) });
  return toCurrentUser(session?.user as Parameters<typeof toCurrentUser>[0]);
}
