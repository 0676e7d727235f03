// Saves a draft's state and analyses its text again with the accepted normaliser changes
// (after the teacher accepted or rejected some).
import 'server-only';
import { db } from '../db';
import { runInEngine } from '../engine/engine';
import type { DraftAnalysis } from './analyse-text';
import { MAX_STATE_CHARS } from './draft-state';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { saveDraftInput } from './save-draft';

export async function reanalyseDraft(actor: Actor | null, raw: unknown): Promise<TeachResult<DraftAnalysis>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = saveDraftInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const draft = await db.deckDraft.findFirst({ where: { id: parsed.data.draftId, ownerId: actor.id }, select: { id: true, text: true } });
  if (!draft) return fail('not-found');
  const state = JSON.stringify(parsed.data.state);
  if (state.length > MAX_STATE_CHARS) return fail('invalid', [{ code: 'malformed' }]);
  await db.deckDraft.update({ where: { id: draft.id }, data: { title: parsed.data.title, state } });
  return ok(await runInEngine('analyse', { text: draft.text, rejected: parsed.data.state.rejected }));
}
