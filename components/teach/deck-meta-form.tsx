'use client';
// Rename and describe a deck.
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction, TeachFormState } from '../form-states';
import { FormStatus } from './form-bits';

export function DeckMetaForm({ deckId, title, description, updateDeckAction }: { deckId: string; title: string; description: string; updateDeckAction: FormAction<TeachFormState> }) {
  const t = useTranslations('teach');
  const [state, action, pending] = useActionState(updateDeckAction, {});
  return (
    <form action={action} noValidate className="flex flex-col gap-3" aria-label={t('deck.settings')}>
      <input type="hidden" name="deckId" value={deckId} />
      <label className="flex flex-col gap-1"><span className="font-medium">{t('deckTitle')}</span><input name="title" defaultValue={title} required maxLength={120} className="field" lang="kk" /></label>
      <label className="flex flex-col gap-1"><span className="font-medium">{t('deckDescription')}</span><textarea name="description" defaultValue={description} maxLength={1000} rows={2} className="field" /></label>
      <FormStatus state={state} okText={t('deck.saved')} />
      <button type="submit" className="btn-secondary self-start" disabled={pending}>{t('deck.save')}</button>
    </form>
  );
}
