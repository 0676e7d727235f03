'use client';
// Settings → Account (docs/decisions/030-account-security.md): change the password, sign out
// everywhere else, delete the account. Three forms, each with its own answer; the server finds
// the user from the session and checks everything again. A refused form keeps what was typed in
// its non-password fields (passwords are never sent back) and moves the focus to the field it
// refused; a done form says what was done.
import { useActionState, useEffect, useId, useRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { AccountOverview } from '@/server/account/get-account-overview';
import type { AccountFormState, FormAction, VerifyFormState } from '../form-states';
import { EmailStatus } from './email-status';

interface Props {
  overview: AccountOverview;
  minPassword: number;
  maxPassword: number;
  changePassword: FormAction<AccountFormState>;
  endOtherSessions: FormAction<AccountFormState>;
  deleteAccount: FormAction<AccountFormState>;
  resendVerification: FormAction<VerifyFormState>;
}

/** The answer of one form: a refusal in words, or what was done. */
function useAnswer(state: AccountFormState, bounds: { min: number; max: number }) {
  const t = useTranslations('settings.account');
  if (state.status !== 'refused' || !state.error) return null;
  return t(`errors.${state.error}`, { ...bounds, seconds: state.retryAfterSeconds ?? 60 });
}

/** After an answer: the refused field, else the form's first control, gets the focus back. */
function useFocusAfter(state: AccountFormState, form: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (!state.at || !form.current) return;
    const target = state.field ? form.current.querySelector<HTMLElement>(`[name="${state.field}"]`) : null;
    (target ?? form.current.querySelector<HTMLElement>('[role="alert"], [role="status"]'))?.focus();
  }, [state.at, state.field, form]);
}

const errorClass = 'text-sm text-red-700 dark:text-red-300';

export function AccountSection({ overview, minPassword, maxPassword, changePassword, endOtherSessions, deleteAccount, resendVerification }: Props) {
  const t = useTranslations('settings.account');
  const locale = useLocale();
  const bounds = { min: minPassword, max: maxPassword };
  const id = useId();

  const [pw, pwAction, pwSending] = useActionState(changePassword, {});
  const pwForm = useRef<HTMLFormElement>(null);
  const pwError = useAnswer(pw, bounds);
  useFocusAfter(pw, pwForm);

  const [sessions, sessionsAction, sessionsSending] = useActionState(endOtherSessions, {});
  const sessionsForm = useRef<HTMLFormElement>(null);
  const sessionsError = useAnswer(sessions, bounds);
  useFocusAfter(sessions, sessionsForm);

  const [del, delAction, delSending] = useActionState(deleteAccount, {});
  const delForm = useRef<HTMLFormElement>(null);
  const delError = useAnswer(del, bounds);
  useFocusAfter(del, delForm);

  const invalid = (state: AccountFormState, field: string, errorId: string) =>
    state.status === 'refused' && state.field === field ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  const teaches = overview.classes > 0 || overview.decks > 0;

  return (
    <section aria-labelledby="account-title" className="flex flex-col gap-4">
      <div>
        <h2 id="account-title" className="text-lg font-semibold">{t('title')}</h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t('signedInAs', { email: overview.email })}</p>
        {overview.canConfirmEmail ? <EmailStatus email={overview.email} verified={overview.emailVerified} action={resendVerification} /> : null}
      </div>

      <form ref={pwForm} action={pwAction} noValidate aria-labelledby={`${id}-pw`} className="card-surface flex flex-col gap-3 p-6">
        <h3 id={`${id}-pw`} className="font-semibold">{t('password.title')}</h3>
        {/* for password managers: whose password this is */}
        <input type="email" name="username" autoComplete="username" value={overview.email} readOnly hidden />
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('password.current')}</span>
          <input name="currentPassword" type="password" autoComplete="current-password" maxLength={maxPassword} className="field" {...invalid(pw, 'currentPassword', `${id}-pw-error`)} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('password.new')}</span>
          <input name="newPassword" type="password" autoComplete="new-password" minLength={minPassword} maxLength={maxPassword} className="field" aria-describedby={`${id}-pw-hint`} {...invalid(pw, 'newPassword', `${id}-pw-error`)} />
          <span id={`${id}-pw-hint`} className="text-sm text-stone-600 dark:text-stone-400">{t('password.hint', bounds)}</span>
        </label>
        <div aria-live="polite">
          {pwError ? <p id={`${id}-pw-error`} role="alert" tabIndex={-1} className={errorClass}>{pwError}</p> : null}
          {pw.status === 'changed' ? <p role="status" tabIndex={-1} className="text-emerald-700 dark:text-emerald-300">{t('password.changed', { count: pw.count ?? 0 })}</p> : null}
        </div>
        <button type="submit" className="btn-primary self-start" disabled={pwSending}>{t('password.submit')}</button>
      </form>

      <form ref={sessionsForm} action={sessionsAction} aria-labelledby={`${id}-sessions`} className="card-surface flex flex-col gap-3 p-6">
        <h3 id={`${id}-sessions`} className="font-semibold">{t('sessions.title')}</h3>
        <p>{t('sessions.active', { count: overview.activeSessions })}</p>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t('sessions.hint')}</p>
        <div aria-live="polite">
          {sessionsError ? <p role="alert" tabIndex={-1} className={errorClass}>{sessionsError}</p> : null}
          {sessions.status === 'ended' ? <p role="status" tabIndex={-1} className="text-emerald-700 dark:text-emerald-300">{t('sessions.ended', { count: sessions.count ?? 0 })}</p> : null}
        </div>
        <button type="submit" className="btn-secondary self-start" disabled={sessionsSending}>{t('sessions.submit')}</button>
      </form>

      <form ref={delForm} action={delAction} noValidate aria-labelledby={`${id}-delete`} className="card-surface flex flex-col gap-3 border-red-300 p-6 dark:border-red-900">
        <h3 id={`${id}-delete`} className="font-semibold text-red-800 dark:text-red-300">{t('delete.title')}</h3>
        <input type="hidden" name="locale" value={locale} />
        <input type="email" name="username" autoComplete="username" value={overview.email} readOnly hidden />
        <p>{t('delete.intro')}</p>
        {teaches ? (
          <p className="font-medium">{t('delete.teacher', { classes: overview.classes, students: overview.students, decks: overview.decks })}</p>
        ) : null}
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('delete.password')}</span>
          <input name="password" type="password" autoComplete="current-password" maxLength={maxPassword} className="field" {...invalid(del, 'password', `${id}-delete-error`)} />
        </label>
        <label className="flex items-start gap-2">
          {/* keyed by the answer: a refused form shows the box as it was sent */}
          <input key={del.at ?? 0} type="checkbox" name="confirm" defaultChecked={del.values?.confirm === 'on'} className="mt-1 size-5 shrink-0" {...invalid(del, 'confirm', `${id}-delete-error`)} />
          <span>{teaches ? t('delete.confirmTeacher') : t('delete.confirm')}</span>
        </label>
        <div aria-live="polite">
          {delError ? <p id={`${id}-delete-error`} role="alert" tabIndex={-1} className={errorClass}>{delError}</p> : null}
        </div>
        <button type="submit" className="btn self-start bg-red-700 text-white hover:bg-red-800" disabled={delSending}>{t('delete.submit')}</button>
      </form>
    </section>
  );
}
