'use client';
// A row's Reset: asks first, then submits the list's form with row = "reset:cardId".
import { useState } from 'react';
import { useTranslations } from 'next-intl';

export function RowResetButton({ cardId }: { cardId: string }) {
  const t = useTranslations('cards');
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" className="btn-secondary px-3 py-1.5 text-sm" onClick={() => setAsking(true)}>{t('resetAction')}</button>;
  return (
    <span role="group" aria-label={t('resetAction')} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t('resetConfirm', { count: 1 })}</span>
      <button type="submit" name="row" value={`reset:${cardId}`} className="btn bg-red-700 px-3 py-1.5 text-sm text-white hover:bg-red-800">{t('resetYes')}</button>
      <button type="button" className="btn-secondary px-3 py-1.5 text-sm" onClick={() => setAsking(false)}>{t('cancel')}</button>
    </span>
  );
}
