// A teacher starts a deck from a pasted or uploaded text (at most 200,000 characters):
// the text is saved as a draft at once, so nothing typed is lost. A text that is not Kazakh
// (lib/decks/kazakh-text.ts) is refused before any draft is made.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { looksKazakh, NOT_KAZAKH_TEXT } from '@/lib/decks/kazakh-text';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { ownedLimitIssue, takeDraftSlot } from './owned-limits';
import { textSchema } from './schemas';

export const createDraftInput = z.object({
  title: z.string().trim().max(120).default(''),
  // A submitted textarea sends CRLF line breaks; the text is counted and kept with LF.
  text: z.preprocess((v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v), textSchema.refine((t) => t.trim().length > 0, 'required')),
});

export async function createDraft(actor: Actor | null, raw: unknown): Promise<TeachResult<{ id: string }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = createDraftInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  // English (or any text the engine cannot read as Kazakh) would make an empty draft.
  if (!looksKazakh(parsed.data.text)) return fail('invalid', [NOT_KAZAKH_TEXT]);
  const full = await ownedLimitIssue('drafts', actor.id);
  if (full) return fail('invalid', [full]);
  if (!(await takeDraftSlot(actor.id))) return fail('rate-limited');
  const id = randomUUID();
  await db.deckDraft.create({ data: { id, ownerId: actor.id, title: parsed.data.title, text: parsed.data.text, state: '{}' } });
  return ok({ id });
}
