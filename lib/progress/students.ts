// The teacher's student table: sorting and CSV.
import { writeCsv } from '@/lib/csv';

export interface StudentRow {
  userId: string;
  name: string;
  email: string;
  /** study-day key of the student's last review, in the student's own time zone */
  lastStudied: string | null;
  /** study days from lastStudied to the student's today (0: today), null when never */
  lastStudiedDaysAgo: number | null;
  reviews7d: number;
  /** true retention over the last 30 study days (review-state cards), null without such reviews */
  retention30d: number | null;
  wordsKnown: number;
  dueBacklog: number;
}

export const STUDENT_SORT_KEYS = ['name', 'lastStudied', 'reviews7d', 'retention30d', 'wordsKnown', 'dueBacklog'] as const;
export type StudentSortKey = (typeof STUDENT_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** Sorted copy; missing values (never studied, no retention yet) always go last. Ties by name. */
export function sortStudents(rows: readonly StudentRow[], key: StudentSortKey, direction: SortDirection): StudentRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: StudentRow, b: StudentRow) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c !== 0 ? sign * c : byName(a, b);
  });
}

/** RFC 4180 CSV (CRLF line ends) with the given header labels, in the column order of STUDENT_SORT_KEYS plus email. */
export function studentsCsv(rows: readonly StudentRow[], headers: Record<'name' | 'email' | StudentSortKey, string>): string {
  const cols = ['name', 'email', 'lastStudied', 'reviews7d', 'retention30d', 'wordsKnown', 'dueBacklog'] as const;
  return writeCsv([
    cols.map((c) => headers[c]),
    ...rows.map((r) => cols.map((c) => {
      const v = r[c];
      return c === 'retention30d' && typeof v === 'number' ? Number(v.toFixed(4)) : v;
    })),
  ]);
}
