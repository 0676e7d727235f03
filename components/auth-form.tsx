'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AuthField, AuthFormState, FormAction, TrustFormState } from './form-states';
import { TrustOffer } from './trust-browser-forms';

interface Props {
  mode: 'sign-up' | 'sign-in';
  action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>;
  minPassword: number;
  /** A checked in-app path to return to after signing in or up. */
  returnTo?: string | null;
  /** Whether "Forgot your password?" leads anywhere (this server can mail a reset link). */
  canReset?: boolean;
  /** Offered when a sign-in is refused for the network (this server can mail a link that trusts the browser). */
  trustAction?: FormAction<TrustFormState>;
}

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';

export function AuthForm({ mode, action, minPassword, returnTo, canReset, trustAction }: Props) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {});
  // The learner's own day boundary needs their time zone; the browser knows it. Rendered
  // as the hidden field's value (not set on the element), so it survives the form being
  // reset after a refused sign-up.
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, () => '');
  // The password is the form's own state: React resets a form's uncontrolled fields after its
  // action, and the server never sends a password back, so a refused sign-up or sign-in kept
  // the name and email but emptied the password.
  const [password, setPassword] = useState('');
  const errorId = (field: AuthField) => `auth-error-${field}`;
  const hintId = 'auth-password-hint';
  const invalid = (field: AuthField, hint?: string) => {
    const described = [state.fields?.[field] ? errorId(field) : null, hint].filter(Boolean).join(' ');
    return { ...(state.fields?.[field] ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) };
  };
  // each wrong field says so under itself, all at once
  const fieldError = (field: AuthField) => {
    const key = state.fields?.[field];
    return key ? <span id={errorId(field)} role="alert" className="text-sm text-red-800 dark:text-red-200">{t(`errors.${key}`, { min: minPassword, max: 128 })}</span> : null;
  };

  const offerTrust = trustAction && state.error === 'networkLocked' && state.values?.email;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
    <form action={formAction} className="card-surface flex flex-col gap-4 p-6" noValidate>
      <h1 className="text-2xl font-semibold">{mode === 'sign-up' ? t('signUpTitle') : t('signInTitle')}</h1>
      <input type="hidden" name="locale" value={locale} />
      {returnTo ? <input type="hidden" name="next" value={returnTo} /> : null}
      {mode === 'sign-up' ? (
        <>
          <input type="hidden" name="timeZone" value={timeZone} />
          <label className="flex flex-col gap-1">
            <span>{t('name')}</span>
            <input name="name" autoComplete="name" required maxLength={100} defaultValue={state.values?.name} className="field" {...invalid('name')} />
            {fieldError('name')}
          </label>
        </>
      ) : null}
      <label className="flex flex-col gap-1">
        <span>{t('email')}</span>
        <input name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.values?.email} className="field" {...invalid('email')} />
        {fieldError('email')}
      </label>
      <label className="flex flex-col gap-1">
        <span>{t('password')}</span>
        <input
          name="password"
          type="password"
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          required
          minLength={mode === 'sign-up' ? minPassword : undefined}
          maxLength={128}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="field"
          {...invalid('password', mode === 'sign-up' ? hintId : undefined)}
        />
        {fieldError('password')}
        {mode === 'sign-up' ? <span id={hintId} className="text-sm text-stone-600 dark:text-stone-400">{t('passwordHint', { min: minPassword })}</span> : null}
      </label>
      {canReset ? <Link href="/forgot-password" className="inline-flex min-h-11 w-max items-center text-sm text-brand-700 underline dark:text-brand-100">{t('reset.forgotLink')}</Link> : null}
      {mode === 'sign-up' ? (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1">{t('role')}</legend>
          <div className="flex gap-4">
            <label className="flex items-center gap-2">
              <input type="radio" name="role" value="learner" defaultChecked={state.values?.role !== 'teacher'} /> {t('roleLearner')}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="role" value="teacher" defaultChecked={state.values?.role === 'teacher'} /> {t('roleTeacher')}
            </label>
          </div>
        </fieldset>
      ) : null}
      {state.error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
          {t(`errors.${state.error}`, { min: minPassword, max: 128 })}
        </p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {mode === 'sign-up' ? t('submitSignUp') : t('submitSignIn')}
      </button>
      <p className="text-sm">
        {mode === 'sign-up' ? t('haveAccount') : t('noAccount')}{' '}
        <Link
          href={{ pathname: mode === 'sign-up' ? '/sign-in' : '/sign-up', ...(returnTo ? { query: { next: returnTo } } : {}) }}
          className="text-brand-700 underline dark:text-brand-100">
          {mode === 'sign-up' ? t('submitSignIn') : t('submitSignUp')}
        </Link>
      </p>
    </form>
    {offerTrust ? <TrustOffer action={trustAction} email={state.values!.email!} key={state.values!.email} /> : null}
    </div>
  );
}
