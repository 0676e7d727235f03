// A teacher adds a note to one of their decks or edits one. The engine fills in lemma,
// part of speech and the example's highlighted form; the note's cards are created or
// updated in place (same ids), so editing a gloss keeps every learner's progress.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { runInEngine } from '../engine/engine';
import { transaction } from '../transaction';
import { newSentenceNoteId, type NoteContent } from './note-content';
import { nextSortOrder, writeNote } from './write-notes';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { glossSchema, idSchema, MAX_SENTENCE_CHARS, MAX_WORD_CHARS, sentenceSchema, uposSchema } from './schemas';

const optionalId = z.preprocess((v) => (v === '' || v === null ? undefined : v), idSchema.optional());

export const saveNoteInput = z
  .object({
    deckId: idSchema,
    noteId: optionalId,
    kind: z.enum(['word', 'sentence']),
    kk: z.string().trim().min(1).max(MAX_SENTENCE_CHARS),
    upos: z.preprocess((v) => (v === '' || v === null ? undefined : v), uposSchema.optional()),
    ru: glossSchema,
    en: glossSchema,
    exampleKk: sentenceSchema,
    exampleRu: sentenceSchema,
    exampleEn: sentenceSchema,
  })
  .refine((v) => v.ru !== '' || v.en !== '', { message: 'meaning-required', path: ['ru'] })
  .superRefine((v, ctx) => {
    // A word or phrase is shorter than a sentence.
    if (v.kind === 'word' && v.kk.length > MAX_WORD_CHARS) {
      ctx.addIssue({ code: 'too_big', origin: 'string', maximum: MAX_WORD_CHARS, inclusive: true, input: v.kk, path: ['kk'] });
    }
  });
export type SaveNoteInput = z.infer<typeof saveNoteInput>;

export async function saveNote(actor: Actor | null, raw: unknown, now = new Date()): Promise<TeachResult<{ noteId: string }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = saveNoteInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const input = parsed.data;
  const deck = await db.deck.findFirst({ where: { id: input.deckId, ownerId: actor.id }, select: { id: true } });
  if (!deck) return fail('not-found');
  // The engine's part, in its worker, before the transaction (for a word note; cheap otherwise).
  const word = await runInEngine('wordNote', {
    deckId: deck.id,
    word: { kk: input.kk, upos: input.upos ?? null, ru: input.ru, en: input.en, exampleKk: input.exampleKk, exampleRu: input.exampleRu, exampleEn: input.exampleEn },
  });

  // it reads the note before it writes: a review committed in between makes it start again
  return transaction(db, async (tx) => {
    const existing = input.noteId
      ? await tx.note.findFirst({ where: { id: input.noteId, deckId: deck.id, deletedAt: null } })
      : null;
    if (input.noteId && !existing) return fail<{ noteId: string }>('not-found');
    const kind = (existing?.kind ?? input.kind) as 'word' | 'sentence';

    let content: NoteContent;
    if (kind === 'word') {
      content = { ...word, id: existing?.id ?? word.id, frequency: existing?.frequency ?? 0, sortOrder: 0 };
    } else {
      content = {
        id: existing?.id ?? newSentenceNoteId(deck.id, input.kk), kind, kk: input.kk, lemma: null, headword: null, upos: null,
        ru: input.ru, en: input.en, examples: [], frequency: existing?.frequency ?? 1, sortOrder: 0,
      };
    }
    if (!existing) {
      const clash = await tx.note.findUnique({ where: { id: content.id }, select: { deckId: true, deletedAt: true } });
      // The same word (lemma + part of speech) or sentence already in the deck: edit it instead.
      if (clash && !clash.deletedAt) return fail<{ noteId: string }>('conflict');
      // A note deleted earlier comes back with its cards, and learners with their progress.
      if (clash && clash.deckId !== deck.id) return fail<{ noteId: string }>('conflict');
    }
    content.sortOrder = existing?.sortOrder ?? (await nextSortOrder(tx, deck.id));
    await writeNote(tx, deck.id, content, now);
    await tx.deck.update({ where: { id: deck.id }, data: { updatedAt: now } });
    return ok({ noteId: content.id });
  });
}
