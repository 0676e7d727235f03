'use client';
import type { Segment } from '@/lib/kazakh/types';
import { useKazakh } from '../preferences';

/** интеграция·сы·на with a grammatical label under each suffix, in the learner's script. */
export function WordBuild({ segments, label }: { segments: Segment[]; label: string }) {
  const { kk, lang } = useKazakh();
  if (segments.length < 2) return null;
  return (
    <div>
      <p className="text-sm text-stone-600 dark:text-stone-400">{label}</p>
      {/* a <p> may not carry aria-label (axe: aria-prohibited-attr): the spoken build is its own text */}
      <p className="flex flex-wrap items-end gap-1" lang={lang}>
        <span className="sr-only">{segments.map((s) => kk(s.text) + (s.label ? ` (${s.label})` : '')).join(' + ')}</span>
        {segments.map((s, i) => (
          <span key={i} className="flex flex-col items-center rounded-md bg-stone-100 px-2 py-1 dark:bg-stone-800" aria-hidden="true">
            <span className={s.label ? 'text-lg' : 'text-lg font-semibold'}>{kk(s.text)}</span>
            <span className="text-xs text-stone-600 dark:text-stone-400">{s.label ?? '—'}</span>
          </span>
        ))}
      </p>
    </div>
  );
}
