// The few figures a teacher sees first on a class page: how many students, how many of
// them studied this week, the class's reviews in 7 days and the average of words known.
import type { StudentRow } from './students';

export interface ClassSummary {
  students: number;
  /** students with at least one review in the last 7 study days */
  activeThisWeek: number;
  reviews7d: number;
  /** mean of words known per student; 0 for an empty class */
  averageKnown: number;
}

export function classSummary(rows: readonly StudentRow[]): ClassSummary {
  const reviews7d = rows.reduce((s, r) => s + r.reviews7d, 0);
  const known = rows.reduce((s, r) => s + r.wordsKnown, 0);
  return {
    students: rows.length,
    activeThisWeek: rows.filter((r) => r.reviews7d > 0).length,
    reviews7d,
    averageKnown: rows.length ? known / rows.length : 0,
  };
}
