// The study page's clock: the device's, corrected by the server's when the two disagree by
// more than a minute. Ratings are stamped, and learning steps fall due, by this clock. A device
// clock set a few minutes fast (by hand, or drifting without time sync) otherwise had every
// rating refused by the server as made in the future, and cards offered at the wrong moment.
// A disagreement under a minute is the time the answer took to arrive more often than a wrong
// clock, so it is left alone: the server accepts ratings up to 5 minutes ahead of its own clock.

/** How far the device's clock may stray from the server's before the page corrects it. */
export const CLOCK_TOLERANCE_MS = 60_000;

/**
 * The correction to add to the device's clock, given the one in use and a step the server made
 * at `serverAt`, received at the device's `deviceNow`. It changes only when the two clocks
 * disagree by more than the tolerance, so small delays do not make the page's clock jitter.
 */
export function clockOffset(current: number, serverAt: string, deviceNow: number): number {
  const server = Date.parse(serverAt);
  if (!Number.isFinite(server)) return current;
  const measured = server - deviceNow;
  if (Math.abs(measured - current) <= CLOCK_TOLERANCE_MS) return current;
  return Math.abs(measured) <= CLOCK_TOLERANCE_MS ? 0 : measured;
}
