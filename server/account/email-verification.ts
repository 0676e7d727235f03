// Confirming the address an account was made with: the sign-up mails a link (better-auth's
// signed token, a day), its page confirms it, and Settings says whether it is confirmed and can
// send the link again. Only when this server can send mail (MAIL_URL, APP_URL). Signing in does
// not wait for it: a class signs up and studies at once; the confirmation tells a teacher (and
// the owner) that the address reached its owner. better-auth's own endpoints stay closed; these
// use cases call them. docs/decisions/036-confirming-the-email-address.md
import 'server-only';
import { z } from 'zod';
import { auth } from '../auth/auth';
import { authErrorCode } from '../auth/auth-errors';
import { getCurrentSession } from '../auth/current-session';
import { db } from '../db';
import { countMailRequest } from '../mail/mail-request-limits';
import { mailOrigin } from '../mail/send-mail';

export const emailVerificationAvailable = (): boolean => mailOrigin() !== null;

export type VerifyResult = { status: 'verified'; email: string } | { status: 'invalid-token' } | { status: 'unavailable' };

const verifyInput = z.object({ token: z.string().min(1).max(2000) });

/** The link's page: confirms the address its token names (from any browser, signed in or not). */
export async function verifyEmail(raw: unknown): Promise<VerifyResult> {
  if (!emailVerificationAvailable()) return { status: 'unavailable' };
  const parsed = verifyInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid-token' };
  let email: string | undefined;
  try {
    const answer = (await auth.api.verifyEmail({ query: { token: parsed.data.token } })) as { user?: { email?: string } } | null;
    email = answer?.user?.email;
  } catch (e) {
    const code = authErrorCode(e);
    if (code === 'INVALID_TOKEN' || code === 'TOKEN_EXPIRED' || code === 'USER_NOT_FOUND' || code === 'INVALID_USER') return { status: 'invalid-token' };
    throw e;
  }
  if (!email) {
    // An address confirmed before: better-auth answers without the user; the token names it.
    const payload = JSON.parse(Buffer.from(parsed.data.token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { email?: unknown };
    email = typeof payload.email === 'string' ? payload.email : '';
  }
  return { status: 'verified', email };
}

export type ResendResult =
  | { status: 'sent' }
  | { status: 'already' }
  | { status: 'signed-out' }
  | { status: 'unavailable' }
  | { status: 'rate-limited'; retryAfterSeconds: number };

/** Settings: "Send the link again", to the signed-in account's own address. */
export async function resendVerification(headers: Headers, now = new Date()): Promise<ResendResult> {
  if (!emailVerificationAvailable()) return { status: 'unavailable' };
  const session = await getCurrentSession(headers);
  if (!session) return { status: 'signed-out' };
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { email: true, emailVerified: true } });
  if (!user) return { status: 'signed-out' };
  if (user.emailVerified) return { status: 'already' };
  const wait = await countMailRequest('verify', headers, user.email, now);
  if (wait) return { status: 'rate-limited', ...wait };
  try {
    await auth.api.sendVerificationEmail({ body: { email: user.email }, headers });
  } catch (e) {
    if (authErrorCode(e) === 'EMAIL_ALREADY_VERIFIED') return { status: 'already' };
    throw e;
  }
  return { status: 'sent' };
}
