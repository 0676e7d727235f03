// One of a teacher's decks as CSV (UTF-8, the same header the import takes): word notes
// with their first example, sentence notes with an empty part of speech. No cell starts a
// formula (lib/csv).
import 'server-only';
import { writeCsv } from '@/lib/csv';
import { db } from '../db';
import { parseExamples } from '../study/card-content';
import { CSV_HEADER } from './csv-notes';
import { fail, isTeacher, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export async function exportCsv(actor: Actor | null, rawDeckId: unknown): Promise<TeachResult<{ title: string; csv: string }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const deckId = idSchema.safeParse(rawDeckId);
  if (!deckId.success) return fail('not-found');
  const deck = await db.deck.findFirst({ where: { id: deckId.data, ownerId: actor.id }, select: { id: true, title: true } });
  if (!deck) return fail('not-found');
  const notes = await db.note.findMany({ where: { deckId: deck.id, deletedAt: null }, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }] });
  const rows: string[][] = [[...CSV_HEADER]];
  for (const n of notes) {
    const ex = n.kind === 'word' ? parseExamples(n.examples)[0] : undefined;
    rows.push([n.kind === 'word' ? (n.headword ?? n.kk) : n.kk, n.ru, n.en, n.kind === 'word' ? (n.upos ?? '') : '', ex?.kk ?? '', ex?.ru ?? '', ex?.en ?? '']);
  }
  return ok({ title: deck.title, csv: writeCsv(rows) });
}
