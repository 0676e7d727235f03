// Slows down password guessing: after too many failed sign-ins for one email within a
// window, further attempts are refused until the window passes. In memory, per process:
// enough for one app server; several servers would share it through the database.
const WINDOW_MS = 10 * 60_000;
const MAX_FAILURES = 10;

const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const list = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (list.length) failures.set(key, list);
  else failures.delete(key);
  return list;
}

export function isLockedOut(key: string, now = Date.now()): boolean {
  return recent(key, now).length >= MAX_FAILURES;
}

export function recordFailure(key: string, now = Date.now()): void {
  failures.set(key, [...recent(key, now), now]);
}

export function clearFailures(key: string): void {
  failures.delete(key);
}
