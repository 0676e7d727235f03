// Writes a built deck into the database: creates and updates notes and cards by their
// stable ids and leaves everything unchanged that did not change, so a rebuild keeps each
// learner's progress and a second seed changes nothing. Notes and cards that left the
// build are soft-deleted: they leave study, their review history stays.
import type { DeckBuild } from '@/lib/decks';
import type { PrismaClient } from '../generated/prisma/client';
import { transaction } from '../transaction';

export interface DeckMeta {
  id: string;
  title: string;
  description: string;
  sourceText: string;
  visibility: 'public' | 'private';
  ownerId: string | null;
}

export interface SaveDeckResult {
  notes: { created: number; updated: number; removed: number; unchanged: number };
  cards: { created: number; updated: number; removed: number; unchanged: number };
}

export async function saveBuiltDeck(db: PrismaClient, meta: DeckMeta, build: DeckBuild, now: Date): Promise<SaveDeckResult> {
  const result: SaveDeckResult = {
    notes: { created: 0, updated: 0, removed: 0, unchanged: 0 },
    cards: { created: 0, updated: 0, removed: 0, unchanged: 0 },
  };
  await transaction(
    db,
    async (tx) => {
      const deck = await tx.deck.findUnique({ where: { id: meta.id } });
      const deckData = { title: meta.title, description: meta.description, sourceText: meta.sourceText, visibility: meta.visibility, ownerId: meta.ownerId };
      if (!deck) await tx.deck.create({ data: { id: meta.id, ...deckData } });
      else if (Object.entries(deckData).some(([k, v]) => deck[k as keyof typeof deckData] !== v)) {
        await tx.deck.update({ where: { id: meta.id }, data: deckData });
      }

      const existingNotes = new Map((await tx.note.findMany({ where: { deckId: meta.id } })).map((n) => [n.id, n]));
      const newNotes = [];
      for (const n of build.notes) {
        const data = {
          kind: n.kind, kk: n.kk, lemma: n.lemma, headword: n.headword, upos: n.upos, ru: n.ru, en: n.en,
          comment: n.comment, commentEn: n.commentEn, examples: JSON.stringify(n.examples), frequency: n.frequency, sortOrder: n.sortOrder,
          unsure: n.unsure, deletedAt: null,
        };
        const old = existingNotes.get(n.id);
        existingNotes.delete(n.id);
        if (!old) {
          newNotes.push({ id: n.id, deckId: meta.id, ...data });
          result.notes.created++;
        } else if (Object.entries(data).some(([k, v]) => old[k as keyof typeof data] !== v)) {
          await tx.note.update({ where: { id: n.id }, data });
          result.notes.updated++;
        } else result.notes.unchanged++;
      }
      if (newNotes.length) await tx.note.createMany({ data: newNotes });
      for (const old of existingNotes.values()) {
        if (old.deletedAt) continue;
        await tx.note.update({ where: { id: old.id }, data: { deletedAt: now } });
        result.notes.removed++;
      }

      const existingCards = new Map((await tx.card.findMany({ where: { deckId: meta.id } })).map((c) => [c.id, c]));
      const newCards = [];
      for (const c of build.cards) {
        const data = { noteId: c.noteId, type: c.type, data: JSON.stringify(c.data), sortOrder: c.sortOrder, deletedAt: null };
        const old = existingCards.get(c.id);
        existingCards.delete(c.id);
        if (!old) {
          newCards.push({ id: c.id, deckId: meta.id, ...data });
          result.cards.created++;
        } else if (Object.entries(data).some(([k, v]) => old[k as keyof typeof data] !== v)) {
          await tx.card.update({ where: { id: c.id }, data });
          result.cards.updated++;
        } else result.cards.unchanged++;
      }
      if (newCards.length) await tx.card.createMany({ data: newCards });
      for (const old of existingCards.values()) {
        if (old.deletedAt) continue;
        await tx.card.update({ where: { id: old.id }, data: { deletedAt: now } });
        result.cards.removed++;
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return result;
}
