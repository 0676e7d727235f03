// Writes notes and their cards (note-content.ts says what they are). Ids are stable, so
// writing a note again updates its cards in place and learners keep their progress.
import 'server-only';
import type { Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
import { cardsForNote, noteRow, type CardContent, type NoteContent } from './note-content';

/**
 * Creates or updates one note and its cards inside a transaction. Cards the note no longer
 * needs are soft-deleted (they leave study; progress and review history stay); a card that
 * comes back is revived with its progress.
 */
export async function writeNote(tx: Tx, deckId: string, note: NoteContent, now: Date): Promise<void> {
  await writeNotes(tx, deckId, [note], now);
}

const NOTES_PER_STEP = 100;
// Rows per INSERT: about 30 ms of work for 50 notes with their examples on this machine.
const ROWS_PER_STATEMENT = 50;
function inChunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
// Prisma's awaits on the synchronous SQLite driver do not give the event loop back to
// waiting requests; a long write must do so itself, between statements.
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type NoteRow = ReturnType<typeof noteRow>;
const NOTE_FIELDS = ['kind', 'kk', 'lemma', 'headword', 'upos', 'ru', 'en', 'examples', 'frequency', 'sortOrder', 'unsure', 'deletedAt'] as const;

async function upsertNotes(tx: Tx, rows: readonly NoteRow[], now: Date): Promise<void> {
  for (const part of inChunks(rows, ROWS_PER_STATEMENT)) {
    const values = part.map((n) => Prisma.sql`(${n.id}, ${n.deckId}, ${n.kind}, ${n.kk}, ${n.lemma}, ${n.headword}, ${n.upos}, ${n.ru}, ${n.en}, ${n.examples}, ${n.frequency}, ${n.sortOrder}, ${n.unsure}, ${n.deletedAt}, ${now}, ${now})`);
    await tx.$executeRaw`INSERT INTO "Note" ("id", "deckId", "kind", "kk", "lemma", "headword", "upos", "ru", "en", "examples", "frequency", "sortOrder", "unsure", "deletedAt", "createdAt", "updatedAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("id") DO UPDATE SET "kind" = excluded."kind", "kk" = excluded."kk", "lemma" = excluded."lemma", "headword" = excluded."headword",
        "upos" = excluded."upos", "ru" = excluded."ru", "en" = excluded."en", "examples" = excluded."examples", "frequency" = excluded."frequency",
        "sortOrder" = excluded."sortOrder", "unsure" = excluded."unsure", "deletedAt" = excluded."deletedAt", "updatedAt" = excluded."updatedAt"`;
    await yieldToEventLoop();
  }
}

async function upsertCards(tx: Tx, deckId: string, cards: readonly CardContent[], now: Date): Promise<void> {
  for (const part of inChunks(cards, ROWS_PER_STATEMENT)) {
    const values = part.map((c) => Prisma.sql`(${c.id}, ${c.noteId}, ${deckId}, ${c.type}, ${c.data}, ${c.sortOrder}, ${null}, ${now}, ${now})`);
    await tx.$executeRaw`INSERT INTO "Card" ("id", "noteId", "deckId", "type", "data", "sortOrder", "deletedAt", "createdAt", "updatedAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("id") DO UPDATE SET "type" = excluded."type", "data" = excluded."data", "sortOrder" = excluded."sortOrder",
        "deletedAt" = excluded."deletedAt", "updatedAt" = excluded."updatedAt"`;
    await yieldToEventLoop();
  }
}

/**
 * writeNote for many notes at once (a CSV import, a deck from a text), 100 notes at a time:
 * read what is there, then write only the notes and cards that are new or changed, 50 rows
 * to a statement (INSERT … ON CONFLICT DO UPDATE, standard SQL on SQLite and PostgreSQL),
 * giving the event loop back between steps. 5,000 notes take about a second this way, so the
 * transaction (SQLite's write lock) stays short; row by row through Prisma they took 15 s.
 */
export async function writeNotes(tx: Tx, deckId: string, notes: readonly NoteContent[], now: Date): Promise<void> {
  for (const batch of inChunks(notes, NOTES_PER_STEP)) {
    const ids = batch.map((n) => n.id);
    const oldNotes = new Map<string, Record<string, unknown>>((await tx.note.findMany({ where: { id: { in: ids } } })).map((n) => [n.id, n]));
    const oldCards = new Map((await tx.card.findMany({ where: { noteId: { in: ids } }, select: { id: true, type: true, data: true, sortOrder: true, deletedAt: true } })).map((c) => [c.id, c]));
    await yieldToEventLoop();
    const noteRows: NoteRow[] = [];
    const cardRows: CardContent[] = [];
    for (const note of batch) {
      const row = noteRow(deckId, note);
      const old = oldNotes.get(note.id);
      // A note keeps its deck (the id says which); everything else is the new content.
      if (!old || NOTE_FIELDS.some((f) => (old[f] instanceof Date ? (old[f] as Date).getTime() : old[f]) !== row[f])) noteRows.push({ ...row, deckId: (old?.deckId as string | undefined) ?? deckId });
      for (const c of cardsForNote(note)) {
        const oldCard = oldCards.get(c.id);
        oldCards.delete(c.id);
        if (!oldCard || oldCard.data !== c.data || oldCard.deletedAt || oldCard.sortOrder !== c.sortOrder || oldCard.type !== c.type) cardRows.push(c);
      }
    }
    await yieldToEventLoop();
    await upsertNotes(tx, noteRows, now);
    await upsertCards(tx, deckId, cardRows, now);
    const gone = [...oldCards.values()].filter((c) => !c.deletedAt).map((c) => c.id);
    if (gone.length) await tx.card.updateMany({ where: { id: { in: gone } }, data: { deletedAt: now } });
  }
}

/** The next sort position at the end of a deck. */
export async function nextSortOrder(tx: Tx, deckId: string): Promise<number> {
  const last = await tx.note.findFirst({ where: { deckId }, orderBy: { sortOrder: 'desc' }, select: { sortOrder: true } });
  return (last?.sortOrder ?? -1) + 1;
}
