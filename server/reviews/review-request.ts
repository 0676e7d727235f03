// One POST /api/reviews request, from the signed-in user and the body text to the status
// and JSON body of the answer. Both front doors use it: the Next route handler
// (app/api/reviews/route.ts, used by `next dev`) and the Node endpoint the production
// server answers with (server/http/review-endpoint.ts).
import 'server-only';
import { errorBody, parseJsonText, type ErrorBody, type Failure } from '../http/json-body';
import { isSameOriginRequest, type RequestOriginHeaders } from '../http/request-origin';
import type { CurrentUser } from '../auth/session-user';
import { submitReview, submitReviewInput, type ReviewResult } from './submit-review';

export type ReviewAnswer =
  | { status: 200 | 201; body: { review: ReviewResult; duplicate: boolean } }
  | { status: number; body: ErrorBody };

/** How far back a review's client time may lie: a queue kept offline for weeks, not 1970. */
export const MAX_REVIEW_AGE_MS = 30 * 24 * 60 * 60_000;

/**
 * Refuses what a page on another origin could make a browser send with the learner's
 * cookies: a body that is not JSON (a cross-site `text/plain` form needs no preflight) and
 * a request whose Origin or Sec-Fetch-Site says it came from elsewhere. Null: go ahead.
 */
export function refuseForeignReview(headers: RequestOriginHeaders & { contentType: string | null | undefined }, appUrl: string | undefined): Failure | null {
  const mediaType = (headers.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return { status: 415, body: errorBody('unsupported-media-type', 'Send the review as application/json.') };
  }
  if (!isSameOriginRequest(headers, appUrl)) {
    return { status: 403, body: errorBody('cross-origin', 'Reviews are accepted from this site’s own pages only.') };
  }
  return null;
}

export async function answerReviewRequest(
  user: CurrentUser | null,
  bodyText: string,
  options: { now: Date; clockSkewMs: number },
): Promise<ReviewAnswer> {
  if (!user) return { status: 401, body: errorBody('unauthenticated', 'Sign in to submit reviews.') };
  const input = parseJsonText(bodyText, submitReviewInput);
  if (!input.ok) return input;
  if (Date.parse(input.data.reviewedAt) < options.now.getTime() - MAX_REVIEW_AGE_MS) {
    return { status: 400, body: errorBody('invalid-input', 'reviewedAt is too far in the past.', [{ path: 'reviewedAt', message: 'too old' }]) };
  }

  const outcome = await submitReview(user.id, input.data, options);
  if (outcome.ok) return { status: outcome.duplicate ? 200 : 201, body: { review: outcome.result, duplicate: outcome.duplicate } };
  switch (outcome.error) {
    case 'not-found':
      return { status: 404, body: errorBody('card-not-found', 'No such card in a deck you can study.') };
    case 'future-review':
      return {
        status: 400,
        body: errorBody('invalid-input', 'reviewedAt is in the future.', [{ path: 'reviewedAt', message: 'in the future' }]),
      };
    case 'id-conflict':
      return { status: 409, body: errorBody('id-conflict', 'This review id is already used.') };
  }
}
