'use client';
// Settings → Account: whether the account's address is confirmed, and "Send the link again"
// while it is not (server/account/email-verification.ts). Nothing when this server cannot mail.
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction, VerifyFormState } from '../form-states';

export function EmailStatus({ email, verified, action }: { email: string; verified: boolean; action: FormAction<VerifyFormState> }) {
  const t = useTranslations('settings.account');
  const [state, formAction, pending] = useActionState(action, {});
  if (verified || state.status === 'already') {
    return <p className="mt-2 text-sm text-emerald-800 dark:text-emerald-200" data-testid="email-status">{state.status === 'already' ? t('email.already') : t('email.confirmed')}</p>;
  }
  return (
    <form action={formAction} className="mt-2 flex flex-col gap-2" data-testid="email-status">
      <p className="text-sm">{t('email.unconfirmed')}</p>
      <div aria-live="polite">
        {state.status === 'sent' ? <p role="status" className="text-sm text-emerald-800 [overflow-wrap:anywhere] dark:text-emerald-200">{t('email.sent', { email })}</p> : null}
        {state.status === 'rate-limited' ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{t('email.wait', { seconds: state.retryAfterSeconds ?? 60 })}</p> : null}
        {state.status === 'signed-out' ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{t('errors.signedOut')}</p> : null}
      </div>
      <button type="submit" className="btn-secondary self-start text-sm" disabled={pending}>{t('email.resend')}</button>
    </form>
  );
}
