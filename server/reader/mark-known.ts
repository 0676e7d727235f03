// "I know it" from the reader: the card browser's "I know this" (server/cards/act-on-cards),
// on the word's note: every card of it goes to review with a long interval and the action is
// logged as a manual row, so the word counts as known and the dashboards agree. Only a note
// of a deck the learner may study (./word-note.ts).
import 'server-only';
import { actOnCards } from '../cards/act-on-cards';
import { db } from '../db';
import { studyableWordNote, type WordNoteError } from './word-note';

export type MarkKnownResult = { ok: true; due: string; cards: number } | { ok: false; error: WordNoteError };

export async function markKnown(userId: string, raw: unknown, now: Date): Promise<MarkKnownResult> {
  const note = await studyableWordNote(userId, raw);
  if (typeof note === 'string') return { ok: false, error: note };
  const r = await actOnCards(userId, { action: 'known', cardIds: [note.cardIds[0]!] }, now);
  if (!r.ok || r.found === 0) return { ok: false, error: 'not-found' };
  const progress = await db.cardProgress.findMany({ where: { userId, cardId: { in: note.cardIds } }, select: { due: true } });
  const due = progress.reduce((latest, p) => (p.due > latest ? p.due : latest), now);
  return { ok: true, due: due.toISOString(), cards: note.cardIds.length };
}
