'use client';
// The two create forms of the teaching home: a new empty deck and a new class. noValidate, as
// every teacher form: the server says what is missing in the page's language (lib/errors),
// where a browser's bubble would speak the browser's.
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { FormAction, TeachFormState } from '../form-states';
import { FormStatus } from './form-bits';

export function NewDeckForm({ createDeckAction }: { createDeckAction: FormAction<TeachFormState> }) {
  const t = useTranslations('teach');
  const locale = useLocale();
  const [state, action, pending] = useActionState(createDeckAction, {});
  return (
    <form action={action} noValidate className="flex flex-col gap-3" aria-label={t('newDeck')}>
      <input type="hidden" name="locale" value={locale} />
      <label className="flex flex-col gap-1"><span className="font-medium">{t('deckTitle')}</span><input name="title" required maxLength={120} className="field" /></label>
      <label className="flex flex-col gap-1"><span className="font-medium">{t('deckDescription')}</span><textarea name="description" maxLength={1000} rows={2} className="field" /></label>
      <FormStatus state={state} />
      <button type="submit" className="btn-primary self-start" disabled={pending}>{t('create')}</button>
    </form>
  );
}

export function NewClassForm({ createClassAction }: { createClassAction: FormAction<TeachFormState> }) {
  const t = useTranslations('teach');
  const locale = useLocale();
  const [state, action, pending] = useActionState(createClassAction, {});
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3" aria-label={t('newClass')}>
      <input type="hidden" name="locale" value={locale} />
      <label className="flex min-w-48 flex-1 flex-col gap-1"><span className="font-medium">{t('className')}</span><input name="name" required maxLength={80} className="field" /></label>
      <button type="submit" className="btn-primary" disabled={pending}>{t('newClass')}</button>
      <div className="basis-full"><FormStatus state={state} /></div>
    </form>
  );
}
