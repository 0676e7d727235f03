// One of a teacher's classes: its join code, members, assigned decks and the teacher's
// other decks that could be assigned.
import 'server-only';
import { db } from '../db';
import { fail, isTeacher, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export interface TeacherClass {
  id: string;
  name: string;
  joinCode: string;
  members: { userId: string; name: string; email: string; joinedAt: Date }[];
  assigned: { id: string; title: string }[];
  assignable: { id: string; title: string }[];
}

export async function getTeacherClass(actor: Actor | null, rawId: unknown): Promise<TeachResult<TeacherClass>> {
  if (!isTeacher(actor)) return fail('not-found');
  const id = idSchema.safeParse(rawId);
  if (!id.success) return fail('not-found');
  const cls = await db.class.findFirst({
    where: { id: id.data, teacherId: actor.id },
    select: {
      id: true, name: true, joinCode: true,
      members: { orderBy: { joinedAt: 'asc' }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
      assignments: { orderBy: { assignedAt: 'asc' }, select: { deck: { select: { id: true, title: true } } } },
    },
  });
  if (!cls) return fail('not-found');
  const assignedIds = new Set(cls.assignments.map((a) => a.deck.id));
  const own = await db.deck.findMany({ where: { ownerId: actor.id }, orderBy: { title: 'asc' }, select: { id: true, title: true } });
  return ok({
    id: cls.id, name: cls.name, joinCode: cls.joinCode,
    members: cls.members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt })),
    assigned: cls.assignments.map((a) => a.deck),
    assignable: own.filter((d) => !assignedIds.has(d.id)),
  });
}
