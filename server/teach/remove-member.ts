// A teacher removes a learner from one of their classes. The learner keeps their own
// progress; the class's decks leave their list.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const removeMemberInput = z.object({ classId: idSchema, userId: idSchema });

export async function removeMember(actor: Actor | null, raw: unknown): Promise<TeachResult> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = removeMemberInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const res = await db.classMember.deleteMany({ where: { classId: parsed.data.classId, userId: parsed.data.userId, class: { teacherId: actor.id } } });
  return res.count ? ok(null) : fail('not-found');
}
