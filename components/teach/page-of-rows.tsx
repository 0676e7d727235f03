'use client';
// One page of a long list in the draft editor (the words of a text, its sentences, its
// repairs): the server sends one page at a time (server/teach/draft-view.ts), since a pasted
// 200,000-character text can have 25,000 words.
import { useTranslations } from 'next-intl';
import type { DraftPage } from '@/server/teach/draft-view';
import { useFormatter } from '../use-formatter';

/** Where a page of rows stands, as the server sends it. */
export type RowPage = Omit<DraftPage<unknown>, 'items'>;

export function RowPager({ label, at, busy, onPage }: { label: string; at: RowPage; busy?: boolean; onPage: (page: number) => void }) {
  const t = useTranslations('teach.draft');
  const format = useFormatter();
  if (at.pages <= 1) return null;
  const from = (at.page - 1) * at.perPage + 1;
  const to = Math.min(at.total, at.page * at.perPage);
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" className="btn-secondary min-h-11 px-3 py-1" disabled={busy || at.page <= 1} onClick={() => onPage(at.page - 1)}>{t('previousRows')}</button>
      <span aria-live="polite">{t('rowsShown', { from: format.number(from), to: format.number(to), total: format.number(at.total) })}</span>
      <button type="button" className="btn-secondary min-h-11 px-3 py-1" disabled={busy || at.page >= at.pages} onClick={() => onPage(at.page + 1)}>{t('nextRows')}</button>
    </nav>
  );
}
