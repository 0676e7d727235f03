// The study day starts at 04:00 in the learner's time zone, and the server schedules with
// the real clock. A run near 04:00 would see learning cards fall into the next study day, so
// the browser (whose zone a new account takes) lives in a fixed-offset zone where it is
// about midday when the run starts, hours away from any boundary.
export function middayZone(now: Date = new Date()): string {
  const offset = 12 - now.getUTCHours(); // −11 … +12 hours
  if (offset === 0) return 'Etc/UTC';
  // IANA's Etc zones count the other way: Etc/GMT-5 is UTC+5.
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
