import { setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/routing';
import { InvalidLink, NewPasswordForm } from '@/components/password-reset-forms';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/server/auth/password-rules';
import { titled } from '@/app/_metadata/page-title';
import { resetPasswordAction } from '../password-reset-actions';

export const dynamic = 'force-dynamic';
export const generateMetadata = titled('resetPassword');

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { token } = await searchParams;
  // The token is checked when the form is sent: better-auth takes it once (a page view must not use it up).
  if (typeof token !== 'string' || !token || token.length > 200) return <div className="mx-auto max-w-md"><InvalidLink /></div>;
  return <NewPasswordForm action={resetPasswordAction} token={token} minPassword={MIN_PASSWORD_LENGTH} maxPassword={MAX_PASSWORD_LENGTH} />;
}
