'use server';
// Settings → Account (docs/decisions/030-account-security.md): each action hands the request's
// headers (the session cookie) and the form to one use case, which finds the user from the
// session alone. better-auth's own account endpoints stay closed (server/auth/public-endpoints.ts).

import { cookies, headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from '@/i18n/navigation';
import { knownLocale } from '@/i18n/routing';
import { auth } from '@/server/auth/auth';
import { changePassword } from '@/server/account/change-password';
import { deleteAccount } from '@/server/account/delete-account';
import { endOtherSessions } from '@/server/account/end-other-sessions';
import { resendVerification } from '@/server/account/email-verification';
import { ACCOUNT_NOTICE_COOKIE } from '@/server/account/notice';
import type { AccountFormState, VerifyFormState } from '@/components/form-states';

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : undefined;
};

export async function changePasswordAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const result = await changePassword(await headers(), { currentPassword: text(form, 'currentPassword'), newPassword: text(form, 'newPassword') });
  if (result.status === 'refused') return { ...result, at: Date.now() };
  revalidatePath('/[locale]/settings', 'page');
  return { status: 'changed', count: result.ended, at: Date.now() };
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the form has nothing to send: useActionState's signature
export async function endOtherSessionsAction(_prev: AccountFormState, _form: FormData): Promise<AccountFormState> {
  const result = await endOtherSessions(await headers());
  if (result.status === 'refused') return { ...result, at: Date.now() };
  revalidatePath('/[locale]/settings', 'page');
  return { status: 'ended', count: result.ended, at: Date.now() };
}

export async function deleteAccountAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const h = await headers();
  const confirm = text(form, 'confirm');
  const result = await deleteAccount(h, { password: text(form, 'password'), confirm });
  if (result.status === 'refused') return { ...result, values: { confirm }, at: Date.now() };
  // The session row went with the user; this clears its cookie in the browser.
  await auth.api.signOut({ headers: h }).catch(() => undefined);
  // The home page says the account was deleted: set here only, gone within a minute.
  (await cookies()).set(ACCOUNT_NOTICE_COOKIE, 'deleted', { maxAge: 60, httpOnly: true, sameSite: 'lax', path: '/' });
  const locale = text(form, 'locale');
  redirect({ href: '/', locale: knownLocale(locale) });
  return {};
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the form has nothing to send: useActionState's signature
export async function resendVerificationAction(_prev: VerifyFormState, _form: FormData): Promise<VerifyFormState> {
  const result = await resendVerification(await headers());
  return { ...result, at: Date.now() };
}
