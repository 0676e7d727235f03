import type { ReactNode } from 'react';

// A data table: a scrolling wrapper, a caption for screen readers, one <th scope="col"> per
// column (numbers right-aligned), and the rows the caller renders.
export interface Column {
  label: ReactNode;
  numeric?: boolean;
  /** Extra classes of this column's header cell (e.g. max-sm:hidden, with the same on its cells). */
  className?: string;
}

interface Props {
  columns: Column[];
  /** Classes of each header cell; rows use their own. */
  cellClassName: string;
  caption?: string;
  rowClassName?: string;
  headClassName?: string;
  /** The scrolling wrapper. */
  className?: string;
  tableClassName?: string;
  /**
   * Name of the wrapper as a sideways-scrolling region, for tables too wide for a phone by
   * design (an editing grid): focusable, so it scrolls by keyboard too.
   */
  scrollRegion?: string;
  children: ReactNode;
}

export function DataTable({
  columns,
  cellClassName,
  caption,
  rowClassName,
  headClassName,
  className = 'overflow-x-auto',
  tableClassName = 'w-full border-collapse text-left text-sm',
  scrollRegion,
  children,
}: Props) {
  const region = scrollRegion ? { role: 'region', 'aria-label': scrollRegion, tabIndex: 0, 'data-scroll-x': true } : {};
  return (
    <div className={className} {...region}>
      <table className={tableClassName}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className={headClassName}>
          <tr className={rowClassName}>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={`${cellClassName} ${c.numeric ? 'text-right' : 'text-left'}${c.className ? ` ${c.className}` : ''}`}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
