'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { currentUser } from '@/app/_guards/current-user';
import { requestFit } from '@/server/scheduler-fit/request-fit';
import type { FitFormState } from '@/components/form-states';

const fitInput = z.object({ intent: z.literal('fit') });

/** "Fit my scheduler now": a fit job for the signed-in learner (docs/decisions/028). */
export async function fitSchedulerAction(_prev: FitFormState, form: FormData): Promise<FitFormState> {
  const user = await currentUser();
  if (!user) return { status: 'signed-out', at: Date.now() };
  if (!fitInput.safeParse({ intent: form.get('intent') }).success) return { status: 'invalid', at: Date.now() };
  await requestFit(user.id, new Date());
  revalidatePath('/[locale]/settings', 'page');
  return { status: 'requested', at: Date.now() };
}
