// POST /api/reviews under `next dev`. The production server (server/main.ts) answers this
// path itself before Next sees it (docs/decisions/007); both go through the same code.
import { NextResponse } from 'next/server';
import { userFromSessionCookie } from '@/server/auth/session-user';
import { env } from '@/server/env';
import { unreadableBody } from '@/server/http/json-body';
import { originHeadersOf } from '@/server/http/request-origin';
import { answerReviewRequest, refuseForeignReview } from '@/server/reviews/review-request';

export async function POST(request: Request) {
  const get = (name: string) => request.headers.get(name);
  const refused = refuseForeignReview({ ...originHeadersOf(get), contentType: get('content-type') }, env.APP_URL);
  if (refused) return NextResponse.json(refused.body, { status: refused.status });
  const now = new Date();
  const user = userFromSessionCookie(request.headers.get('cookie'), now);
  const text = user ? await request.text().catch(() => null) : '';
  const answer = text === null ? unreadableBody() : await answerReviewRequest(user, text, { now, clockSkewMs: env.REVIEW_CLOCK_SKEW_MS });
  return NextResponse.json(answer.body, { status: answer.status });
}
