import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { RequestResetForm } from '@/components/password-reset-forms';
import { passwordResetAvailable } from '@/server/account/password-reset';
import { titled } from '@/app/_metadata/page-title';
import { requestResetAction } from '../password-reset-actions';

export const dynamic = 'force-dynamic';
export const generateMetadata = titled('forgotPassword');

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  if (passwordResetAvailable()) return <RequestResetForm action={requestResetAction} />;
  const t = await getTranslations({ locale, namespace: 'auth.reset' });
  return (
    <div className="card-surface mx-auto flex max-w-md flex-col gap-4 p-6">
      <h1 className="text-2xl font-semibold">{t('requestTitle')}</h1>
      <p>{t('unavailable')}</p>
      <Link href="/sign-in" className="text-brand-700 underline dark:text-brand-100">{t('backToSignIn')}</Link>
    </div>
  );
}
