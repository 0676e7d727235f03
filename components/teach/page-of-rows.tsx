'use client';
// One page of a long list in the draft editor (the words of a text, its sentences): a pasted
// 200,000-character text can have 25,000 words, and rendering every row (an input or two each)
// made the page 31 MB of HTML and held the server for seconds.
import { useTranslations } from 'next-intl';
import { useFormatter } from '../use-formatter';

export const ROWS_PER_PAGE = 100;

/** The rows of page `page` (clamped to the last page), and the page it is. */
export function pageOf<T>(rows: readonly T[], page: number): { rows: readonly T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(at * ROWS_PER_PAGE, (at + 1) * ROWS_PER_PAGE), page: at, pages };
}

export function RowPager({ label, page, pages, total, onPage }: { label: string; page: number; pages: number; total: number; onPage: (page: number) => void }) {
  const t = useTranslations('teach.draft');
  const format = useFormatter();
  if (pages <= 1) return null;
  const from = page * ROWS_PER_PAGE + 1;
  const to = Math.min(total, (page + 1) * ROWS_PER_PAGE);
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" className="btn-secondary px-2 py-1" disabled={page === 0} onClick={() => onPage(page - 1)}>{t('previousRows')}</button>
      <span aria-live="polite">{t('rowsShown', { from: format.number(from), to: format.number(to), total: format.number(total) })}</span>
      <button type="button" className="btn-secondary px-2 py-1" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>{t('nextRows')}</button>
    </nav>
  );
}
