import { describe, expect, it } from 'vitest';
import { timeZoneOffsetMinutes } from './time-zone-offset';

describe('timeZoneOffsetMinutes', () => {
  it('reads offsets with their history and daylight saving time', () => {
    expect(timeZoneOffsetMinutes('Asia/Almaty', new Date('2026-03-10T08:00:00Z'))).toBe(300);
    expect(timeZoneOffsetMinutes('Asia/Almaty', new Date('2023-03-10T08:00:00Z'))).toBe(360);
    expect(timeZoneOffsetMinutes('Europe/Berlin', new Date('2026-07-01T12:00:00Z'))).toBe(120);
    expect(timeZoneOffsetMinutes('Europe/Berlin', new Date('2026-01-01T12:00:00Z'))).toBe(60);
    expect(timeZoneOffsetMinutes('UTC', new Date())).toBe(0);
  });

  it('answers 0 for an unknown zone rather than failing', () => {
    expect(timeZoneOffsetMinutes('Mars/Olympus_Mons', new Date())).toBe(0);
  });
});
