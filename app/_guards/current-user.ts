// The signed-in user of the request being served, for pages, layouts and server actions:
// Next's request headers read here, on the app side, so that server/ never imports Next.
import 'server-only';
import { headers } from 'next/headers';
import { getCurrentUser, type CurrentUser } from '@/server/auth/current-user';

export type { CurrentUser };

export async function currentUser(): Promise<CurrentUser | null> {
  return getCurrentUser(await headers());
}
