'use server';

import { revalidatePath } from 'next/cache';
import { currentUser } from '@/app/_guards/current-user';
import { requestFit } from '@/server/scheduler-fit/request-fit';
import type { FitFormState } from '@/components/form-states';

/** "Fit my scheduler now": a fit job for the signed-in learner (docs/decisions/028). */
export async function fitSchedulerAction(): Promise<FitFormState> {
  const user = await currentUser();
  if (!user) return { status: 'signed-out', at: Date.now() };
  await requestFit(user.id, new Date());
  revalidatePath('/[locale]/settings', 'page');
  return { status: 'requested', at: Date.now() };
}
