// "Fit my scheduler now" (Settings): a job for the learner, picked up by a server's runner.
import 'server-only';
import { store } from '../store';
import { nudgeFitRunner } from './fit-runner';

export async function requestFit(userId: string, now: Date): Promise<void> {
  await store().fits.request(userId, 'requested', now);
  nudgeFitRunner();
}
