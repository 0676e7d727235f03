import { localeParam } from '@/i18n/routing';
import { setRequestLocale } from 'next-intl/server';
import { AuthForm } from '@/components/auth-form';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/auth';
import { signInAction } from '../auth-actions';

export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return <AuthForm mode="sign-in" action={signInAction} minPassword={MIN_PASSWORD_LENGTH} />;
}
