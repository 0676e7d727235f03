// For pages: the signed-in user, or a redirect to the sign-in page in the same language.
import 'server-only';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { signInPath } from '@/server/auth/return-path';
import { currentUser, type CurrentUser } from './current-user';

/** `returnTo`: the page (without locale) to come back to after signing in. */
export async function requireUser(locale: Locale, returnTo?: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) return redirect({ href: signInPath(returnTo), locale });
  return user;
}
