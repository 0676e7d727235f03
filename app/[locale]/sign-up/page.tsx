import { localeParam } from '@/i18n/routing';
import { setRequestLocale } from 'next-intl/server';
import { AuthForm } from '@/components/auth-form';
import { MIN_PASSWORD_LENGTH } from '@/server/auth/auth';
import { signUpAction } from '../auth-actions';

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return <AuthForm mode="sign-up" action={signUpAction} minPassword={MIN_PASSWORD_LENGTH} />;
}
