'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

const NAMES: Record<string, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
const SHORT: Record<string, string> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };

function Links({ label, query }: { label: string; query?: Record<string, string> }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <ul aria-label={label} className="flex gap-0.5 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={query && Object.keys(query).length ? { pathname, query } : pathname}
            locale={locale}
            lang={locale}
            aria-current={locale === current ? 'true' : undefined}
            title={NAMES[locale]}
            className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded px-1.5 ${locale === current ? 'bg-brand-100 font-semibold text-brand-800' : 'hover:underline'}`}
          >
            {/* The name read aloud starts with what is shown (ҚАЗ), then says which language it is. */}
            {SHORT[locale]}<span className="sr-only">, {NAMES[locale]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

// The same page in another language keeps its query: a search, a sort order, where to
// return after signing in.
function LinksWithQuery({ label }: { label: string }) {
  const params = useSearchParams();
  return <Links label={label} query={Object.fromEntries(params.entries())} />;
}

export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <Suspense fallback={<Links label={label} />}>
      <LinksWithQuery label={label} />
    </Suspense>
  );
}
