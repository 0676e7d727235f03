'use client';
// Import a CSV file into a deck; bad rows come back by line number and nothing is imported.
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { importCsvAction } from '@/app/[locale]/teach/actions';

const CODES = ['header', 'columns', 'kk', 'gloss', 'pos', 'too-long', 'duplicate', 'too-many', 'unterminated-quote', 'quote-in-field', 'file'] as const;
type Code = (typeof CODES)[number];

export function CsvImportForm({ deckId }: { deckId: string }) {
  const t = useTranslations('teach');
  const [state, action, pending] = useActionState(importCsvAction, {});
  const lines = (state.issues ?? []).map((issue) => {
    const [line, code] = issue.split(':') as [string, string];
    return (CODES as readonly string[]).includes(code) ? t(`deck.csvErrors.${code as Code}`, { line }) : issue;
  });
  return (
    <form action={action} className="flex flex-col gap-2" aria-label={t('deck.import')}>
      <input type="hidden" name="deckId" value={deckId} />
      <label className="flex flex-col gap-1"><span className="font-medium">{t('deck.importFile')}</span><input type="file" name="file" accept=".csv,text/csv" required className="text-sm" /></label>
      <div aria-live="polite">
        {state.status === 'ok' ? <p className="text-emerald-700 dark:text-emerald-300">{t('deck.imported', { count: state.count ?? 0 })}</p> : null}
        {state.status === 'error' ? (
          <div role="alert" className="text-red-700 dark:text-red-300">
            {lines.length ? <><p>{t('deck.importFailed')}</p><ul className="list-disc pl-6 text-sm">{lines.map((l) => <li key={l}>{l}</li>)}</ul></> : <p>{t(`errors.${state.error ?? 'generic'}`)}</p>}
          </div>
        ) : null}
      </div>
      <button type="submit" className="btn-secondary self-start" disabled={pending}>{t('deck.import')}</button>
    </form>
  );
}
