// "Fit my scheduler now" (Settings): a job for the learner, picked up by a server's runner,
// unless the last fit already ran on every review the learner has (lib/srs fitDue).
import 'server-only';
import { fitDue } from '@/lib/srs';
import { store } from '../store';
import { nudgeFitRunner } from './fit-runner';

export async function requestFit(userId: string, now: Date): Promise<'requested' | 'up-to-date'> {
  const fits = store().fits;
  const facts = await fits.dueFacts(userId);
  if (!fitDue({ reason: 'requested', autoFit: facts.autoFit, reviews: facts.reviews, last: facts.last })) return 'up-to-date';
  await fits.request(userId, 'requested', now);
  nudgeFitRunner();
  return 'requested';
}
