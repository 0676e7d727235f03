// Who is asking. Every read and write in server/ starts from this and authorises by it.
//
// No cache of any kind: better-auth reads the session and its user from the database on
// every request, so a sign-out or a role change on one app server takes effect on every
// server at the next request (docs/decisions/008-postgresql-and-the-storage-seam.md; the
// measured cost of a page's one check: docs/decisions/016-state-across-servers.md).
import 'server-only';
import { auth } from './auth';
import { signedSessionCookie } from './session-cookie';
import { asRole, type CurrentUser } from './session-user';

export type { CurrentUser };

/** The user of a request with these headers (pages and actions: app/_guards/current-user.ts). */
export async function getCurrentUser(h: Headers): Promise<CurrentUser | null> {
  // No session cookie: nobody is signed in, and there is nothing to look up.
  if (!signedSessionCookie(h.get('cookie'))) return null;
  const session = await auth.api.getSession({ headers: h });
  const user = session?.user as { id: string; email: string; name: string; role?: unknown } | undefined;
  return user ? { id: user.id, email: user.email, name: user.name, role: asRole(user.role) } : null;
}
