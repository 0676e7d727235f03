// The session of a request, for the account use cases (server/account): which user it is and
// which of their sessions, read by better-auth from the database (no cache). The user comes
// from the session cookie only, never from what a form sends.
import 'server-only';
import { readSession } from './current-user';

export interface CurrentSession {
  userId: string;
  email: string;
  /** the session row's id: "the other sessions" are the user's rows with another id */
  sessionId: string;
}

export async function getCurrentSession(h: Headers): Promise<CurrentSession | null> {
  const found = await readSession(h);
  if (!found?.session || !found.user) return null;
  return { userId: found.user.id, email: found.user.email, sessionId: found.session.id };
}
