// A teacher's home: their decks (with the classes they are assigned to), classes and drafts.
import 'server-only';
import { db } from '../db';
import { fail, isTeacher, ok, type Actor, type TeachResult } from './result';

export interface TeacherOverview {
  decks: { id: string; title: string; description: string; noteCount: number; classNames: string[] }[];
  classes: { id: string; name: string; memberCount: number; deckCount: number }[];
  drafts: { id: string; title: string; chars: number; updatedAt: Date }[];
}

export async function getTeacherOverview(actor: Actor | null): Promise<TeachResult<TeacherOverview>> {
  if (!isTeacher(actor)) return fail('not-found');
  const [decks, classes, drafts] = await Promise.all([
    db.deck.findMany({
      where: { ownerId: actor.id },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true, title: true, description: true,
        _count: { select: { notes: { where: { deletedAt: null } } } },
        assignments: { select: { class: { select: { name: true } } } },
      },
    }),
    db.class.findMany({
      where: { teacherId: actor.id },
      orderBy: { createdAt: 'desc' },
      select: { id: true, name: true, _count: { select: { members: true, assignments: true } } },
    }),
    db.deckDraft.findMany({ where: { ownerId: actor.id }, orderBy: { updatedAt: 'desc' }, select: { id: true, title: true, text: true, updatedAt: true } }),
  ]);
  return ok({
    decks: decks.map((d) => ({ id: d.id, title: d.title, description: d.description, noteCount: d._count.notes, classNames: d.assignments.map((a) => a.class.name) })),
    classes: classes.map((c) => ({ id: c.id, name: c.name, memberCount: c._count.members, deckCount: c._count.assignments })),
    drafts: drafts.map((d) => ({ id: d.id, title: d.title, chars: d.text.length, updatedAt: d.updatedAt })),
  });
}
