import { isValidWeights } from '@/lib/srs';

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

/**
 * Whether the scheduler uses the learner's own parameters: they are stored and are a valid FSRS
 * set (lib/srs falls back to the defaults otherwise). What Settings says about the parameters in
 * use, in the fit's status and in the retention preview alike.
 */
export function ownParametersInUse(weights: readonly number[] | null): boolean {
  return weights !== null && isValidWeights(weights);
}
