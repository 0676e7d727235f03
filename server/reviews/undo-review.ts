// Takes back a learner's last rating of a card (Ctrl+Z on the study page): the card's progress
// returns to what it was, the review is marked undone, and its study day's counts go back.
// Undoing an undo is a new rating, made by rating the card again.
import 'server-only';
import { z } from 'zod';
import { decideUndo } from '@/lib/reviews';
import { store, type UndoOutcome } from '../store';
import { reviewIdSchema } from './submit-review';

export const undoReviewInput = z.object({ id: reviewIdSchema });

export async function undoReview(userId: string, input: z.infer<typeof undoReviewInput>): Promise<UndoOutcome> {
  return store().reviews.undo(userId, input.id, decideUndo);
}
