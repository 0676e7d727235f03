'use client';
// Paste or upload a Kazakh text; it is saved as a draft and analysed on the next screen.
import { useActionState, useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { looksKazakh, NOT_KAZAKH_TEXT } from '@/lib/decks/kazakh-text';
import type { FormAction, TeachFormState } from '../form-states';
import { useFormatter } from '../use-formatter';
import { Busy, FilePicker, FormStatus } from './form-bits';

export function ImportTextForm({ max, createDraftAction }: { max: number; createDraftAction: FormAction<TeachFormState> }) {
  const t = useTranslations('teach.import');
  const locale = useLocale();
  const format = useFormatter();
  const [state, action, pending] = useActionState(createDraftAction, {});
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const tooLong = text.length > max;
  // A text that is not Kazakh is refused here before it is sent (the server checks again).
  const [notKazakh, setNotKazakh] = useState(false);
  const check = (e: FormEvent<HTMLFormElement>) => {
    const refused = !looksKazakh(text);
    setNotKazakh(refused);
    if (refused) e.preventDefault();
  };
  const shown: TeachFormState = notKazakh ? { status: 'error', error: 'invalid', issues: [NOT_KAZAKH_TEXT] } : state;
  const textRefused = notKazakh || !!state.issues?.some((i) => i.code === 'not-kazakh');

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    setNotKazakh(false);
    if (!title) setTitle(file.name.replace(/\.txt$/i, '').slice(0, 120));
  }

  return (
    <form action={action} onSubmit={check} noValidate className="card-surface flex flex-col gap-4 p-6">
      <input type="hidden" name="locale" value={locale} />
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('titleLabel')}</span>
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} className="field" />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('textLabel')}</span>
        <textarea name="text" value={text} onChange={(e) => { setText(e.target.value); setNotKazakh(false); }} rows={12} required lang="kk" className="field font-normal" aria-describedby="text-hint text-count" aria-invalid={tooLong || textRefused || undefined} />
        <span id="text-hint" className="text-sm text-stone-600 dark:text-stone-400">{t('textHint', { max: format.number(max) })}</span>
        <span id="text-count" className={`text-sm tabular-nums ${tooLong ? 'text-red-700 dark:text-red-300' : 'text-stone-600 dark:text-stone-400'}`}>
          {t('chars', { count: format.number(text.length), max: format.number(max) })}
        </span>
        {tooLong ? <span role="alert" className="text-sm text-red-700 dark:text-red-300">{t('tooLong', { max: format.number(max) })}</span> : null}
      </label>
      <FilePicker label={t('file')} accept=".txt,text/plain" onChange={onFile} />
      <FormStatus state={shown} />
      {pending ? <Busy label={t('analysing')} /> : null}
      <button type="submit" className="btn-primary self-start" disabled={pending || tooLong || !text.trim()}>{t('analyse')}</button>
    </form>
  );
}
