// Who is asking. Every read and write in server/ starts from this and authorises by it.
//
// No cache of any kind: better-auth reads the session and its user from the database on
// every request, so a sign-out or a role change on one app server takes effect on every
// server at the next request (docs/decisions/008-postgresql-and-the-storage-seam.md).
import 'server-only';
import { headers } from 'next/headers';
import { auth } from './auth';
import { asRole, type CurrentUser } from './session-user';

export type { CurrentUser };

export async function getCurrentUser(requestHeaders?: Headers): Promise<CurrentUser | null> {
  const h = requestHeaders ?? (await headers());
  const session = await auth.api.getSession({ headers: h });
  const user = session?.user as { id: string; email: string; name: string; role?: unknown } | undefined;
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: asRole(user.role) };
}
