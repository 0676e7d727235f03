// Which unit a relative time is said in, and its rounded value: the same choice next-intl
// makes (seconds under a minute, minutes under an hour, … years from 365 days).
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const SECONDS: Record<RelativeUnit, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 7 * 86_400,
  month: (365 / 12) * 86_400,
  year: 365 * 86_400,
};

export function relativeParts(target: Date, now: Date): { value: number; unit: RelativeUnit } {
  const seconds = (target.getTime() - now.getTime()) / 1000;
  const abs = Math.abs(seconds);
  const unit: RelativeUnit =
    abs < SECONDS.minute ? 'second'
      : abs < SECONDS.hour ? 'minute'
        : abs < SECONDS.day ? 'hour'
          : abs < SECONDS.week ? 'day'
            : abs < SECONDS.month ? 'week'
              : abs < SECONDS.year ? 'month'
                : 'year';
  return { value: Math.round(seconds / SECONDS[unit]), unit };
}
