// Public surface of the progress statistics. Pure: no I/O, no clock, no framework imports.
export { addDays, dayKey, dayNumber, daysBetween, weekdayOf } from './day-keys';
export type { ReviewFacts, StudyDayIncrement, StudyDayCounts, LoggedReview } from './study-day-counts';
export { studyDayCounts, rollUpReviews, isEmptyStudyDay, MATURE_INTERVAL_DAYS, KNOWN_STABILITY_DAYS, STATE_NEW, STATE_REVIEW, MANUAL_RATING, MAX_DAY_DURATION_MS } from './study-day-counts';
export type { Streaks } from './streak';
export { streaks } from './streak';
export type { PassRate, Retention, RetentionPeriod } from './retention';
export { retentionOver, retentionByPeriod, RETENTION_PERIOD_DAYS } from './retention';
export type { CalendarDay, KnownPoint, Totals } from './calendar';
export { reviewCalendar, knownOverTime, totalsBetween } from './calendar';
export type { ForecastDay } from './forecast';
export { dueForecast, studyDayEnds } from './forecast';
export type { StudentRow, StudentSortKey, SortDirection } from './students';
export { sortStudents, STUDENT_SORT_KEYS, studentsCsv } from './students';
export type { ClassSummary } from './class-summary';
export { classSummary } from './class-summary';
export type { WordProgress, WordState } from './word-state';
export { wordState } from './word-state';
