// Automatic fits (docs/decisions/028): after a learner's review is stored, and at most once per
// CHECK_EVERY_MS per learner and process, their review count is compared with their last fit
// (lib/srs fitDue, which also says no while the learner has automatic fitting off) after the
// answer has gone, and a job is asked for when one is due. The
// review's own request pays one Map lookup. The map is per process: with several servers
// each may check as often, and asking twice for a job changes nothing.
import 'server-only';
import { fitDue } from '@/lib/srs';
import { store } from '../store';
import { nudgeFitRunner } from './fit-runner';

const CHECK_EVERY_MS = 10 * 60_000;
const MAX_LEARNERS = 100_000;
const lastCheck = new Map<string, number>();

export function noticeReview(userId: string, now: Date): void {
  const at = lastCheck.get(userId);
  if (at !== undefined && now.getTime() - at < CHECK_EVERY_MS) return;
  if (lastCheck.size >= MAX_LEARNERS) lastCheck.clear();
  lastCheck.set(userId, now.getTime());
  setImmediate(() => {
    void checkFitDue(userId, now).catch(() => lastCheck.delete(userId));
  });
}

export async function checkFitDue(userId: string, now: Date): Promise<boolean> {
  const fits = store().fits;
  const facts = await fits.dueFacts(userId);
  if (facts.pending || !fitDue({ reason: 'auto', ...facts })) return false;
  await fits.request(userId, 'auto', now);
  nudgeFitRunner();
  return true;
}
