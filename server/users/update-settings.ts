// A learner's own study settings: gloss language, time zone, daily new cards and review cap, retention,
// automatic scheduler fits, typed answers, audio autoplay and the Kazakh script.
import 'server-only';
import { z } from 'zod';
import { SCRIPTS, type Script } from '@/lib/script';
import { db } from '../db';
import { newPerDayField, reviewCapField } from './limit-fields';
import { roleField, timeZoneField } from './profile-fields';

/** An HTML checkbox: 'on' when ticked, absent when not. */
const checkbox = z.literal('on').optional().transform((v) => v === 'on');

export const settingsInput = z.object({
  glossLanguage: z.enum(['auto', 'ru', 'en', 'both']),
  timeZone: timeZoneField,
  newCardsPerDay: newPerDayField,
  /** Empty: no daily review cap. */
  reviewsPerDay: reviewCapField,
  /** In percent, as the form shows it. */
  desiredRetentionPercent: z.coerce.number().min(70).max(97),
  /** Fit the scheduler to the learner's reviews by itself (docs/decisions/028). */
  autoFit: checkbox,
  role: roleField,
  answerTyping: checkbox,
  audioAutoplay: checkbox,
  kazakhScript: z.enum(SCRIPTS as [Script, ...Script[]]).default('cyrl'),
});
export type SettingsInput = z.infer<typeof settingsInput>;

/** Saves the form. Its role is one of the two self-service ones: an admin keeps theirs. */
export async function updateSettings(userId: string, input: SettingsInput): Promise<void> {
  const current = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  await db.user.update({
    where: { id: userId },
    data: {
      glossLanguage: input.glossLanguage === 'auto' ? null : input.glossLanguage,
      timeZone: input.timeZone,
      newCardsPerDay: input.newCardsPerDay,
      reviewsPerDay: input.reviewsPerDay,
      desiredRetention: Math.round(input.desiredRetentionPercent) / 100,
      autoFit: input.autoFit,
      role: current?.role === 'admin' ? undefined : input.role,
      answerTyping: input.answerTyping,
      audioAutoplay: input.audioAutoplay,
      kazakhScript: input.kazakhScript,
    },
  });
}

export async function getSettings(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      glossLanguage: true, timeZone: true, newCardsPerDay: true, reviewsPerDay: true, desiredRetention: true, autoFit: true, role: true,
      answerTyping: true, audioAutoplay: true, kazakhScript: true,
    },
  });
}
