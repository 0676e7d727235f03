// A teacher turns a draft into a deck: the engine worker analyses the text again and builds
// the notes (draft-deck-notes.ts): selected words become word notes (recognition, production
// and cloze cards from an example in the text), chosen sentences with a translation become
// sentence notes; a ticked sentence without one stops the deck. The deck keeps the text as it
// was built from (the changes the teacher rejected not made), so its reader shows that text. One transaction; the draft
// is removed once the deck exists.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db';
import { transaction } from '../transaction';
import { runInEngine } from '../engine/engine';
import { draftStateSchema } from './draft-state';
import { writeNotes } from './write-notes';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { ownedLimitIssue } from './owned-limits';
import { deckDescriptionSchema, deckTitleSchema, idSchema } from './schemas';

export const createDeckFromDraftInput = z.object({ draftId: idSchema, title: deckTitleSchema, description: deckDescriptionSchema, state: draftStateSchema });

export async function createDeckFromDraft(actor: Actor | null, raw: unknown): Promise<TeachResult<{ deckId: string; words: number; sentences: number; skipped: number }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = createDeckFromDraftInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const { draftId, title, description, state } = parsed.data;
  const draft = await db.deckDraft.findFirst({ where: { id: draftId, ownerId: actor.id } });
  if (!draft) return fail('not-found');
  const full = await ownedLimitIssue('decks', actor.id);
  if (full) return fail('invalid', [full]);

  const deckId = `t-${randomUUID()}`;
  const { notes: unique, sentences: sentenceCount, skipped, untranslated, text } = await runInEngine('draftDeck', { deckId, text: draft.text, state });
  // A ticked sentence without a translation would make no card: refuse the deck and name
  // the sentences, rather than drop them without a word.
  if (untranslated.length) return fail('invalid', untranslated.map((sentence) => ({ code: 'sentence-untranslated', sentence })));
  if (!unique.length) return fail('invalid', [{ code: 'nothing-selected' }]);

  await transaction(
    db,
    async (tx) => {
      await tx.deck.create({ data: { id: deckId, ownerId: actor.id, title, description, sourceText: text, sourceNormalised: true, visibility: 'private' } });
      await writeNotes(tx, deckId, unique, new Date());
      await tx.deckDraft.delete({ where: { id: draft.id } });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return ok({ deckId, words: unique.length - sentenceCount, sentences: sentenceCount, skipped });
}
