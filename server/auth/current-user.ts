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

/** better-auth's session and user for these headers; null without a session cookie (nothing to look up). */
export async function readSession(h: Headers) {
  if (!signedSessionCookie(h.get('cookie'))) return null;
  return auth.api.getSession({ headers: h });
}

export type { CurrentUser };

/** The user of a request with these headers (pages and actions: app/_guards/current-user.ts). */
export async function getCurrentUser(h: Headers): Promise<CurrentUser | null> {
  const session = await readSession(h);
  const user = session?.user as { id: string; email: string; name: string; role?: unknown } | undefined;
  return user ? { id: user.id, email: user.email, name: user.name, role: asRole(user.role) } : null;
}
