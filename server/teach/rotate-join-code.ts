// A teacher replaces a class's join code: the old code and link stop working; members stay.
import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import { generateJoinCode } from './join-code';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { idSchema } from './schemas';

export const rotateJoinCodeInput = z.object({ classId: idSchema });

export async function rotateJoinCode(actor: Actor | null, raw: unknown): Promise<TeachResult<{ joinCode: string }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = rotateJoinCodeInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const joinCode = generateJoinCode();
  const res = await db.class.updateMany({ where: { id: parsed.data.classId, teacherId: actor.id }, data: { joinCode } });
  return res.count ? ok({ joinCode }) : fail('not-found');
}
