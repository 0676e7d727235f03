// A signed-in user changes their password (Settings → Account): the current password, then the
// new one (as long as sign-up allows). On success every other session of theirs ends and this one
// goes on (better-auth's changePassword with revokeOtherSessions: it deletes the user's sessions
// and gives this browser a fresh one in the same transaction). Wrong current passwords are
// counted per account (./password-checks.ts). The user is the session's, never the form's.
import 'server-only';
import { isAPIError } from 'better-auth/api';
import { z } from 'zod';
import { auth } from '../auth/auth';
import { authErrorCode } from '../auth/auth-errors';
import { newPasswordField } from '../auth/password-rules';
import { getCurrentSession } from '../auth/current-session';
import { db } from '../db';
import { finishPasswordCheck, startPasswordCheck } from './password-checks';
import { firstIssue, passwordField, refused, type Refused } from './result';

export const changePasswordInput = z.object({
  currentPassword: passwordField('wrongPassword'),
  newPassword: newPasswordField('passwordTooShort'),
});

/** `ended`: how many other sessions (still valid) were signed out. */
export type ChangePasswordResult = { status: 'changed'; ended: number } | Refused;

export async function changePassword(headers: Headers, raw: unknown, now = new Date()): Promise<ChangePasswordResult> {
  const session = await getCurrentSession(headers);
  if (!session) return refused('signedOut');
  const parsed = changePasswordInput.safeParse(raw);
  if (!parsed.success) return firstIssue(parsed.error, ['currentPassword', 'newPassword']);
  const check = await startPasswordCheck(session.userId, now);
  if ('retryAfterMs' in check) return refused('tooManyAttempts', 'currentPassword', check.retryAfterMs);
  const others = await db.session.count({ where: { userId: session.userId, id: { not: session.sessionId }, expiresAt: { gt: now } } });
  try {
    await auth.api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
      headers,
    });
  } catch (e) {
    const code = authErrorCode(e);
    await finishPasswordCheck(check, code === 'INVALID_PASSWORD' ? 'wrong' : 'other');
    if (code === 'INVALID_PASSWORD') return refused('wrongPassword', 'currentPassword');
    if (code === 'PASSWORD_TOO_SHORT') return refused('passwordTooShort', 'newPassword');
    if (code === 'PASSWORD_TOO_LONG') return refused('passwordTooLong', 'newPassword');
    if (code === 'UNAUTHORIZED') return refused('signedOut');
    // any other refusal of better-auth's is worded generically; a database failure is not ours to hide
    if (isAPIError(e)) return refused('generic');
    throw e;
  }
  await finishPasswordCheck(check, 'right');
  return { status: 'changed', ended: others };
}
