// The signed-in user behind a session cookie, read straight from better-auth's `session`
// and `user` tables through the store (one query). Used where better-auth's own getSession
// pipeline costs more than the work itself (the review fast path). No cache: a signed-out
// or expired session stops working on its very next request, on every server.
import 'server-only';
import { env } from '../env';
import { store } from '../store';
import { verifiedSessionToken } from './session-cookie';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: 'learner' | 'teacher' | 'admin';
}

export function asRole(role: unknown): CurrentUser['role'] {
  return role === 'teacher' || role === 'admin' ? role : 'learner';
}

export async function userFromSessionCookie(cookieHeader: string | null | undefined, now: Date): Promise<CurrentUser | null> {
  const token = verifiedSessionToken(cookieHeader, env.BETTER_AUTH_SECRET);
  if (!token) return null;
  const row = await store().sessions.byToken(token);
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return { id: row.id, email: row.email, name: row.name, role: asRole(row.role) };
}
