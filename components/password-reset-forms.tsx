'use client';
// "Forgot your password?": ask for a link by email, then set a new password on the link's page.
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { FormAction, ResetFormState } from './form-states';

const alertClass = 'rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200';
const doneClass = 'rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100';
const linkClass = 'inline-flex min-h-11 items-center text-brand-700 underline dark:text-brand-100';

export function RequestResetForm({ action }: { action: FormAction<ResetFormState> }) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, {});
  const error = state.error ? t(`errors.${state.error}`) : null;
  return (
    <form action={formAction} className="card-surface mx-auto flex max-w-md flex-col gap-4 p-6" noValidate>
      <h1 className="text-2xl font-semibold">{t('reset.requestTitle')}</h1>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t('reset.requestHint')}</p>
      <label className="flex flex-col gap-1">
        <span>{t('email')}</span>
        <input name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.email} key={state.at} className="field"
          {...(error ? { 'aria-invalid': true, 'aria-describedby': 'reset-email-error' } : {})} />
        {error ? <span id="reset-email-error" role="alert" className="text-sm text-red-800 dark:text-red-200">{error}</span> : null}
      </label>
      {state.status === 'sent' ? <p role="status" className={doneClass}>{t('reset.sent')}</p> : null}
      {state.status === 'unavailable' ? <p role="alert" className={alertClass}>{t('reset.unavailable')}</p> : null}
      <button type="submit" className="btn-primary" disabled={pending}>{t('reset.send')}</button>
      <p className="text-sm"><Link href="/sign-in" className={linkClass}>{t('reset.backToSignIn')}</Link></p>
    </form>
  );
}

export function NewPasswordForm({ action, token, minPassword, maxPassword }: { action: FormAction<ResetFormState>; token: string; minPassword: number; maxPassword: number }) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, {});
  // kept by the form itself: React empties uncontrolled fields after an action
  const [password, setPassword] = useState('');
  if (state.status === 'changed') {
    return (
      <div className="card-surface mx-auto flex max-w-md flex-col gap-4 p-6">
        <h1 className="text-2xl font-semibold">{t('reset.newTitle')}</h1>
        <p role="status" className={doneClass}>{t('reset.done')}</p>
        <Link href="/sign-in" className="btn-primary text-center">{t('submitSignIn')}</Link>
      </div>
    );
  }
  const error = state.error ? t(`errors.${state.error}`, { min: minPassword, max: maxPassword }) : null;
  return (
    <form action={formAction} className="card-surface mx-auto flex max-w-md flex-col gap-4 p-6" noValidate>
      <h1 className="text-2xl font-semibold">{t('reset.newTitle')}</h1>
      <input type="hidden" name="token" value={token} />
      <label className="flex flex-col gap-1">
        <span>{t('reset.newPassword')}</span>
        <input name="password" type="password" autoComplete="new-password" required minLength={minPassword} maxLength={maxPassword} value={password}
          onChange={(e) => setPassword(e.target.value)} className="field" aria-describedby={error ? 'reset-password-error reset-password-hint' : 'reset-password-hint'} {...(error ? { 'aria-invalid': true } : {})} />
        {error ? <span id="reset-password-error" role="alert" className="text-sm text-red-800 dark:text-red-200">{error}</span> : null}
        <span id="reset-password-hint" className="text-sm text-stone-600 dark:text-stone-400">{t('passwordHint', { min: minPassword })}</span>
      </label>
      {state.status === 'invalid-token' ? <InvalidLink /> : null}
      {state.status === 'unavailable' ? <p role="alert" className={alertClass}>{t('reset.unavailable')}</p> : null}
      <button type="submit" className="btn-primary" disabled={pending}>{t('reset.save')}</button>
    </form>
  );
}

/** A link that opens nothing (used, expired, or cut short): say so, and offer a new one. */
export function InvalidLink() {
  const t = useTranslations('auth.reset');
  return (
    <p role="alert" className={alertClass}>
      {t('invalidToken')} <Link href="/forgot-password" className="underline">{t('askAgain')}</Link>
    </p>
  );
}
