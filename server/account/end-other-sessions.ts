// "Sign out everywhere else" (Settings → Account): every session of the signed-in user but this
// one ends, on every app server at its next request (sessions are read from the database each
// time, docs/decisions/016). Answers how many still-valid sessions were ended; expired rows go too.
import 'server-only';
import { getCurrentSession } from '../auth/current-session';
import { db } from '../db';
import { refused, type Refused } from './result';

export type EndOtherSessionsResult = { status: 'ended'; ended: number } | Refused;

export async function endOtherSessions(headers: Headers, now = new Date()): Promise<EndOtherSessionsResult> {
  const session = await getCurrentSession(headers);
  if (!session) return refused('signedOut');
  const others = { userId: session.userId, id: { not: session.sessionId } };
  const [ended] = await db.$transaction([
    db.session.deleteMany({ where: { ...others, expiresAt: { gt: now } } }),
    db.session.deleteMany({ where: { ...others, expiresAt: { lte: now } } }),
  ]);
  return { status: 'ended', ended: ended.count };
}
