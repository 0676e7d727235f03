// A chart with its caption and the same data as a table behind a disclosure, so every chart
// is readable without seeing it (screen readers, high zoom, printing).
import type { ReactNode } from 'react';

export interface TableColumn {
  header: string;
  /** right-align numbers */
  numeric?: boolean;
}

export function ChartFigure({ title, summary, tableLabel, columns, rows, children, id }: {
  id: string;
  title: string;
  /** one sentence that says what the chart shows, read instead of the picture */
  summary?: string;
  tableLabel: string;
  columns: TableColumn[];
  rows: (string | number)[][];
  children: ReactNode;
}) {
  return (
    <figure className="card-surface flex flex-col gap-3 p-4" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`} className="text-lg font-semibold">{title}</h2>
        {summary ? <p className="text-sm text-stone-600 dark:text-stone-400">{summary}</p> : null}
      </figcaption>
      <div className="overflow-x-auto">{children}</div>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700 underline dark:text-brand-100">{tableLabel}</summary>
        <div className="mt-2 max-h-80 overflow-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={`border-b border-stone-200 px-2 py-1 dark:border-stone-700 ${c.numeric ? 'text-right' : 'text-left'}`}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="px-2 py-0.5 text-left font-normal">{v}</th>
                    ) : (
                      <td key={j} className={`px-2 py-0.5 ${columns[j]?.numeric ? 'text-right tabular-nums' : ''}`}>{v}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
