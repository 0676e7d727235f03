import 'server-only';
import type { Tx, Db } from '../db';

export interface LearnerSettings {
  timeZone: string;
  dayStartHour: number;
  desiredRetention: number;
  newCardsPerDay: number;
  glossLanguage: 'ru' | 'en' | 'both' | null;
  uiLocale: string;
  weights: number[] | null;
}

/** The learner's fitted FSRS weights as stored (JSON), or null for the defaults. */
export function parseWeights(json: string | null): number[] | null {
  if (!json) return null;
  try {
    const w: unknown = JSON.parse(json);
    return Array.isArray(w) && w.every((x) => typeof x === 'number') ? w : null;
  } catch {
    return null;
  }
}

export async function getLearnerSettings(client: Db | Tx, userId: string): Promise<LearnerSettings | null> {
  const u = await client.user.findUnique({
    where: { id: userId },
    select: { timeZone: true, dayStartHour: true, desiredRetention: true, newCardsPerDay: true, glossLanguage: true, uiLocale: true, fsrsWeights: true },
  });
  if (!u) return null;
  const gloss = u.glossLanguage === 'ru' || u.glossLanguage === 'en' || u.glossLanguage === 'both' ? u.glossLanguage : null;
  return { ...u, glossLanguage: gloss, weights: parseWeights(u.fsrsWeights) };
}
