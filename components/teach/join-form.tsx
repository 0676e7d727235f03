'use client';
// A learner joins a class: the code typed in, or taken from the join link.
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction, JoinFormState } from '../form-states';
import { Link } from '@/i18n/navigation';

export function JoinForm({ code, joinClassAction }: { code?: string; joinClassAction: FormAction<JoinFormState> }) {
  const t = useTranslations('join');
  const [state, action, pending] = useActionState(joinClassAction, {});
  // Controlled, so a refused code stays in the field to be checked (an action resets uncontrolled fields).
  const [typed, setTyped] = useState('');
  const done = state.status === 'joined' || state.status === 'already';
  return (
    // noValidate: an empty code is answered in the page's language, not by the browser's bubble.
    <form action={action} noValidate className="card-surface flex flex-col gap-4 p-6">
      {code ? (
        <>
          <p>{t('confirm', { code })}</p>
          <input type="hidden" name="code" value={code} />
        </>
      ) : (
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('code')}</span>
          <input name="code" required maxLength={40} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="field font-mono uppercase tracking-widest" />
        </label>
      )}
      <div aria-live="polite">
        {state.status === 'joined' ? <p className="text-emerald-700 dark:text-emerald-300">{t('joined', { name: state.name ?? '' })}</p> : null}
        {state.status === 'already' ? <p className="text-emerald-700 dark:text-emerald-300">{t('already', { name: state.name ?? '' })}</p> : null}
        {state.status === 'empty' ? <p role="alert" className="text-red-700 dark:text-red-300">{t('codeRequired')}</p> : null}
        {state.status === 'not-found' || state.status === 'signed-out' ? <p role="alert" className="text-red-700 dark:text-red-300">{t('notFound')}</p> : null}
        {state.status === 'rate-limited' ? <p role="alert" className="text-red-700 dark:text-red-300">{t('rateLimited')}</p> : null}
      </div>
      {done ? <Link href="/decks" className="btn-primary self-start">{t('toDecks')}</Link> : (
        <button type="submit" className="btn-primary self-start" disabled={pending}>{t('submit')}</button>
      )}
    </form>
  );
}
