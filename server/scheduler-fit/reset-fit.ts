// "Go back to the default parameters" (Settings, docs/decisions/028): the learner stops using
// their fitted FSRS parameters; scheduling uses ts-fsrs's defaults again. Recorded in their fit
// history, and automatic fitting is turned off with it, so a later automatic fit never undoes
// what the learner chose; they can turn it on again, or ask for a fit themselves.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { store } from '../store';

export type ResetFitResult = { status: 'reset'; at: Date } | { status: 'already-default' };

export async function resetFitToDefaults(userId: string, now: Date): Promise<ResetFitResult> {
  const row = await store().fits.resetToDefaults(userId, randomUUID(), now);
  return row ? { status: 'reset', at: row.createdAt } : { status: 'already-default' };
}
