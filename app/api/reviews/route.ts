// POST /api/reviews under `next dev`. The production server (bin/server.ts) answers this
// path itself before Next sees it (docs/decisions/007); both go through the same code.
import { NextResponse } from 'next/server';
import { userFromSessionCookie } from '@/server/auth/session-user';
import { env } from '@/server/env';
import { refuseForeignRequest } from '@/server/http/foreign-request';
import { unreadableBody } from '@/server/http/json-body';
import { answerReviewRequest } from '@/server/http/review-request';

export async function POST(request: Request) {
  const refused = refuseForeignRequest((name) => request.headers.get(name), env.APP_URL);
  if (refused) return NextResponse.json(refused.body, { status: refused.status });
  const now = new Date();
  const user = await userFromSessionCookie(request.headers.get('cookie'), now);
  const text = user ? await request.text().catch(() => null) : '';
  const answer = text === null ? unreadableBody() : await answerReviewRequest(user, text, { now, clockSkewMs: env.REVIEW_CLOCK_SKEW_MS });
  const retryAfter = 'retryAfterS' in answer && answer.retryAfterS !== undefined ? { 'retry-after': String(answer.retryAfterS) } : undefined;
  return NextResponse.json(answer.body, { status: answer.status, headers: retryAfter });
}
