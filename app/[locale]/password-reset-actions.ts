'use server';
// The password reset forms' actions: each hands the form to its use case (server/account/password-reset.ts).
import { headers } from 'next/headers';
import { requestPasswordReset, resetPassword } from '@/server/account/password-reset';
import type { ResetFormState } from '@/components/form-states';

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

export async function requestResetAction(_prev: ResetFormState, form: FormData): Promise<ResetFormState> {
  const email = text(form, 'email');
  const r = await requestPasswordReset(await headers(), { email });
  const at = Date.now();
  switch (r.status) {
    case 'invalid': return { error: r.error, email, at };
    case 'rate-limited': return { error: 'tooManyAttempts', email, at };
    default: return { status: r.status, email, at };
  }
}

export async function resetPasswordAction(_prev: ResetFormState, form: FormData): Promise<ResetFormState> {
  const r = await resetPassword({ token: text(form, 'token'), newPassword: text(form, 'password') });
  const at = Date.now();
  return r.status === 'invalid' ? { error: r.error, at } : { status: r.status, at };
}
