// What each form's server action answers (useActionState's state): the contract between a form
// here and its action in app/, named on this side so that components never import from app/.
import type { Issue } from '@/lib/errors';
import type { AuthErrorKey } from '@/server/auth/auth-errors';
import type { TeachError } from '@/server/teach/result';
import type { AccountError, AccountField } from '@/server/account/result';

export interface TeachFormState {
  status?: 'ok' | 'error';
  error?: TeachError;
  /** What is wrong with the input, as codes the form words in the user's language. */
  issues?: Issue[];
  count?: number;
  /** Changes on every submit, so a form can reset itself after a success. */
  at?: number;
}

export type AuthField = 'name' | 'email' | 'password';
/** A field's message: one of the auth errors, or an empty password (only the form asks for it). */
export type AuthFieldError = AuthErrorKey | 'passwordRequired';

export interface AuthFormState {
  /** What went wrong that is no one field's (wrong email or password, too many attempts, …). */
  error?: AuthErrorKey;
  /** Every field that is wrong, each with its message: all of them at once, under their fields. */
  fields?: Partial<Record<AuthField, AuthFieldError>>;
  /** What the user typed, so a failed submit loses nothing (never the password: the form keeps that itself). */
  values?: { name?: string; email?: string; role?: string };
}

export interface SettingsFormState {
  status?: 'saved' | 'invalid';
  /** What is wrong, by field, as codes the form words in the user's language. */
  issues?: Issue[];
  /** What was sent, so a refused form keeps it; `at` tells one answer from the next. */
  values?: Record<string, string>;
  at?: number;
}

export interface JoinFormState {
  /** empty: no code was typed */
  status?: 'joined' | 'already' | 'empty' | 'not-found' | 'rate-limited' | 'signed-out';
  name?: string;
}

/** A form's server action as useActionState takes it: passed down by the page. */
export type FormAction<S> = (state: S, form: FormData) => Promise<S>;

export interface FitFormState {
  /** requested: a fit was asked for (up-to-date: the last one already saw every review); reset: the learner went back to the defaults (already-default: they were on them) */
  status?: 'requested' | 'up-to-date' | 'reset' | 'already-default' | 'signed-out' | 'invalid';
  /** what the refused form was for, so the refusal names it */
  intent?: 'fit' | 'reset';
  at?: number;
}

/** Settings → Account's three forms (change password, sign out everywhere else, delete the account). */
export interface AccountFormState {
  status?: 'changed' | 'ended' | 'refused';
  error?: AccountError;
  /** the field the refusal is about */
  field?: AccountField;
  retryAfterSeconds?: number;
  /** other sessions ended */
  count?: number;
  /** What was sent besides passwords, so a refused form keeps it. */
  values?: { confirm?: string };
  at?: number;
}

/** What the draft editor's save action answers to a batch of edits: a refused batch (a deleted draft) is not sent again. */
export type EditAnswer<T> = { ok: true; value: T } | { ok: false; retry: boolean };

/** The password reset forms (forgot-password, reset-password). */
export interface ResetFormState {
  status?: 'sent' | 'changed' | 'invalid-token' | 'unavailable';
  /** What is wrong with the field, as a key of auth.errors. */
  error?: 'emailRequired' | 'invalidEmail' | 'passwordRequired' | 'passwordTooShort' | 'passwordTooLong' | 'tooManyAttempts';
  /** What was typed, so a refused form keeps it (never a password). */
  email?: string;
  at?: number;
}

/** Trusting a browser by an emailed link: the sign-in form's offer, and the link's page. */
export interface TrustFormState {
  status?: 'sent' | 'trusted' | 'invalid-token' | 'unavailable';
  error?: 'emailRequired' | 'invalidEmail' | 'tooManyAttempts';
  /** the account the browser is now trusted for */
  email?: string;
  at?: number;
}

/** Settings → Account: "Send the link again" that confirms the address. */
export interface VerifyFormState {
  status?: 'sent' | 'already' | 'signed-out' | 'unavailable' | 'rate-limited';
  retryAfterSeconds?: number;
  at?: number;
}
