// "I know it" from the reader: the card browser's "I know this" (server/cards/act-on-cards),
// on the word's note: every card of it goes to review with a long interval and the action is
// logged as a manual row, so the word counts as known and the dashboards agree. Only a note
// of a deck the learner may study.
import 'server-only';
import { z } from 'zod';
import { actOnCards } from '../cards/act-on-cards';
import { db } from '../db';
import { studyableDeckWhere } from '../decks/deck-access';

export const markKnownInput = z.object({ deckId: z.string().min(1).max(200), noteId: z.string().min(1).max(300) });

export type MarkKnownResult = { ok: true; due: string; cards: number } | { ok: false; error: 'invalid' | 'not-found' };

export async function markKnown(userId: string, raw: unknown, now: Date): Promise<MarkKnownResult> {
  const parsed = markKnownInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const { deckId, noteId } = parsed.data;
  const note = await db.note.findFirst({
    where: { id: noteId, deckId, kind: 'word', deletedAt: null, deck: studyableDeckWhere(userId) },
    select: { cards: { where: { deletedAt: null }, select: { id: true } } },
  });
  const first = note?.cards[0];
  if (!note || !first) return { ok: false, error: 'not-found' };
  const r = await actOnCards(userId, { action: 'known', cardIds: [first.id] }, now);
  if (!r.ok || r.found === 0) return { ok: false, error: 'not-found' };
  const progress = await db.cardProgress.findMany({ where: { userId, cardId: { in: note.cards.map((c) => c.id) } }, select: { due: true } });
  const due = progress.reduce((latest, p) => (p.due > latest ? p.due : latest), now);
  return { ok: true, due: due.toISOString(), cards: note.cards.length };
}
