// Which of these decks come from a text, and so have a reader (the source text itself is not read).
import 'server-only';
import { db } from '../db';

export async function decksWithText(deckIds: string[]): Promise<Set<string>> {
  if (!deckIds.length) return new Set();
  const rows = await db.deck.findMany({ where: { id: { in: deckIds }, sourceText: { not: null } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}
