'use client';
// Import a CSV file into a deck; bad rows come back by line number and nothing is imported.
import { useActionState, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { CSV_FILE_TOO_LARGE, FILE_REQUIRED, MAX_CSV_BYTES } from '@/lib/decks/csv-limits';
import type { Issue } from '@/lib/errors';
import type { FormAction, TeachFormState } from '../form-states';
import { IssueList } from '../issues';
import { useFormatter } from '../use-formatter';
import { FilePicker } from './form-bits';

export function CsvImportForm({ deckId, importCsvAction }: { deckId: string; importCsvAction: FormAction<TeachFormState> }) {
  const t = useTranslations('teach');
  const format = useFormatter();
  const [state, action, pending] = useActionState(importCsvAction, {});
  // No file, or a file over the limit, is refused here before it is sent (the server checks again).
  const [refused, setRefused] = useState<Issue | null>(null);
  const checkFile = (e: FormEvent<HTMLFormElement>) => {
    const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
    const issue = !file ? FILE_REQUIRED : file.size > MAX_CSV_BYTES ? CSV_FILE_TOO_LARGE : null;
    setRefused(issue);
    if (issue) e.preventDefault();
  };
  const shown: TeachFormState = refused ? { status: 'error', error: 'invalid', issues: [refused] } : state;
  const issues = shown.issues ?? [];
  return (
    // noValidate: a missing file is refused by the server in the page's language, not by a browser bubble in the browser's.
    <form action={action} onSubmit={checkFile} noValidate className="flex flex-col gap-2" aria-label={t('deck.import')}>
      <input type="hidden" name="deckId" value={deckId} />
      <FilePicker label={t('deck.importFile')} name="file" accept=".csv,text/csv" />
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
