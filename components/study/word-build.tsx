'use client';
// интеграция·сы·на with the name of each piece under it (stem, possessive 3rd person,
// dative case) in the UI language: a short label, the full name on hover and keyboard
// focus, and read in full by screen readers.
import { useLocale, useTranslations } from 'next-intl';
import type { Segment } from '@/lib/kazakh/types';
import { useKazakh } from '../preferences';
import { suffixName } from './suffix-names';

export function WordBuild({ segments, label }: { segments: Segment[]; label: string }) {
  const locale = useLocale();
  const t = useTranslations('study');
  // The pieces in the learner's script (Cyrillic or Latin).
  const { kk, lang } = useKazakh();
  if (segments.length < 2) return null;
  return (
    <div>
      <p className="text-sm text-stone-600 dark:text-stone-400">{label}</p>
      <ol className="flex flex-wrap items-end gap-1" aria-label={label}>
        {segments.map((s, i) => {
          const name = s.label ? suffixName(s.label, locale) : { short: t('stem'), full: t('stem') };
          return (
            <li key={i} className="group relative flex flex-col items-center rounded-md bg-stone-100 px-2 py-1 focus-within:ring-2 dark:bg-stone-800">
              <span lang={lang} className={s.label ? 'text-lg' : 'text-lg font-semibold'}>{kk(s.text)}</span>
              <span
                tabIndex={s.label ? 0 : undefined}
                className="rounded text-xs text-stone-600 dark:text-stone-400"
              >
                <span aria-hidden="true">{name.short}</span>
                <span className="sr-only">{name.full}</span>
              </span>
              {s.label && name.full !== name.short ? (
                <span
                  aria-hidden="true"
                  className="pointer-events-none invisible absolute left-1/2 top-full z-10 mt-1 w-max max-w-56 -translate-x-1/2 rounded-md bg-stone-800 px-2 py-1 text-xs text-white shadow group-focus-within:visible group-hover:visible dark:bg-stone-100 dark:text-stone-900"
                >
                  {name.full}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
