// The parts of a long text (lib/reader/part.ts): the previous and the next part, and every
// part by its number, the current one marked for screen readers as the page.
import { Link } from '@/i18n/navigation';

interface Props {
  /** 1-based */
  part: number;
  parts: number;
  href: (part: number) => string;
  labels: { nav: string; previous: string; next: string; part: (n: number) => string };
}

export function PartNav({ part, parts, href, labels }: Props) {
  const numbers = Array.from({ length: parts }, (_, i) => i + 1);
  return (
    <nav aria-label={labels.nav} className="flex max-w-prose flex-wrap items-center gap-3 border-t border-stone-200 pt-4 dark:border-stone-700">
      {part > 1 ? <Link href={href(part - 1)} rel="prev" className="btn-secondary"><span aria-hidden="true">← </span>{labels.previous}</Link> : null}
      <ol className="flex flex-wrap gap-1">
        {numbers.map((n) => (
          <li key={n}>
            <Link href={href(n)} aria-label={labels.part(n)} aria-current={n === part ? 'page' : undefined}
              className={`inline-flex min-h-10 min-w-10 items-center justify-center rounded px-2 ${n === part ? 'bg-stone-800 font-semibold text-white dark:bg-stone-200 dark:text-stone-900' : 'underline'}`}>
              {n}
            </Link>
          </li>
        ))}
      </ol>
      {part < parts ? <Link href={href(part + 1)} rel="next" className="btn-primary">{labels.next}<span aria-hidden="true"> →</span></Link> : null}
    </nav>
  );
}
