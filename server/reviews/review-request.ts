// One POST /api/reviews request, from the signed-in user and the body text to the status
// and JSON body of the answer. Both front doors use it: the Next route handler
// (app/api/reviews/route.ts, used by `next dev`) and the Node endpoint the production
// server answers with (server/http/review-endpoint.ts).
import 'server-only';
import { errorBody, parseJsonText, type ErrorBody } from '../http/json-body';
import type { CurrentUser } from '../auth/session-user';
import { submitReview, submitReviewInput, type ReviewResult } from './submit-review';

export type ReviewAnswer =
  | { status: 200 | 201; body: { review: ReviewResult; duplicate: boolean } }
  | { status: number; body: ErrorBody };

export async function answerReviewRequest(
  user: CurrentUser | null,
  bodyText: string,
  options: { now: Date; clockSkewMs: number },
): Promise<ReviewAnswer> {
  if (!user) return { status: 401, body: errorBody('unauthenticated', 'Sign in to submit reviews.') };
  const input = parseJsonText(bodyText, submitReviewInput);
  if (!input.ok) return input;

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
