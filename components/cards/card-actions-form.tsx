'use client';
// The card list's form: the rows (rendered on the server, given as children) carry a checkbox
// each and their own action buttons; this adds "select all", the selected count, the actions
// on the selection (reset asks first) and what the last action did.
import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';

export interface CardActionState {
  /** empty: no card was selected */
  status?: 'ok' | 'error' | 'empty';
  action?: 'suspend' | 'unsuspend' | 'reset' | 'known';
  changed?: number;
  /** Changes on every submit, so the form clears its selection after each success. */
  at?: number;
}

interface Props {
  action: (prev: CardActionState, form: FormData) => Promise<CardActionState>;
  caption: string;
  children: React.ReactNode;
}

export function CardActionsForm({ action, caption, children }: Props) {
  const t = useTranslations('cards');
  const form = useRef<HTMLFormElement>(null);
  const [selected, setSelected] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const boxes = () => [...(form.current?.querySelectorAll<HTMLInputElement>('input[name="cardId"]') ?? [])];
  const count = () => setSelected(boxes().filter((b) => b.checked).length);
  const [state, run, pending] = useActionState(async (prev: CardActionState, data: FormData) => {
    const next = await action(prev, data);
    setConfirming(false);
    if (next.status === 'ok') {
      for (const b of boxes()) b.checked = false;
      setSelected(0);
    }
    return next;
  }, {});

  const allBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const all = boxes().length;
    if (allBox.current) {
      allBox.current.checked = all > 0 && selected === all;
      allBox.current.indeterminate = selected > 0 && selected < all;
    }
  });

  const message =
    state.status === 'ok' && state.action ? t(`done.${state.action}`, { count: state.changed ?? 0 })
      : state.status === 'empty' ? t('nothingSelected')
        : state.status === 'error' ? t('failed') : '';

  return (
    <form ref={form} action={run} onChange={count} className="flex flex-col gap-3" aria-busy={pending}>
      <div role="toolbar" aria-label={t('bulk')} className="card-surface sticky top-0 z-10 flex flex-wrap items-center gap-2 p-3">
        <label className="mr-auto flex items-center gap-2 text-sm">
          <input
            ref={allBox} type="checkbox" className="size-5"
            onChange={(e) => { for (const b of boxes()) b.checked = e.target.checked; count(); }}
          />
          <span>{t('selectAll')}</span>
          <span className="text-stone-600 dark:text-stone-400" aria-live="polite">· {t('selected', { count: selected })}</span>
        </label>
        {confirming ? (
          <span role="group" aria-label={t('resetAction')} className="flex flex-wrap items-center gap-2">
            <span className="text-sm">{t('resetConfirm', { count: selected })}</span>
            <button type="submit" name="action" value="reset" className="btn bg-red-700 px-3 py-1.5 text-sm text-white hover:bg-red-800" disabled={pending}>{t('resetYes')}</button>
            <button type="button" className="btn-secondary px-3 py-1.5 text-sm" onClick={() => setConfirming(false)}>{t('cancel')}</button>
          </span>
        ) : (
          <>
            <button type="submit" name="action" value="suspend" className="btn-secondary px-3 py-1.5 text-sm" disabled={pending || !selected}>{t('suspendAction')}</button>
            <button type="submit" name="action" value="unsuspend" className="btn-secondary px-3 py-1.5 text-sm" disabled={pending || !selected}>{t('unsuspendAction')}</button>
            <button type="button" className="btn-secondary px-3 py-1.5 text-sm" disabled={pending || !selected} onClick={() => setConfirming(true)}>{t('resetAction')}</button>
            <button type="submit" name="action" value="known" className="btn-secondary px-3 py-1.5 text-sm" disabled={pending || !selected}>{t('knownAction')}</button>
          </>
        )}
      </div>
      <p role="status" className={message ? 'rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800 dark:bg-stone-800 dark:text-brand-100' : 'sr-only'}>{message}</p>
      <ul aria-label={caption} className="flex flex-col gap-2">{children}</ul>
    </form>
  );
}
