// What the account use cases answer: done (with a count), or refused with a key the Settings
// form words in the user's language (messages settings.account.errors.*) and the field to mark.
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../auth/password-rules';

export const ACCOUNT_ERROR_KEYS = [
  'currentRequired', 'wrongPassword', 'passwordTooShort', 'passwordTooLong', 'tooManyAttempts', 'confirmRequired', 'signedOut', 'generic',
] as const;
export type AccountError = (typeof ACCOUNT_ERROR_KEYS)[number];
export type AccountField = 'currentPassword' | 'newPassword' | 'password' | 'confirm';

export type Refused = { status: 'refused'; error: AccountError; field?: AccountField; retryAfterSeconds?: number };

export const refused = (error: AccountError, field?: AccountField, retryAfterMs?: number): Refused => ({
  status: 'refused', error, ...(field ? { field } : {}), ...(retryAfterMs !== undefined ? { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : {}),
});

const isAccountError = (v: unknown): v is AccountError => (ACCOUNT_ERROR_KEYS as readonly unknown[]).includes(v);

/** The first problem of a refused input: its schema names each check's message as an error key. */
export function firstIssue(error: z.ZodError, fields: readonly AccountField[]): Refused {
  const issue = error.issues[0];
  const field = fields.find((f) => f === issue?.path[0]);
  return refused(isAccountError(issue?.message) ? issue.message : 'generic', field);
}

/** A password field as the forms send it: absent or not a string is "nothing typed". */
export const passwordField = (tooLong: AccountError) =>
  z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().min(1, 'currentRequired').max(MAX_PASSWORD_LENGTH, tooLong));
