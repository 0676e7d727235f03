// One POST /api/reviews/undo request: takes back the learner's last rating of a card (Ctrl+Z
// on the study page). With `deckId`, the answer carries the deck's next step, as a rating's
// answer does (server/http/review-request.ts), so the card comes back with today's counts.
import 'server-only';
import { z } from 'zod';
import { errorBody, parseJsonText, type ErrorBody } from './json-body';
import type { CurrentUser } from '../auth/session-user';
import { undoReview, undoReviewInput } from '../reviews/undo-review';
import { store } from '../store';
import type { StudyCardContent } from '../study/card-content';
import { content, getStudyStep, type SrsState, type StudyStep } from '../study/get-study-step';

export const undoRequestInput = undoReviewInput.extend({
  deckId: z.string().min(1).max(200).optional(),
  have: z.array(z.string().min(1).max(200)).max(64).optional(),
});

export type UndoAnswer =
  | { status: 200; body: { undone: { cardId: string; srs: SrsState | null; content: StudyCardContent | null; alreadyUndone: boolean }; next?: StudyStep } }
  | { status: number; body: ErrorBody };

export async function answerUndoRequest(user: CurrentUser | null, bodyText: string, options: { now: Date }): Promise<UndoAnswer> {
  if (!user) return { status: 401, body: errorBody('unauthenticated', 'Sign in to take back a rating.') };
  const input = parseJsonText(bodyText, undoRequestInput);
  if (!input.ok) return input;
  const outcome = await undoReview(user.id, { id: input.data.id });
  if (!outcome.ok) {
    switch (outcome.error) {
      case 'not-found':
        return { status: 404, body: errorBody('review-not-found', 'No such rating of yours.') };
      case 'not-last':
        return { status: 409, body: errorBody('not-last', 'The card was rated again since; only its last rating can be taken back.') };
      case 'not-undoable':
        return { status: 409, body: errorBody('not-undoable', 'This rating was made before ratings could be taken back.') };
    }
  }
  const p = outcome.progress;
  // The card as it is now, in the study step's shape.
  const srs: SrsState | null = p
    ? {
        state: p.state, due: p.due.toISOString(), stability: p.stability, difficulty: p.difficulty, scheduledDays: p.scheduledDays,
        learningSteps: p.learningSteps, reps: p.reps, lapses: p.lapses, lastReview: p.lastReview ? p.lastReview.toISOString() : null,
      }
    : null;
  const [row] = await store().study.contents([outcome.cardId]);
  const next = input.data.deckId ? await getStudyStep(user.id, input.data.deckId, options.now, { have: input.data.have }) : null;
  return {
    status: 200,
    body: { undone: { cardId: outcome.cardId, srs, content: row ? content(row) : null, alreadyUndone: outcome.alreadyUndone }, ...(next ? { next } : {}) },
  };
}
