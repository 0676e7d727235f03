import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getCurrentUser } from '@/server/auth/current-user';
import { jsonError } from '@/app/api/_http/json';
import { getStudyStep } from '@/server/study/get-study-step';

const params = z.object({ deckId: z.string().min(1).max(200) });

export async function GET(request: Request, context: { params: Promise<{ deckId: string }> }) {
  const user = await getCurrentUser(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in to study.');
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return jsonError(400, 'invalid-input', 'Invalid deck id.');
  const step = await getStudyStep(user.id, parsed.data.deckId, new Date());
  if (!step) return jsonError(404, 'deck-not-found', 'No such deck you can study.');
  return NextResponse.json(step, { headers: { 'Cache-Control': 'no-store' } });
}
