import { localeParam } from '@/i18n/routing';
import { setRequestLocale } from 'next-intl/server';
import { AuthForm } from '@/components/auth-form';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/auth';
import { safeReturnPath } from '@/server/auth/return-path';
import { signUpAction } from '../auth-actions';

export default async function SignUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const returnTo = safeReturnPath((await searchParams).next);
  return <AuthForm mode="sign-up" action={signUpAction} minPassword={MIN_PASSWORD_LENGTH} returnTo={returnTo} />;
}
