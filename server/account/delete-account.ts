// A signed-in user deletes their own account (Settings → Account), with their password and an
// explicit confirmation. Everything that is only theirs goes with the user row, by the schema's
// ON DELETE CASCADE on both stores (prisma/migrations and prisma/postgres/migrations): sessions,
// accounts (the password hash), card progress, review log, study-day rollups, deck limits, class
// memberships, drafts, scheduler fits and the fit job. A teacher's classes and decks go too
// (their members and assignments with them, and every learner's progress on those decks' cards):
// the form said how many before (./get-account-overview.ts). Shared things stay: the spoken audio
// cache keeps its audio but forgets who asked for it first. docs/decisions/030-account-security.md
import 'server-only';
import { z } from 'zod';
import { auth } from '../auth/auth';
import { getCurrentSession } from '../auth/current-session';
import { db } from '../db';
import { finishPasswordCheck, startPasswordCheck } from './password-checks';
import { firstIssue, passwordField, refused, type Refused } from './result';

export const deleteAccountInput = z.object({
  password: passwordField('wrongPassword'),
  /** the form's checkbox: "I understand …" */
  confirm: z.literal('on', { error: 'confirmRequired' }),
});

export type DeleteAccountResult = { status: 'deleted'; classes: number; decks: number } | Refused;

/** Whether `password` is this user's (their credential account's hash, checked as better-auth checks it at sign-in). */
async function isOwnPassword(userId: string, password: string): Promise<boolean> {
  const account = await db.account.findFirst({ where: { userId, providerId: 'credential' }, select: { password: true } });
  if (!account?.password) return false;
  const context = await auth.$context;
  return context.password.verify({ hash: account.password, password });
}

export async function deleteAccount(headers: Headers, raw: unknown, now = new Date()): Promise<DeleteAccountResult> {
  const session = await getCurrentSession(headers);
  if (!session) return refused('signedOut');
  const parsed = deleteAccountInput.safeParse(raw);
  if (!parsed.success) return firstIssue(parsed.error, ['password', 'confirm']);
  const check = await startPasswordCheck(session.userId, now);
  if ('retryAfterMs' in check) return refused('tooManyAttempts', 'password', check.retryAfterMs);
  let right: boolean;
  try {
    right = await isOwnPassword(session.userId, parsed.data.password);
  } catch (e) {
    await finishPasswordCheck(check, 'other');
    throw e;
  }
  if (!right) {
    await finishPasswordCheck(check, 'wrong');
    return refused('wrongPassword', 'password');
  }
  const userId = session.userId;
  const [classes, decks] = await Promise.all([db.class.count({ where: { teacherId: userId } }), db.deck.count({ where: { ownerId: userId } })]);
  await db.$transaction([
    db.speechAudio.updateMany({ where: { createdBy: userId }, data: { createdBy: null } }),
    db.user.deleteMany({ where: { id: userId } }),
  ]);
  await finishPasswordCheck(check, 'right');
  return { status: 'deleted', classes, decks };
}
