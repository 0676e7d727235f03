import type { Segment } from '@/lib/kazakh/types';

/** интеграция·сы·на with a grammatical label under each suffix. */
export function WordBuild({ segments, label }: { segments: Segment[]; label: string }) {
  if (segments.length < 2) return null;
  return (
    <div>
      <p className="text-sm text-stone-600 dark:text-stone-400">{label}</p>
      <p className="flex flex-wrap items-end gap-1" lang="kk" aria-label={`${label}: ${segments.map((s) => s.text + (s.label ? ` (${s.label})` : '')).join(' + ')}`}>
        {segments.map((s, i) => (
          <span key={i} className="flex flex-col items-center rounded-md bg-stone-100 px-2 py-1 dark:bg-stone-800" aria-hidden="true">
            <span className={s.label ? 'text-lg' : 'text-lg font-semibold'}>{s.text}</span>
            <span className="text-xs text-stone-600 dark:text-stone-400">{s.label ?? '—'}</span>
          </span>
        ))}
      </p>
    </div>
  );
}
