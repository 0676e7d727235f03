// "Add to my words" from the reader: a word the deck has nothing to study for (no note, or a
// note without cards: a function word, one the teacher skipped) goes into the learner's own deck, "Менің сөздерім", with the reader's
// analysis (lemma, part of speech, the build of this form), the general glossary's meaning
// and the sentence it was met in (with its translation, when the text has one) as its example.
// The word is taken from the reader's view on the server, by its place in the text: nothing
// the browser sends becomes content.
import 'server-only';
import { z } from 'zod';
import { wordNoteId } from '@/lib/decks';
import { wordSentence } from '@/lib/reader';
import { db } from '../db';
import { transaction } from '../transaction';
import { cardsForNote, type NoteContent } from '../teach/note-content';
import { nextSortOrder, writeNote } from '../teach/write-notes';
import { getReader } from './get-reader';

export const addToMyWordsInput = z.object({ deckId: z.string().min(1).max(200), word: z.number().int().nonnegative().max(1_000_000) });

/** The learner's own deck: one per learner, made on the first word added. */
export const MY_WORDS_TITLE = 'Менің сөздерім';
export const myWordsDeckId = (userId: string) => `my-words-${userId}`;

export type AddToMyWordsResult =
  | { ok: true; deckId: string; added: boolean }
  | { ok: false; error: 'invalid' | 'not-found' | 'no-meaning' };

export async function addToMyWords(userId: string, raw: unknown, now: Date): Promise<AddToMyWordsResult> {
  const parsed = addToMyWordsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const page = await getReader(userId, parsed.data.deckId);
  const view = page?.view;
  const at = parsed.data.word * 3;
  if (!view || at + 2 >= view.words.length) return { ok: false, error: 'not-found' };
  const [start, end, formIndex] = [view.words[at]!, view.words[at + 1]!, view.words[at + 2]!];
  const form = view.forms[formIndex]!;
  const lemma = view.lemmas[form.lemma]!;
  if (lemma.state !== 'none') return { ok: false, error: 'not-found' };
  if (!lemma.ru && !lemma.en) return { ok: false, error: 'no-meaning' };

  const sentence = wordSentence(view, parsed.data.word)!;
  const translation = view.translations[sentence.index] ?? null;

  const deckId = myWordsDeckId(userId);
  const note: NoteContent = {
    id: wordNoteId(deckId, lemma.lemma, lemma.upos),
    kind: 'word', kk: lemma.headword, lemma: lemma.lemma, headword: lemma.headword, upos: lemma.upos, ru: lemma.ru, en: lemma.en,
    examples: [{
      kk: sentence.text, ru: translation?.[0] ?? '', en: translation?.[1] ?? '',
      start: sentence.start, end: sentence.end, form: view.text.slice(start, end), segments: form.segments.map(([text, label]) => ({ text, label })),
    }],
    frequency: 0, sortOrder: 0,
  };
  if (!cardsForNote(note).length) return { ok: false, error: 'no-meaning' };

  return transaction(db, async (tx) => {
    await tx.deck.upsert({
      where: { id: deckId },
      create: { id: deckId, title: MY_WORDS_TITLE, ownerId: userId, visibility: 'private' },
      update: {},
    });
    const there = await tx.note.findUnique({ where: { id: note.id }, select: { deletedAt: true } });
    if (there && !there.deletedAt) return { ok: true as const, deckId, added: false };
    note.sortOrder = await nextSortOrder(tx, deckId);
    await writeNote(tx, deckId, note, now);
    await tx.deck.update({ where: { id: deckId }, data: { updatedAt: now } });
    return { ok: true as const, deckId, added: true };
  });
}
