'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { knownLocale } from '@/i18n/routing';
import { auth } from '@/server/auth/auth';
import { MAX_PASSWORD_LENGTH, newPasswordField } from '@/server/auth/password-rules';
import { authErrorKey, isAuthErrorKey } from '@/server/auth/auth-errors';
import { safeReturnPath } from '@/server/auth/return-path';
import { emailField } from '@/server/auth/email-field';
import { nameField, roleField, timeZoneField } from '@/server/users/profile-fields';
import type { AuthFieldError, AuthFormState } from '@/components/form-states';


const localeField = z.string().transform(knownLocale);
// Where to go afterwards: a path inside the app, else the deck list.
const nextField = z.unknown().optional().transform((v) => safeReturnPath(v) ?? '/decks');


const signUpSchema = z.object({
  locale: localeField,
  name: nameField,
  email: emailField,
  password: newPasswordField(),
  role: roleField.catch('learner'),
  // The browser's zone, when it names one; else the default.
  timeZone: timeZoneField.optional().catch(undefined),
  next: nextField,
});

const signInSchema = z.object({
  locale: localeField,
  email: emailField,
  password: z.string().min(1, 'passwordRequired').max(MAX_PASSWORD_LENGTH, 'invalidCredentials'),
  next: nextField,
});

/** Every field's first issue at once (the schemas name each check's message: a key of auth.errors). */
function issuesByField(error: z.ZodError): Pick<AuthFormState, 'error' | 'fields'> {
  const fields: NonNullable<AuthFormState['fields']> = {};
  let other: AuthFormState['error'];
  for (const issue of error.issues) {
    const key: AuthFieldError = issue.message === 'passwordRequired' || isAuthErrorKey(issue.message) ? issue.message : 'generic';
    const field = issue.path[0];
    if (field === 'name' || field === 'email' || field === 'password') fields[field] ??= key;
    else other ??= key === 'passwordRequired' ? 'generic' : key;
  }
  return { fields, ...(other ? { error: other } : {}) };
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = Object.fromEntries(form.entries());
  const values = { name: String(raw.name ?? ''), email: String(raw.email ?? ''), role: String(raw.role ?? 'learner') };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { ...issuesByField(parsed.error), values };
  const { locale, name, email, password, role, timeZone, next } = parsed.data;
  try {
    await auth.api.signUpEmail({
      body: {
        name, email, password, role, uiLocale: locale,
        ...(timeZone ? { timeZone } : {}),
      },
      headers: await headers(),
    });
  } catch (e) {
    const error = authErrorKey(e);
    if (error === 'emailTaken' || error === 'invalidEmail' || error === 'emailRequired') return { fields: { email: error }, values };
    if (error === 'passwordTooShort' || error === 'passwordTooLong') return { fields: { password: error }, values };
    return { error, values };
  }
  redirect({ href: next, locale });
  return {};
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = Object.fromEntries(form.entries());
  const values = { email: String(raw.email ?? '') };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ...issuesByField(parsed.error), values };
  const { locale, email, password, next } = parsed.data;
  // Limits: better-auth's hooks count this call as they count the API's (server/auth/sign-in-limits.ts).
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (e) {
    return { error: authErrorKey(e), values };
  }
  redirect({ href: next, locale });
  return {};
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = localeField.parse(String(form.get('locale') ?? ''));
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect({ href: '/', locale });
}
