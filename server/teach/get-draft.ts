// A teacher reopens one of their drafts: its title, saved state and the analysis of its
// text with the saved decisions applied.
import 'server-only';
import { db } from '../db';
import { runInEngine } from '../engine/engine';
import type { DraftAnalysis } from './analyse-text';
import { parseDraftState, type DraftState } from './draft-state';
import { fail, isTeacher, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export interface OpenDraft {
  draft: { id: string; title: string; state: DraftState; updatedAt: Date };
  analysis: DraftAnalysis;
}

export async function getDraft(actor: Actor | null, rawId: unknown): Promise<TeachResult<OpenDraft>> {
  if (!isTeacher(actor)) return fail('not-found');
  const id = idSchema.safeParse(rawId);
  if (!id.success) return fail('not-found');
  const draft = await db.deckDraft.findFirst({ where: { id: id.data, ownerId: actor.id } });
  if (!draft) return fail('not-found');
  const state = parseDraftState(draft.state);
  const analysis = await runInEngine('analyse', { text: draft.text, rejected: state.rejected });
  return ok({ draft: { id: draft.id, title: draft.title, state, updatedAt: draft.updatedAt }, analysis });
}
