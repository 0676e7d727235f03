import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { InvalidTrustLink, TrustBrowserForm } from '@/components/trust-browser-forms';
import { trustedBrowserAvailable } from '@/server/auth/trusted-browser';
import { titled } from '@/app/_metadata/page-title';
import { trustBrowserAction } from '../trust-browser-actions';

export const dynamic = 'force-dynamic';
export const generateMetadata = titled('trustBrowser');

export default async function TrustBrowserPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  if (!trustedBrowserAvailable()) {
    const t = await getTranslations({ locale, namespace: 'auth.trust' });
    return (
      <div className="card-surface mx-auto flex max-w-md flex-col gap-4 p-6">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p>{t('unavailable')}</p>
        <Link href="/sign-in" className="text-brand-700 underline dark:text-brand-100">{t('toSignIn')}</Link>
      </div>
    );
  }
  const { token } = await searchParams;
  // Checked when the form is sent: viewing the page must not use the link up (mail scanners open links).
  if (typeof token !== 'string' || !token || token.length > 200) return <div className="mx-auto max-w-md"><InvalidTrustLink /></div>;
  return <TrustBrowserForm action={trustBrowserAction} token={token} />;
}
