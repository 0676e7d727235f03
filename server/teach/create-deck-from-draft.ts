// A teacher turns a draft into a deck: the text is analysed again on the server (nothing
// the browser sends about the vocabulary is trusted but the teacher's choices), selected
// words become word notes (recognition, production and cloze cards from an example in the
// text), chosen sentences with a translation become sentence notes. One transaction; the
// draft is removed once the deck exists.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db';
import { analyseText } from './analyse-text';
import { draftStateSchema } from './draft-state';
import { cardsForNote, newSentenceNoteId, newWordNoteId, noteRow, type NoteContent } from './note-content';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { deckDescriptionSchema, deckTitleSchema, idSchema } from './schemas';

export const createDeckFromDraftInput = z.object({ draftId: idSchema, title: deckTitleSchema, description: deckDescriptionSchema, state: draftStateSchema });

export async function createDeckFromDraft(actor: Actor | null, raw: unknown): Promise<TeachResult<{ deckId: string; words: number; sentences: number; skipped: number }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = createDeckFromDraftInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const { draftId, title, description, state } = parsed.data;
  const draft = await db.deckDraft.findFirst({ where: { id: draftId, ownerId: actor.id } });
  if (!draft) return fail('not-found');

  const analysis = analyseText(draft.text, new Set(state.rejected));
  const spans = analysis.vocabulary.sentences;
  const translationOf = new Map<number, { ru: string; en: string }>();
  for (const [key, tr] of Object.entries(state.sentences)) {
    const i = analysis.sentenceIndex.get(key);
    if (i !== undefined) translationOf.set(i, { ru: tr.ru.trim(), en: tr.en.trim() });
  }
  const selected = new Set(state.selected ?? analysis.view.rows.filter((r) => r.glossed).map((r) => r.key));
  const deckId = `t-${randomUUID()}`;
  const notes: NoteContent[] = [];
  let skipped = 0;
  for (const row of analysis.view.rows) {
    if (!selected.has(row.key)) continue;
    const entry = analysis.entries.get(row.key);
    if (!entry) continue;
    const g = state.glosses[row.key];
    const ru = (g ? g.ru : row.ru).trim();
    const en = (g ? g.en : row.en).trim();
    if (!ru && !en) {
      skipped++;
      continue;
    }
    const occ = entry.occurrences.find((o) => o.segments.length > 1) ?? entry.occurrences[0];
    const sentence = occ ? spans[occ.sentence] : undefined;
    const tr = occ ? translationOf.get(occ.sentence) : undefined;
    notes.push({
      id: newWordNoteId(deckId, entry.lemma, entry.upos), kind: 'word', kk: row.headword, lemma: entry.lemma, headword: row.headword, upos: entry.upos,
      ru: ru.slice(0, 500), en: en.slice(0, 500),
      examples: occ && sentence ? [{ kk: sentence.text, ru: tr?.ru ?? '', en: tr?.en ?? '', start: occ.start, end: occ.end, form: occ.form, segments: occ.segments }] : [],
      frequency: entry.count, sortOrder: notes.length,
    });
  }
  // A ticked sentence without a translation would make no card: refuse the deck and name
  // the sentences, rather than drop them without a word.
  const untranslated = analysis.view.sentences.filter((s) => { const tr = state.sentences[s.key]; return tr && !tr.ru.trim() && !tr.en.trim(); });
  if (untranslated.length) return fail('invalid', ['untranslated', ...untranslated.map((s) => `sentence:${s.key}`)]);
  let sentenceCount = 0;
  for (const s of analysis.view.sentences) {
    const tr = state.sentences[s.key];
    if (!tr) continue;
    sentenceCount++;
    notes.push({ id: newSentenceNoteId(deckId, s.kk), kind: 'sentence', kk: s.kk, lemma: null, headword: null, upos: null, ru: tr.ru.trim(), en: tr.en.trim(), examples: [], frequency: 1, sortOrder: notes.length });
  }
  if (!notes.length) return fail('invalid', ['empty']);
  // Two rows can share a lemma + part of speech only through a bug; keep the first.
  const unique = [...new Map(notes.map((n) => [n.id, n])).values()];

  await db.$transaction(
    async (tx) => {
      await tx.deck.create({ data: { id: deckId, ownerId: actor.id, title, description, sourceText: draft.text, visibility: 'private' } });
      await tx.note.createMany({ data: unique.map((n) => noteRow(deckId, n)) });
      await tx.card.createMany({ data: unique.flatMap((n) => cardsForNote(n).map((c) => ({ ...c, deckId }))) });
      await tx.deckDraft.delete({ where: { id: draft.id } });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return ok({ deckId, words: unique.length - sentenceCount, sentences: sentenceCount, skipped });
}
