'use client';

import { useTranslations } from 'next-intl';

// Shown instead of a stack trace when something unexpected fails on a page.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert" className="flex flex-col items-start gap-3 pt-8">
      <h1 className="text-2xl font-semibold">{t('unexpectedTitle')}</h1>
      <p>{t('unexpected')}</p>
      <button type="button" className="btn-secondary" onClick={reset}>{t('tryAgain')}</button>
    </div>
  );
}
