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
import { parseDraftState } from './draft-state';
import { writeNotes } from './write-notes';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { ownedLimitIssue } from './owned-limits';
import { deckDescriptionSchema, deckTitleSchema, idSchema } from './schemas';

// The teacher's decisions are the draft's as saved (edit-draft.ts): the browser holds only a page of them.
/** The untranslated sentences named, and how much of each: enough to find them in the list. */
const MAX_NAMED = 20;
const SENTENCE_CHARS = 160;

export const createDeckFromDraftInput = z.object({ draftId: idSchema, title: deckTitleSchema, description: deckDescriptionSchema });

export async function createDeckFromDraft(actor: Actor | null, raw: unknown): Promise<TeachResult<{ deckId: string; words: number; sentences: number; skipped: number }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = createDeckFromDraftInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const { draftId, title, description } = parsed.data;
  const draft = await db.deckDraft.findFirst({ where: { id: draftId, ownerId: actor.id } });
  if (!draft) return fail('not-found');
  const full = await ownedLimitIssue('decks', actor.id);
  if (full) return fail('invalid', [full]);

  const deckId = `t-${randomUUID()}`;
  const { notes: unique, sentences: sentenceCount, skipped, untranslated, text } = await runInEngine('draftDeck', { deckId, text: draft.text, state: parseDraftState(draft.state) });
  // A ticked sentence without a translation would make no card: refuse the deck and name
  // the sentences, rather than drop them without a word.
  if (untranslated.length) return fail('invalid', untranslated.slice(0, MAX_NAMED).map((s) => ({ code: 'sentence-untranslated', sentence: s.length > SENTENCE_CHARS ? `${s.slice(0, SENTENCE_CHARS)}…` : s })));
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
