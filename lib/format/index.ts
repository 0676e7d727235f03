// Public entry of the formatting core: numbers, dates and relative times in kk, ru and en,
// the same on the server and in the browser. Pure: time zones and "now" are passed in.
export type { Formatter, FormatLocale, DurationUnit } from './formatter';
export { createFormatter } from './formatter';
export type { DateStyle, NumberOptions } from './kazakh';
export type { CalendarParts } from './calendar';
export { calendarParts } from './calendar';
export type { RelativeUnit } from './relative';
export { relativeParts } from './relative';
