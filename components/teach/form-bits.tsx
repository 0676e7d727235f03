'use client';
// Small pieces the teacher forms share: the status line under a form and a progress
// indicator for long operations.
import { useTranslations } from 'next-intl';
import type { TeachFormState } from '../form-states';
import { IssueList } from '../issues';

export function FormStatus({ state, okText }: { state: TeachFormState; okText?: string }) {
  const t = useTranslations('teach');
  return (
    <div aria-live="polite">
      {state.status === 'ok' && okText ? <p className="text-emerald-700 dark:text-emerald-300">{okText}</p> : null}
      {state.status === 'error' ? (
        <div role="alert" className="text-red-700 dark:text-red-300">
          <p>{t(`errors.${state.error ?? 'generic'}`)}</p>
          {state.issues?.length ? <IssueList issues={state.issues} /> : null}
        </div>
      ) : null}
    </div>
  );
}

export function Busy({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-3 text-sm text-stone-700 dark:text-stone-300">
      <progress aria-label={label} className="h-2 w-40 accent-teal-700" />
      <span>{label}</span>
    </div>
  );
}
