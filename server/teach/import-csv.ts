// A teacher imports notes into one of their decks from CSV (header exactly
// kk,ru,en,pos,example_kk,example_ru,example_en). Every row is checked first; any bad row
// is reported by its line number and nothing is imported. Good files are written in one
// transaction: a row for a word already in the deck updates that note in place.
// A row with no part of speech whose kk is a sentence (several words ending in . ! or ?)
// becomes a sentence note.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import type { Example } from '../study/card-content';
import { parseCsv } from './csv';
import { analyseWord, locateInSentence, newSentenceNoteId, newWordNoteId, nextSortOrder, writeNote, type NoteContent } from './note-content';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema, UPOS_VALUES } from './schemas';
import { MAX_CSV_CHARS, MAX_CSV_ROWS } from '@/lib/decks/csv-limits';
import { fromCsvCell } from '@/lib/csv';

export const CSV_HEADER = ['kk', 'ru', 'en', 'pos', 'example_kk', 'example_ru', 'example_en'] as const;

export const importCsvInput = z.object({ deckId: idSchema, csv: z.string().min(1).max(MAX_CSV_CHARS) });

/** Issues are `line:code`; codes: header, columns, kk, gloss, pos, too-long, duplicate, too-many, unterminated-quote, quote-in-field. */
export async function importCsv(actor: Actor | null, raw: unknown, now = new Date()): Promise<TeachResult<{ imported: number }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = importCsvInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const deck = await db.deck.findFirst({ where: { id: parsed.data.deckId, ownerId: actor.id }, select: { id: true } });
  if (!deck) return fail('not-found');

  const csv = parseCsv(parsed.data.csv);
  if (!csv.ok) return fail('invalid', [`${csv.line}:${csv.error}`]);
  const [header, ...rows] = csv.records;
  if (!header || header.fields.length !== CSV_HEADER.length || header.fields.some((f, i) => f.trim() !== CSV_HEADER[i])) {
    return fail('invalid', [`${header?.line ?? 1}:header`]);
  }
  if (rows.length > MAX_CSV_ROWS) return fail('invalid', [`${rows[MAX_CSV_ROWS]!.line}:too-many`]);

  const errors: string[] = [];
  const notes: NoteContent[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length !== CSV_HEADER.length) {
      errors.push(`${line}:columns`);
      continue;
    }
    const [kk, ru, en, pos, exKk, exRu, exEn] = fields.map((f) => fromCsvCell(f).trim()) as [string, string, string, string, string, string, string];
    const isSentence = pos === '' && /\s/.test(kk) && /[.!?…]$/.test(kk);
    if (!kk) errors.push(`${line}:kk`);
    else if (kk.length > (isSentence ? 1000 : 200) || ru.length > 500 || en.length > 500 || exKk.length > 1000 || exRu.length > 1000 || exEn.length > 1000) errors.push(`${line}:too-long`);
    else if (!ru && !en) errors.push(`${line}:gloss`);
    else if (pos && !(UPOS_VALUES as readonly string[]).includes(pos)) errors.push(`${line}:pos`);
    else {
      let note: NoteContent;
      if (isSentence) {
        note = { id: newSentenceNoteId(deck.id, kk), kind: 'sentence', kk, lemma: null, headword: null, upos: null, ru, en, examples: [], frequency: 1, sortOrder: 0 };
      } else {
        const a = analyseWord(kk, pos || null);
        const examples: Example[] = [];
        if (exKk) examples.push({ kk: exKk, ru: exRu, en: exEn, ...(locateInSentence(exKk, kk, a.lemma) ?? {}) });
        note = { id: newWordNoteId(deck.id, a.lemma, a.upos), kind: 'word', kk, lemma: a.lemma, headword: kk, upos: a.upos, ru, en, examples, frequency: 0, sortOrder: 0 };
      }
      const first = seen.get(note.id);
      if (first !== undefined) errors.push(`${line}:duplicate`);
      else {
        seen.set(note.id, line);
        notes.push(note);
      }
    }
  }
  if (errors.length) return fail('invalid', errors);

  await db.$transaction(
    async (tx) => {
      const existing = new Map((await tx.note.findMany({ where: { deckId: deck.id, id: { in: notes.map((n) => n.id) } }, select: { id: true, sortOrder: true, frequency: true, deletedAt: true } })).map((n) => [n.id, n]));
      let order = await nextSortOrder(tx, deck.id);
      for (const note of notes) {
        const old = existing.get(note.id);
        note.sortOrder = old && !old.deletedAt ? old.sortOrder : order++;
        if (old) note.frequency = old.frequency;
        await writeNote(tx, deck.id, note, now);
      }
      await tx.deck.update({ where: { id: deck.id }, data: { updatedAt: now } });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return ok({ imported: notes.length });
}
