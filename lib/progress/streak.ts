import { addDays } from './day-keys';

export interface Streaks {
  /** consecutive study days ending today, or yesterday while today is still open */
  current: number;
  longest: number;
}

/** Streaks from the study-day keys on which the learner reviewed at least once. */
export function streaks(studiedDays: Iterable<string>, today: string): Streaks {
  const days = new Set(studiedDays);
  let current = 0;
  let cursor = days.has(today) ? today : addDays(today, -1);
  while (days.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue; // not the start of a run
    let length = 1;
    let next = addDays(day, 1);
    while (days.has(next)) {
      length += 1;
      next = addDays(next, 1);
    }
    longest = Math.max(longest, length);
  }
  return { current, longest };
}
