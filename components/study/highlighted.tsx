/** A sentence with one span marked (the studied form, or the cloze answer). */
export function Highlighted({ text, start, end, blank }: { text: string; start?: number; end?: number; blank?: boolean }) {
  if (start === undefined || end === undefined || start < 0 || end > text.length || start >= end) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      {blank ? (
        <span className="mx-0.5 inline-block min-w-16 border-b-2 border-brand-600 text-transparent" aria-label="…">{'_'.repeat(Math.max(3, end - start))}</span>
      ) : (
        <mark className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">{text.slice(start, end)}</mark>
      )}
      {text.slice(end)}
    </>
  );
}
