'use client';
// On a deck's page: the learner's own new cards per day from this deck, within their overall
// limit (docs/decisions/026). Empty: the overall limit alone.
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { MAX_NEW_PER_DAY } from '@/lib/srs';
import type { SettingsFormState } from '../form-states';
import { useIssueText } from '../issues';

interface Props {
  action: (state: SettingsFormState, form: FormData) => Promise<SettingsFormState>;
  deckId: string;
  deckNewPerDay: number | null;
  overall: number;
}

export function DeckNewLimitForm({ action, deckId, deckNewPerDay, overall }: Props) {
  const t = useTranslations('deck');
  const [state, formAction, pending] = useActionState(action, {});
  const issueText = useIssueText();
  const issue = state.issues?.[0];
  const value = state.values?.deckNewCardsPerDay ?? (deckNewPerDay === null ? '' : String(deckNewPerDay));
  // noValidate: the server words what is wrong in the page's language (lib/errors), as in Settings.
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" data-testid="deck-new-limit" noValidate>
      <input type="hidden" name="deckId" value={deckId} />
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('newLimit')}</span>
        <input
          key={state.at ?? 0} name="deckNewCardsPerDay" type="number" min={0} max={MAX_NEW_PER_DAY} defaultValue={value}
          className="field w-32" aria-describedby="deck-new-limit-hint" {...(issue ? { 'aria-invalid': true } : {})}
        />
      </label>
      <button type="submit" className="btn-secondary" disabled={pending}>{t('newLimitSave')}</button>
      <p id="deck-new-limit-hint" className="w-full text-sm text-stone-600 dark:text-stone-400">{t('newLimitHint', { overall })}</p>
      <div aria-live="polite" className="w-full">
        {state.status === 'saved' ? <p className="text-emerald-700 dark:text-emerald-300">{t('newLimitSaved')}</p> : null}
        {issue ? <p role="alert" className="text-red-700 dark:text-red-300">{issueText(issue)}</p> : null}
      </div>
    </form>
  );
}
