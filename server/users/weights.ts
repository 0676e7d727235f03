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
