// Where to send someone after they sign in or sign up: back to the page that asked them to
// (a join link, say). Only a path inside this app is accepted, never another origin, and
// without its locale: the redirect adds the language chosen on the sign-in page.
import { routing } from '@/i18n/routing';

// A single leading slash (not "//", which browsers read as another host), then URL path
// characters only: no backslash, colon, query or fragment.
const SAFE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/%]*$/;
const LOCALE_PREFIX = new RegExp(`^/(?:${routing.locales.join('|')})(?=/|$)`);

export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 300 || !SAFE_PATH.test(value)) return null;
  const path = value.replace(LOCALE_PREFIX, '') || '/';
  return SAFE_PATH.test(path) || path === '/' ? path : null;
}

/** The sign-in page's address that returns to `returnTo` afterwards. */
export function signInPath(returnTo?: string | null): string {
  const safe = safeReturnPath(returnTo);
  return safe ? `/sign-in?next=${encodeURIComponent(safe)}` : '/sign-in';
}
