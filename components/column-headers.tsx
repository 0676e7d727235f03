import type { ReactNode } from 'react';

// The header row of a data table: one <th scope="col"> per column, numbers right-aligned.
export interface Column {
  label: ReactNode;
  numeric?: boolean;
}

export function ColumnHeaders({ columns, cellClassName, rowClassName, headClassName }: { columns: Column[]; cellClassName: string; rowClassName?: string; headClassName?: string }) {
  return (
    <thead className={headClassName}>
      <tr className={rowClassName}>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={`${cellClassName} ${c.numeric ? 'text-right' : 'text-left'}`}>{c.label}</th>
        ))}
      </tr>
    </thead>
  );
}
