// A teacher imports notes into one of their decks from CSV: comma-, semicolon- or
// tab-separated (detected), a header row naming the columns in any order — kk and ru or en
// required, pos, example_kk, example_ru, example_en optional. Every row is checked first;
// any bad row is reported by its line number and nothing is imported. Good files are
// written in one transaction: a row for a word already in the deck updates that note in
// place. A row with no part of speech whose kk is a sentence (several words ending in . !
// or ?) becomes a sentence note. The rows are checked and analysed in the engine worker
// (csv-notes.ts); only the writes happen here, in batches.
import 'server-only';
import { z } from 'zod';
import { MAX_CSV_CHARS } from '@/lib/decks/csv-limits';
import { db } from '../db';
import { runInEngine } from '../engine/engine';
import { transaction } from '../transaction';
import { nextSortOrder, writeNotes, yieldToEventLoop } from './write-notes';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const importCsvInput = z.object({ deckId: idSchema, csv: z.string().min(1).max(MAX_CSV_CHARS) });

export async function importCsv(actor: Actor | null, raw: unknown, now = new Date()): Promise<TeachResult<{ imported: number }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = importCsvInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const deck = await db.deck.findFirst({ where: { id: parsed.data.deckId, ownerId: actor.id }, select: { id: true } });
  if (!deck) return fail('not-found');

  const rows = await runInEngine('csvNotes', { deckId: deck.id, csv: parsed.data.csv });
  if (!rows.ok) return fail('invalid', rows.issues);
  const { notes } = rows;

  // it reads the deck's notes before it writes: a review committed in between makes it start again
  await transaction(
    db,
    async (tx) => {
      const existing = new Map<string, { sortOrder: number; frequency: number; deletedAt: Date | null }>();
      for (let i = 0; i < notes.length; i += 100) {
        const ids = notes.slice(i, i + 100).map((n) => n.id);
        for (const n of await tx.note.findMany({ where: { deckId: deck.id, id: { in: ids } }, select: { id: true, sortOrder: true, frequency: true, deletedAt: true } })) existing.set(n.id, n);
        await yieldToEventLoop();
      }
      let order = await nextSortOrder(tx, deck.id);
      for (const note of notes) {
        const old = existing.get(note.id);
        note.sortOrder = old && !old.deletedAt ? old.sortOrder : order++;
        if (old) note.frequency = old.frequency;
      }
      await writeNotes(tx, deck.id, notes, now);
      await tx.deck.update({ where: { id: deck.id }, data: { updatedAt: now } });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return ok({ imported: notes.length });
}
