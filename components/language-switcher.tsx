'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

const NAMES: Record<string, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
const SHORT: Record<string, string> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };

export function LanguageSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <ul aria-label={label} className="flex gap-1 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={pathname}
            locale={locale}
            lang={locale}
            aria-current={locale === current ? 'true' : undefined}
            aria-label={NAMES[locale]}
            className={`rounded px-1.5 py-0.5 ${locale === current ? 'bg-brand-100 font-semibold text-brand-800' : 'hover:underline'}`}
          >
            {SHORT[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
