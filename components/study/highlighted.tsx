'use client';
import { useKazakh } from '../preferences';

/**
 * A Kazakh sentence with one span marked (the studied form, or the cloze answer), in the
 * learner's script: the offsets index the stored text, so each piece is converted on its own.
 */
export function Highlighted({ text, start, end, blank }: { text: string; start?: number; end?: number; blank?: boolean }) {
  const { kk } = useKazakh();
  if (start === undefined || end === undefined || start < 0 || end > text.length || start >= end) return <>{kk(text)}</>;
  const mid = kk(text.slice(start, end));
  return (
    <>
      {kk(text.slice(0, start))}
      {blank ? (
        <span className="mx-0.5 inline-block min-w-16 border-b-2 border-brand-600 text-transparent" aria-label="…">{'_'.repeat(Math.max(3, mid.length))}</span>
      ) : (
        <mark className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">{mid}</mark>
      )}
      {kk(text.slice(end))}
    </>
  );
}
