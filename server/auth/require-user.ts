// For pages: the signed-in user, or a redirect to the sign-in page in the same language.
import 'server-only';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getCurrentUser, type CurrentUser } from './current-user';

export async function requireUser(locale: Locale): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: '/sign-in', locale });
  return user;
}
