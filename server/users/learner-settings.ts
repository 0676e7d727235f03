import 'server-only';
import type { Tx, Db } from '../db';
import { parseWeights } from './weights';

export interface LearnerSettings {
  timeZone: string;
  dayStartHour: number;
  desiredRetention: number;
  newCardsPerDay: number;
  /** the daily review cap (docs/decisions/026); null: none */
  reviewsPerDay: number | null;
  glossLanguage: 'ru' | 'en' | 'both' | null;
  uiLocale: string;
  weights: number[] | null;
}

export async function getLearnerSettings(client: Db | Tx, userId: string): Promise<LearnerSettings | null> {
  const u = await client.user.findUnique({
    where: { id: userId },
    select: { timeZone: true, dayStartHour: true, desiredRetention: true, newCardsPerDay: true, reviewsPerDay: true, glossLanguage: true, uiLocale: true, fsrsWeights: true },
  });
  if (!u) return null;
  const gloss = u.glossLanguage === 'ru' || u.glossLanguage === 'en' || u.glossLanguage === 'both' ? u.glossLanguage : null;
  return { ...u, glossLanguage: gloss, weights: parseWeights(u.fsrsWeights) };
}
