// Saves what the teacher does in the review as they go (the editor sends its edits in order,
// a batch at a time), so a closed tab loses nothing. The edits are applied to the stored
// decisions, not replaced by the browser's copy: the browser holds one page of rows, and two
// tabs on one draft both keep their work. A batch read and written between another's read
// and write is applied again on the fresh decisions.
import 'server-only';
import { z } from 'zod';
import { applyDraftEdits, changesAnalysis } from '@/lib/drafts';
import { db } from '../db';
import { draftAnalysis } from './draft-analysis';
import { draftEditSchema, draftStateSchema, MAX_STATE_CHARS, parseDraftState } from './draft-state';
import { countsOf, type DraftCounts } from './draft-view';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

// A normaliser change alters the rows the other edits name, so it comes in a batch of its own.
export const editDraftInput = z.object({ draftId: idSchema, edits: z.array(draftEditSchema).min(1).max(1000) })
  .refine(({ edits }) => !changesAnalysis(edits) || edits.every((e) => e.kind === 'change'), { message: 'malformed' });

const ATTEMPTS = 5;

export async function editDraft(actor: Actor | null, raw: unknown): Promise<TeachResult<DraftCounts>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = editDraftInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const { draftId, edits } = parsed.data;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const draft = await db.deckDraft.findFirst({ where: { id: draftId, ownerId: actor.id }, select: { id: true, title: true, text: true, state: true, updatedAt: true } });
    if (!draft) return fail('not-found');
    const before = parseDraftState(draft.state);
    const analysis = await draftAnalysis(draft, before.rejected);
    const sentenceKeys = new Set(analysis.sentences.map((s) => s.key));
    const after = applyDraftEdits({ title: draft.title, choices: before }, edits, { rows: analysis.rows, sentenceKeys });
    const state = draftStateSchema.safeParse(after.choices);
    const json = state.success ? JSON.stringify(state.data) : '';
    if (!state.success || json.length > MAX_STATE_CHARS) return fail('invalid', [{ code: 'malformed' }]);
    const written = await db.deckDraft.updateMany({ where: { id: draft.id, ownerId: actor.id, updatedAt: draft.updatedAt }, data: { title: after.title, state: json } });
    if (!written.count) continue;
    const now = changesAnalysis(edits) ? await draftAnalysis(draft, state.data.rejected) : analysis;
    return ok(countsOf(now, state.data));
  }
  return fail('conflict');
}
