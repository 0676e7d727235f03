import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { verifyEmail } from '@/server/account/email-verification';
import { titled } from '@/app/_metadata/page-title';

export const dynamic = 'force-dynamic';
export const generateMetadata = titled('verifyEmail');

const doneClass = 'rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100';
const alertClass = 'rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200';
const linkClass = 'inline-flex min-h-11 items-center text-brand-700 underline dark:text-brand-100';

// Opening the link confirms the address (a mail scanner opening it still shows the mail arrived).
export default async function VerifyEmailPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'auth.verify' });
  const { token } = await searchParams;
  const result = await verifyEmail({ token: typeof token === 'string' ? token : undefined });
  return (
    <div className="card-surface mx-auto flex max-w-md flex-col gap-4 p-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {result.status === 'verified' ? <p role="status" className={`${doneClass} [overflow-wrap:anywhere]`}>{t('done', { email: result.email })}</p> : null}
      {result.status === 'invalid-token' ? <p role="alert" className={alertClass}>{t('invalidToken')}</p> : null}
      {result.status === 'unavailable' ? <p>{t('unavailable')}</p> : null}
      <p className="flex flex-wrap gap-x-6">
        <Link href="/decks" className={linkClass}>{t('toDecks')}</Link>
        {result.status !== 'verified' ? <Link href="/settings" className={linkClass}>{t('toSettings')}</Link> : null}
      </p>
    </div>
  );
}
