'use client';
// Small pieces the teacher forms share: the status line under a form, a progress
// indicator for long operations and a file picker in the page's language.
import { useId, useState, type ChangeEvent } from 'react';
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

/**
 * A file input that speaks the page's language: the browser's own button ("Choose File / No file
 * chosen") is hidden, a button-like label opens the picker, and the chosen file's name shows
 * beside it. The input itself stays in the tab order (Space or Enter opens the picker), named by
 * `label`; the name line describes it.
 */
export function FilePicker({ label, name, accept, onChange }: { label: string; name?: string; accept: string; onChange?: (e: ChangeEvent<HTMLInputElement>) => void }) {
  const t = useTranslations('teach.file');
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <span id={`${id}-label`} className="font-medium">{label}</span>
      <div className="flex flex-wrap items-center gap-3">
        <label className="btn-secondary cursor-pointer px-3 py-1.5 text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-teal-600">
          <input
            type="file" name={name} accept={accept} className="sr-only" aria-labelledby={`${id}-label`} aria-describedby={`${id}-chosen`}
            onChange={(e) => { setChosen(e.target.files?.[0]?.name ?? null); onChange?.(e); }}
          />
          <span aria-hidden="true">{t('choose')}</span>
        </label>
        <span id={`${id}-chosen`} className="min-w-0 break-all text-sm text-stone-600 dark:text-stone-400" data-testid="file-chosen">{chosen ?? t('none')}</span>
      </div>
    </div>
  );
}
