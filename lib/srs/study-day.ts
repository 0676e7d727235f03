/**
 * Study-day boundaries in the learner's own time zone.
 *
 * A study day runs from `dayStartHour`:00 local time to the same wall-clock time the next
 * calendar day (default 04:00, so late-night sessions still count towards "today").
 * Offsets are read from Intl.DateTimeFormat, which carries the IANA history: DST in
 * Europe/Berlin or America/New_York, and one-off changes such as Asia/Almaty moving
 * from UTC+6 to UTC+5 on 2024-03-01.
 *
 * Lenient inputs, because both values come from stored learner settings and a bad value
 * must not stop reviewing: an unknown time zone is treated as 'UTC', and `dayStartHour`
 * is floored and clamped to 0..23 (non-finite → 4).
 *
 * If the start time falls into a DST gap (only possible when clocks jump at exactly that
 * hour), the day starts at the equivalent time after the jump, as Temporal's
 * 'compatible' disambiguation does; in a repeated hour the earlier instant is used.
 */

export const DEFAULT_DAY_START_HOUR = 4;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  // Cached per given name: validating a zone builds a formatter, which costs far more than a lookup.
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  if (formatters.size < 1000) formatters.set(timeZone, formatter);
  return formatter;
}

/** Wall-clock time at `epochMs` in the zone, expressed as if it were a UTC timestamp. */
function wallClockMs(epochMs: number, formatter: Intl.DateTimeFormat): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const ms = ((epochMs % 1000) + 1000) % 1000;
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    // Some engines still print midnight as "24" despite hourCycle h23.
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
    ms,
  );
}

function offsetMs(epochMs: number, formatter: Intl.DateTimeFormat): number {
  return wallClockMs(epochMs, formatter) - epochMs;
}

/** The instant at which the zone's clocks show `wallMs` (see the gap/overlap rule above). */
function instantForWallClock(wallMs: number, formatter: Intl.DateTimeFormat): number {
  // Zone transitions are far more than a day apart, so the offsets a day either side
  // cover every candidate.
  const before = offsetMs(wallMs - DAY_MS, formatter);
  const after = offsetMs(wallMs + DAY_MS, formatter);
  const candidates = [wallMs - before, wallMs - after].filter((t) => wallClockMs(t, formatter) === wallMs);
  if (candidates.length > 0) return Math.min(...candidates);
  return wallMs - before;
}

function normalizeHour(dayStartHour: number): number {
  if (!Number.isFinite(dayStartHour)) return DEFAULT_DAY_START_HOUR;
  return Math.min(23, Math.max(0, Math.floor(dayStartHour)));
}

/** Midnight (as a UTC-based timestamp) of the local calendar date the study day containing `at` is named after. */
function studyDateMs(at: Date, formatter: Intl.DateTimeFormat, hour: number): number {
  const shifted = wallClockMs(at.getTime(), formatter) - hour * HOUR_MS;
  return Math.floor(shifted / DAY_MS) * DAY_MS;
}

export function studyDayStart(now: Date, timeZone: string, dayStartHour: number): Date {
  const formatter = formatterFor(timeZone);
  const hour = normalizeHour(dayStartHour);
  return new Date(instantForWallClock(studyDateMs(now, formatter, hour) + hour * HOUR_MS, formatter));
}

export function nextStudyDayStart(now: Date, timeZone: string, dayStartHour: number): Date {
  const formatter = formatterFor(timeZone);
  const hour = normalizeHour(dayStartHour);
  return new Date(instantForWallClock(studyDateMs(now, formatter, hour) + DAY_MS + hour * HOUR_MS, formatter));
}

/** 'YYYY-MM-DD' of the local date on which the study day containing `at` started. */
export function studyDayKey(at: Date, timeZone: string, dayStartHour: number): string {
  const formatter = formatterFor(timeZone);
  return new Date(studyDateMs(at, formatter, normalizeHour(dayStartHour))).toISOString().slice(0, 10);
}
