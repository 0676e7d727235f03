// One POST /api/reviews request, from the signed-in user and the body text to the status
// and JSON body of the answer. Both front doors use it: the Next route handler
// (app/api/reviews/route.ts, used by `next dev`) and the Node endpoint the production
// server answers with (server/http/review-endpoint.ts).
//
// With `deckId`, the answer also carries the deck's next study step (`next`): the study page
// sends its ratings in the background and refreshes what it holds from these answers, one trip
// per rating (docs/decisions/009). `have` lists the cards whose content the page holds.
import 'server-only';
import { z } from 'zod';
import { errorBody, parseJsonText, type ErrorBody } from './json-body';
import type { CurrentUser } from '../auth/session-user';
import { takeReviewToken } from '../limits/review-rate';
import { submitReview, submitReviewInput, type ReviewResult } from '../reviews/submit-review';
import { getStudyStep, type StudyStep } from '../study/get-study-step';

export const reviewRequestInput = submitReviewInput.extend({
  deckId: z.string().min(1).max(200).optional(),
  have: z.array(z.string().min(1).max(200)).max(64).optional(),
  /** the learner the page made the rating for: on a shared browser another may be signed in by the time it is sent */
  learnerId: z.string().min(1).max(200).optional(),
});

type Next = { next?: StudyStep };

/** How far back a review's client time may lie: a queue kept offline for weeks, not 1970 (issue 13 item 12). */
export const MAX_REVIEW_AGE_MS = 30 * 24 * 60 * 60_000;

export type ReviewAnswer =
  | { status: 200 | 201; body: { review: ReviewResult; duplicate: boolean } & Next }
  | { status: number; body: ErrorBody & Next; retryAfterS?: number };

export async function answerReviewRequest(
  user: CurrentUser | null,
  bodyText: string,
  options: { now: Date; clockSkewMs: number },
): Promise<ReviewAnswer> {
  if (!user) return { status: 401, body: errorBody('unauthenticated', 'Sign in to submit reviews.') };
  const input = parseJsonText(bodyText, reviewRequestInput);
  if (!input.ok) return input;
  const { deckId, have, learnerId, ...review } = input.data;
  // Not this learner's rating: refused without settling it, so that the page keeps it until its learner signs in again.
  if (learnerId !== undefined && learnerId !== user.id) {
    return { status: 401, body: errorBody('other-learner', 'This rating was made for another learner; sign in as them to send it.') };
  }
  if (Date.parse(review.reviewedAt) < options.now.getTime() - MAX_REVIEW_AGE_MS) {
    return { status: 400, body: errorBody('invalid-input', 'reviewedAt is too far in the past.', [{ path: 'reviewedAt', message: 'too old' }]) };
  }

  const limited = takeReviewToken(user.id, options.now.getTime());
  if (limited) {
    const retryAfterS = Math.ceil(limited.retryAfterMs / 1000);
    return { status: 429, retryAfterS, body: errorBody('rate-limited', `Too many ratings at once; try again in ${retryAfterS} s.`) };
  }

  const outcome = await submitReview(user.id, review, options);
  // The step after this rating, also when it was refused: the page moves on either way.
  const withNext = async <T extends object>(body: T): Promise<T & Next> => {
    if (!deckId) return body;
    const next = await getStudyStep(user.id, deckId, options.now, { have });
    return next ? { ...body, next } : body;
  };
  if (outcome.ok) {
    return { status: outcome.duplicate ? 200 : 201, body: await withNext({ review: outcome.result, duplicate: outcome.duplicate }) };
  }
  switch (outcome.error) {
    case 'not-found':
      return { status: 404, body: await withNext(errorBody('card-not-found', 'No such card in a deck you can study.')) };
    case 'future-review':
      return {
        status: 400,
        body: errorBody('invalid-input', 'reviewedAt is in the future.', [{ path: 'reviewedAt', message: 'in the future' }]),
      };
    case 'id-conflict':
      return { status: 409, body: errorBody('id-conflict', 'This review id is already used.') };
    case 'stale':
      return { status: 409, body: await withNext(errorBody('already-answered', 'This card was answered meanwhile, in another tab or window.')) };
  }
}
