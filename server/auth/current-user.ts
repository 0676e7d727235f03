// Who is asking. Every read and write in server/ starts from this and authorises by it.
//
// better-auth's getSession runs its whole endpoint pipeline (about 2–5 ms here even with
// the signed cookie cache), which would dominate POST /api/reviews. The answer for a given
// session cookie is therefore kept in memory for a short while: the cookie value is
// signed by the server, so only a holder of a valid cookie can hit the cache. Sign-out and
// role changes drop the entries at once; otherwise an entry lives at most SESSION_CACHE_MS.
import 'server-only';
import { headers } from 'next/headers';
import { auth } from './auth';
import { signedSessionCookie } from './session-cookie';
import { asRole, type CurrentUser } from './session-user';

export type { CurrentUser };

const SESSION_CACHE_MS = 30_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { user: CurrentUser; until: number }>();

function toCurrentUser(user: { id: string; email: string; name: string; role?: unknown } | undefined | null): CurrentUser | null {
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: asRole(user.role) };
}

function sessionCookie(h: Headers): string | null {
  return signedSessionCookie(h.get('cookie'));
}

export async function getCurrentUser(requestHeaders?: Headers): Promise<CurrentUser | null> {
  const h = requestHeaders ?? (await headers());
  const token = sessionCookie(h);
  if (!token) return null;
  const now = Date.now();
  const hit = cache.get(token);
  if (hit && hit.until > now) return hit.user;

  const session = await auth.api.getSession({ headers: h });
  const user = toCurrentUser(session?.user as Parameters<typeof toCurrentUser>[0]);
  if (!user || !session) {
    cache.delete(token);
    return null;
  }
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(token, { user, until: Math.min(now + SESSION_CACHE_MS, new Date(session.session.expiresAt).getTime()) });
  return user;
}

/** After sign-out: the session must stop working at once. */
export function forgetSession(requestHeaders: Headers): void {
  const token = sessionCookie(requestHeaders);
  if (token) cache.delete(token);
}

/** After a change to the user (role): the next request reads it afresh. */
export function forgetUser(userId: string): void {
  for (const [token, entry] of cache) if (entry.user.id === userId) cache.delete(token);
}
