// A forgotten password, reset by email: "send me a link" (any address, signed in or not), then
// the link's page sets a new password. Only when this server can send mail (MAIL_URL) and knows
// its public address (APP_URL). The answer to a request never says whether the account exists;
// requests are counted per client address and per email (a mailbox is not to be flooded).
// better-auth holds the token (an hour, once) and ends the account's sessions on success.
import 'server-only';
import { z } from 'zod';
import { auth } from '../auth/auth';
import { authErrorCode } from '../auth/auth-errors';
import { emailField } from '../auth/email-field';
import { newPasswordField } from '../auth/password-rules';
import { countMailRequest } from '../mail/mail-request-limits';
import { mailOrigin } from '../mail/send-mail';

export const passwordResetAvailable = (): boolean => mailOrigin() !== null;

export type ResetRequestResult =
  | { status: 'sent' }
  | { status: 'unavailable' }
  | { status: 'invalid'; error: 'emailRequired' | 'invalidEmail' }
  | { status: 'rate-limited'; retryAfterSeconds: number };

const requestInput = z.object({ email: emailField });

export async function requestPasswordReset(headers: Headers, raw: unknown, now = new Date()): Promise<ResetRequestResult> {
  if (!passwordResetAvailable()) return { status: 'unavailable' };
  const parsed = requestInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', error: parsed.error.issues[0]?.message === 'emailRequired' ? 'emailRequired' : 'invalidEmail' };
  const { email } = parsed.data;
  const wait = await countMailRequest('reset', headers, email, now);
  if (wait) return { status: 'rate-limited', ...wait };
  // The same answer for an account that does not exist (better-auth sends nothing then).
  await auth.api.requestPasswordReset({ body: { email } });
  return { status: 'sent' };
}

export type ResetPasswordResult =
  | { status: 'changed' }
  | { status: 'unavailable' }
  | { status: 'invalid-token' }
  | { status: 'invalid'; error: 'passwordRequired' | 'passwordTooShort' | 'passwordTooLong' };

const resetInput = z.object({
  token: z.string().min(1).max(200),
  newPassword: newPasswordField(),
});

export async function resetPassword(raw: unknown): Promise<ResetPasswordResult> {
  if (!passwordResetAvailable()) return { status: 'unavailable' };
  const parsed = resetInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === 'token') return { status: 'invalid-token' };
    const error = issue?.message === 'passwordTooLong' ? 'passwordTooLong' : issue?.message === 'passwordRequired' ? 'passwordRequired' : 'passwordTooShort';
    return { status: 'invalid', error };
  }
  try {
    await auth.api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.newPassword } });
  } catch (e) {
    const code = authErrorCode(e);
    if (code === 'PASSWORD_TOO_SHORT') return { status: 'invalid', error: 'passwordTooShort' };
    if (code === 'PASSWORD_TOO_LONG') return { status: 'invalid', error: 'passwordTooLong' };
    if (code === 'INVALID_TOKEN' || code === 'USER_NOT_FOUND') return { status: 'invalid-token' };
    throw e;
  }
  return { status: 'changed' };
}
