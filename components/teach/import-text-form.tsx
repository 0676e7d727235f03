'use client';
// Paste or upload a Kazakh text; it is saved as a draft and analysed on the next screen.
import { useActionState, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { FormAction, TeachFormState } from '../form-states';
import { useFormatter } from '../use-formatter';
import { Busy, FormStatus } from './form-bits';

export function ImportTextForm({ max, createDraftAction }: { max: number; createDraftAction: FormAction<TeachFormState> }) {
  const t = useTranslations('teach.import');
  const locale = useLocale();
  const format = useFormatter();
  const [state, action, pending] = useActionState(createDraftAction, {});
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const tooLong = text.length > max;

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    if (!title) setTitle(file.name.replace(/\.txt$/i, '').slice(0, 120));
  }

  return (
    <form action={action} className="card-surface flex flex-col gap-4 p-6">
      <input type="hidden" name="locale" value={locale} />
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('titleLabel')}</span>
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} className="field" />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('textLabel')}</span>
        <textarea name="text" value={text} onChange={(e) => setText(e.target.value)} rows={12} required lang="kk" className="field font-normal" aria-describedby="text-hint text-count" aria-invalid={tooLong || undefined} />
        <span id="text-hint" className="text-sm text-stone-600 dark:text-stone-400">{t('textHint', { max: format.number(max) })}</span>
        <span id="text-count" className={`text-sm tabular-nums ${tooLong ? 'text-red-700 dark:text-red-300' : 'text-stone-600 dark:text-stone-400'}`}>
          {t('chars', { count: format.number(text.length), max: format.number(max) })}
        </span>
        {tooLong ? <span role="alert" className="text-sm text-red-700 dark:text-red-300">{t('tooLong', { max: format.number(max) })}</span> : null}
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('file')}</span>
        <input type="file" accept=".txt,text/plain" onChange={onFile} className="text-sm" />
      </label>
      <FormStatus state={state} />
      {pending ? <Busy label={t('analysing')} /> : null}
      <button type="submit" className="btn-primary self-start" disabled={pending || tooLong || !text.trim()}>{t('analyse')}</button>
    </form>
  );
}
