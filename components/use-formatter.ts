'use client';
// The app's formatter for the current UI locale, in client components (the same text the
// server printed, so hydration matches).
import { useLocale } from 'next-intl';
import { createFormatter, type Formatter } from '@/lib/format';

export function useFormatter(): Formatter {
  return createFormatter(useLocale());
}
