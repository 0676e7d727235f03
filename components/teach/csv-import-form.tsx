'use client';
// Import a CSV file into a deck; bad rows come back by line number and nothing is imported.
import { useActionState, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { CSV_FILE_TOO_LARGE, MAX_CSV_BYTES } from '@/lib/decks/csv-limits';
import type { FormAction, TeachFormState } from '../form-states';
import { IssueList } from '../issues';
import { useFormatter } from '../use-formatter';

export function CsvImportForm({ deckId, importCsvAction }: { deckId: string; importCsvAction: FormAction<TeachFormState> }) {
  const t = useTranslations('teach');
  const format = useFormatter();
  const [state, action, pending] = useActionState(importCsvAction, {});
  // A file over the limit is refused here, before it is sent.
  const [tooLarge, setTooLarge] = useState(false);
  const checkSize = (e: FormEvent<HTMLFormElement>) => {
    const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
    const over = !!file && file.size > MAX_CSV_BYTES;
    setTooLarge(over);
    if (over) e.preventDefault();
  };
  const shown: TeachFormState = tooLarge ? { status: 'error', error: 'invalid', issues: [CSV_FILE_TOO_LARGE] } : state;
  const issues = shown.issues ?? [];
  return (
    <form action={action} onSubmit={checkSize} className="flex flex-col gap-2" aria-label={t('deck.import')}>
      <input type="hidden" name="deckId" value={deckId} />
      <label className="flex flex-col gap-1"><span className="font-medium">{t('deck.importFile')}</span><input type="file" name="file" accept=".csv,text/csv" required className="text-sm" /></label>
      <div aria-live="polite">
        {shown.status === 'ok' ? <p className="text-emerald-700 dark:text-emerald-300">{t('deck.imported', format.args({ count: shown.count ?? 0 }))}</p> : null}
        {shown.status === 'error' ? (
          <div role="alert" className="text-red-700 dark:text-red-300">
            {issues.length ? <><p>{t('deck.importFailed')}</p><IssueList issues={issues} /></> : <p>{t(`errors.${shown.error ?? 'generic'}`)}</p>}
          </div>
        ) : null}
      </div>
      <button type="submit" className="btn-secondary self-start" disabled={pending}>{t('deck.import')}</button>
    </form>
  );
}
