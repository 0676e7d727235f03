'use client';
// Import a CSV file into a deck; bad rows come back by line number and nothing is imported.
import { useActionState, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { importCsvAction } from '@/app/[locale]/teach/actions';
import { MAX_CSV_BYTES } from '@/lib/decks/csv-limits';

const CODES = ['header', 'header-required', 'columns', 'kk', 'gloss', 'pos', 'too-long', 'duplicate', 'too-many', 'unterminated-quote', 'quote-in-field', 'file', 'file-too-large'] as const;
type Code = (typeof CODES)[number];

export function CsvImportForm({ deckId }: { deckId: string }) {
  const t = useTranslations('teach');
  const [state, action, pending] = useActionState(importCsvAction, {});
  // A file over the limit is refused here, before it is sent.
  const [tooLarge, setTooLarge] = useState(false);
  const checkSize = (e: FormEvent<HTMLFormElement>) => {
    const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
    const over = !!file && file.size > MAX_CSV_BYTES;
    setTooLarge(over);
    if (over) e.preventDefault();
  };
  const shown = tooLarge ? { status: 'error' as const, issues: ['0:file-too-large'], error: undefined } : state;
  const lines = (shown.issues ?? []).map((issue) => {
    const [line, code] = issue.split(':') as [string, string];
    return (CODES as readonly string[]).includes(code) ? t(`deck.csvErrors.${code as Code}`, { line }) : issue;
  });
  return (
    <form action={action} onSubmit={checkSize} className="flex flex-col gap-2" aria-label={t('deck.import')}>
      <input type="hidden" name="deckId" value={deckId} />
      <label className="flex flex-col gap-1"><span className="font-medium">{t('deck.importFile')}</span><input type="file" name="file" accept=".csv,text/csv" required className="text-sm" /></label>
      <div aria-live="polite">
        {shown.status === 'ok' ? <p className="text-emerald-700 dark:text-emerald-300">{t('deck.imported', { count: shown.count ?? 0 })}</p> : null}
        {shown.status === 'error' ? (
          <div role="alert" className="text-red-700 dark:text-red-300">
            {lines.length ? <><p>{t('deck.importFailed')}</p><ul className="list-disc pl-6 text-sm">{lines.map((l) => <li key={l}>{l}</li>)}</ul></> : <p>{t(`errors.${shown.error ?? 'generic'}`)}</p>}
          </div>
        ) : null}
      </div>
      <button type="submit" className="btn-secondary self-start" disabled={pending}>{t('deck.import')}</button>
    </form>
  );
}
