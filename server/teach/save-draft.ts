// Saves a draft's title and state as the teacher works (called on every change, debounced).
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { draftStateSchema, MAX_STATE_CHARS } from './draft-state';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const saveDraftInput = z.object({ draftId: idSchema, title: z.string().max(120).default(''), state: draftStateSchema });

export async function saveDraft(actor: Actor | null, raw: unknown): Promise<TeachResult> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = saveDraftInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const state = JSON.stringify(parsed.data.state);
  if (state.length > MAX_STATE_CHARS) return fail('invalid', [{ code: 'malformed' }]);
  const res = await db.deckDraft.updateMany({ where: { id: parsed.data.draftId, ownerId: actor.id }, data: { title: parsed.data.title, state } });
  return res.count ? ok(null) : fail('not-found');
}
