// The sign-in and sign-up pages: the same form in two modes, and the page to return to.
import { setRequestLocale } from 'next-intl/server';
import { AuthForm } from '@/components/auth-form';
import { localeParam } from '@/i18n/routing';
import type { AuthFormState, FormAction, TrustFormState } from './form-states';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/password-rules';
import { safeReturnPath } from '@/server/auth/return-path';
import { passwordResetAvailable } from '@/server/account/password-reset';
import { trustedBrowserAvailable } from '@/server/auth/trusted-browser';

export interface AuthPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export async function AuthPage({
  mode,
  action,
  params,
  searchParams,
  trustAction,
}: AuthPageProps & { mode: 'sign-in' | 'sign-up'; action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>; trustAction?: FormAction<TrustFormState> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const returnTo = safeReturnPath((await searchParams).next);
  return <AuthForm mode={mode} action={action} minPassword={MIN_PASSWORD_LENGTH} returnTo={returnTo} canReset={mode === 'sign-in' && passwordResetAvailable()}
    trustAction={mode === 'sign-in' && trustedBrowserAvailable() ? trustAction : undefined} />;
}
