import type { ReactNode } from 'react';

// A data table: a scrolling wrapper, a caption for screen readers, one <th scope="col"> per
// column (numbers right-aligned), and the rows the caller renders.
export interface Column {
  label: ReactNode;
  numeric?: boolean;
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
  children,
}: Props) {
  return (
    <div className={className}>
      <table className={tableClassName}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className={headClassName}>
          <tr className={rowClassName}>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={`${cellClassName} ${c.numeric ? 'text-right' : 'text-left'}`}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
