// A teacher creates a class; it gets a fresh join code.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db';
import { generateJoinCode } from './join-code';
import { fail, isTeacher, issuesOf, ok, type Actor, type TeachResult } from './result';
import { ownedLimitIssue } from './owned-limits';
import { classNameSchema } from './schemas';

export const createClassInput = z.object({ name: classNameSchema });

export async function createClass(actor: Actor | null, raw: unknown): Promise<TeachResult<{ id: string; joinCode: string }>> {
  if (!isTeacher(actor)) return fail('not-found');
  const parsed = createClassInput.safeParse(raw);
  if (!parsed.success) return fail('invalid', issuesOf(parsed.error));
  const full = await ownedLimitIssue('classes', actor.id);
  if (full) return fail('invalid', [full]);
  const id = randomUUID();
  for (let attempt = 0; ; attempt++) {
    const joinCode = generateJoinCode();
    try {
      await db.class.create({ data: { id, teacherId: actor.id, name: parsed.data.name, joinCode } });
      return ok({ id, joinCode });
    } catch (e) {
      // A clash of two random 49-bit codes: draw again.
      if (attempt >= 3) throw e;
    }
  }
}
