'use client';
// Trusting a browser by an emailed link (server/auth/trusted-browser.ts): the sign-in page's offer
// when the network's budget of failed sign-ins is spent, and the link's own page.
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { FormAction, TrustFormState } from './form-states';

const alertClass = 'rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200';
const doneClass = 'rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100';

/** Under a sign-in refused for the network: "email me a link for this browser", to the email just typed. */
export function TrustOffer({ action, email }: { action: FormAction<TrustFormState>; email: string }) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="card-surface flex flex-col gap-3 p-6" noValidate aria-labelledby="trust-offer-title">
      <h2 id="trust-offer-title" className="text-lg font-semibold">{t('trust.title')}</h2>
      <input type="hidden" name="email" value={email} />
      <p className="text-sm">{t('trust.offer')}</p>
      {state.status === 'sent' ? <p role="status" className={doneClass}>{t('trust.sent')}</p> : null}
      {state.status === 'unavailable' ? <p role="alert" className={alertClass}>{t('trust.unavailable')}</p> : null}
      {state.error ? <p role="alert" className={alertClass}>{t(`errors.${state.error}`)}</p> : null}
      <button type="submit" className="btn-secondary" disabled={pending}>{t('trust.send')}</button>
    </form>
  );
}

/** The link's page: the token is used when the button is pressed, not when the page is viewed. */
export function TrustBrowserForm({ action, token }: { action: FormAction<TrustFormState>; token: string }) {
  const t = useTranslations('auth.trust');
  const [state, formAction, pending] = useActionState(action, {});
  if (state.status === 'trusted') {
    return (
      <div className="card-surface mx-auto flex max-w-md flex-col gap-4 p-6">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p role="status" className={doneClass}>{t('done', { email: state.email ?? '' })}</p>
        <Link href="/sign-in" className="btn-primary text-center">{t('toSignIn')}</Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="card-surface mx-auto flex max-w-md flex-col gap-4 p-6" noValidate>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('hint')}</p>
      <input type="hidden" name="token" value={token} />
      {state.status === 'invalid-token' ? <InvalidTrustLink /> : null}
      {state.status === 'unavailable' ? <p role="alert" className={alertClass}>{t('unavailable')}</p> : null}
      <button type="submit" className="btn-primary" disabled={pending}>{t('confirm')}</button>
    </form>
  );
}

/** A link that opens nothing (used, expired, or cut short): say so, and lead back to sign-in. */
export function InvalidTrustLink() {
  const t = useTranslations('auth.trust');
  return (
    <p role="alert" className={alertClass}>
      {t('invalidToken')} <Link href="/sign-in" className="underline">{t('toSignIn')}</Link>
    </p>
  );
}
