import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/server/auth/current-user';
import { env } from '@/server/env';
import { jsonError, readJson } from '@/server/http/json';
import { submitReview, submitReviewInput } from '@/server/reviews/submit-review';

export async function POST(request: Request) {
  const user = await getCurrentUser(request.headers);
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in to submit reviews.');
  const body = await readJson(request, submitReviewInput);
  if (!body.ok) return body.response;

  const outcome = await submitReview(user.id, body.data, { now: new Date(), clockSkewMs: env.REVIEW_CLOCK_SKEW_MS });
  if (outcome.ok) return NextResponse.json({ review: outcome.result, duplicate: outcome.duplicate }, { status: outcome.duplicate ? 200 : 201 });
  switch (outcome.error) {
    case 'not-found':
      return jsonError(404, 'card-not-found', 'No such card in a deck you can study.');
    case 'future-review':
      return jsonError(400, 'invalid-input', 'reviewedAt is in the future.', [{ path: 'reviewedAt', message: 'in the future' }]);
    case 'id-conflict':
      return jsonError(409, 'id-conflict', 'This review id is already used.');
  }
}
