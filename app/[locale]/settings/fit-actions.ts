'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { currentUser } from '@/app/_guards/current-user';
import { requestFit } from '@/server/scheduler-fit/request-fit';
import { resetFitToDefaults } from '@/server/scheduler-fit/reset-fit';
import type { FitFormState } from '@/components/form-states';

const fitInput = z.object({ intent: z.enum(['fit', 'reset']) });

/**
 * The scheduler-fit section's buttons, for the signed-in learner only (docs/decisions/028):
 * "Fit my scheduler now" asks for a fit job; "Go back to the default parameters" (confirmed
 * first in the form) stops using the fitted ones.
 */
export async function fitSchedulerAction(_prev: FitFormState, form: FormData): Promise<FitFormState> {
  const parsed = fitInput.safeParse({ intent: form.get('intent') });
  const intent = parsed.success ? parsed.data.intent : undefined;
  const user = await currentUser();
  if (!user) return { status: 'signed-out', intent, at: Date.now() };
  if (!intent) return { status: 'invalid', at: Date.now() };
  let status: FitFormState['status'] = 'requested';
  if (intent === 'reset') status = (await resetFitToDefaults(user.id, new Date())).status;
  else status = await requestFit(user.id, new Date());
  // the whole page: the settings form above shows the automatic-fitting setting a reset turns off
  revalidatePath('/[locale]/settings', 'page');
  return { status, intent, at: Date.now() };
}
