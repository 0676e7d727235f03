// A signed-in user joins a class with its code. Failed attempts are counted per user, in
// the database (every server counts into one counter): after 10 within 10 minutes, further
// attempts are refused until the window passes (a success does not reset the count, so a
// known code cannot be used to keep guessing).
import 'server-only';
import { z } from 'zod';
import type { LimitRule } from '@/lib/limits';
import { db } from '../db';
import { consumeAttempt, counterKey, refundAttempt } from '../limits/attempt-counters';
import { normalizeJoinCode } from './join-code';
import { fail, ok, type Actor, type TeachResult } from './result';

export const joinClassInput = z.object({ code: z.string().max(40) });

const JOIN_FAILURES: LimitRule = { windowMs: 10 * 60_000, max: 10 };

export async function joinClass(actor: Actor | null, raw: unknown, now = Date.now()): Promise<TeachResult<{ classId: string; name: string; already: boolean }>> {
  if (!actor) return fail('not-found');
  const parsed = joinClassInput.safeParse(raw);
  // Nothing typed (or only spaces and dashes) is no guess: 'invalid', not counted.
  if (parsed.success && !/[^\s-]/.test(parsed.data.code)) return fail('invalid');
  const code = parsed.success ? normalizeJoinCode(parsed.data.code) : null;
  // Counted before the lookup, taken back on success: parallel guesses cannot slip past.
  const attempt = await consumeAttempt(counterKey('join', actor.id), JOIN_FAILURES, new Date(now));
  if (!attempt.allowed) return fail('rate-limited');
  const cls = code ? await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, teacherId: true } }) : null;
  if (!cls) return fail('not-found');
  await refundAttempt(attempt.reservation);
  const existing = await db.classMember.findUnique({ where: { classId_userId: { classId: cls.id, userId: actor.id } } });
  if (!existing && cls.teacherId !== actor.id) await db.classMember.create({ data: { classId: cls.id, userId: actor.id } });
  return ok({ classId: cls.id, name: cls.name, already: !!existing || cls.teacherId === actor.id });
}
