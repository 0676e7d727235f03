// The signed-in user of the request being served, for pages, layouts and server actions:
// Next's request headers read here, on the app side, so that server/ never imports Next.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';

export type { CurrentUser };

export async function currentUser(): Promise<CurrentUser | null> {
  return getCurrentUser(await requestHeaders());
}

/**
 * The request's headers with the cookies as they are now. A server action that gave this
 * browser a new session (changing the password rotates it) renders the page again in the same
 * request: Next's cookies() has the new session cookie there, its headers() still the old one.
 */
export async function requestHeaders(): Promise<Headers> {
  const h = new Headers(await headers());
  const jar = (await cookies()).getAll();
  if (jar.length) h.set('cookie', jar.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join('; '));
  else h.delete('cookie');
  return h;
}
