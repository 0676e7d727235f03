// One of a teacher's decks for its editor: the deck, its live notes, its card count and
// the teacher's classes with whether the deck is assigned to each.
import 'server-only';
import type { NoteText } from '@/lib/decks';
import { db } from '../db';
import { parseExamples, type Example } from '../study/card-content';
import { fail, isTeacher, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export interface TeacherDeckNote extends NoteText {
  example: Example | null;
  cardTypes: string[];
}

export interface TeacherDeck {
  deck: { id: string; title: string; description: string };
  notes: TeacherDeckNote[];
  cardCount: number;
  classes: { id: string; name: string; assigned: boolean }[];
}

export async function getTeacherDeck(actor: Actor | null, rawDeckId: unknown): Promise<TeachResult<TeacherDeck>> {
  if (!isTeacher(actor)) return fail('not-found');
  const deckId = idSchema.safeParse(rawDeckId);
  if (!deckId.success) return fail('not-found');
  const deck = await db.deck.findFirst({ where: { id: deckId.data, ownerId: actor.id }, select: { id: true, title: true, description: true } });
  if (!deck) return fail('not-found');
  const [notes, classes] = await Promise.all([
    db.note.findMany({
      where: { deckId: deck.id, deletedAt: null },
      orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, kind: true, kk: true, lemma: true, headword: true, upos: true, ru: true, en: true, examples: true, cards: { where: { deletedAt: null }, select: { type: true } } },
    }),
    db.class.findMany({ where: { teacherId: actor.id }, orderBy: { name: 'asc' }, select: { id: true, name: true, assignments: { where: { deckId: deck.id }, select: { deckId: true } } } }),
  ]);
  return ok({
    deck,
    notes: notes.map((n) => ({
      id: n.id, kind: n.kind === 'sentence' ? 'sentence' : 'word', kk: n.kk, lemma: n.lemma, headword: n.headword, upos: n.upos, ru: n.ru, en: n.en,
      example: parseExamples(n.examples)[0] ?? null, cardTypes: n.cards.map((c) => c.type),
    })),
    cardCount: notes.reduce((s, n) => s + n.cards.length, 0),
    classes: classes.map((c) => ({ id: c.id, name: c.name, assigned: c.assignments.length > 0 })),
  });
}
