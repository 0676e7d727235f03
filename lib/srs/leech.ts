/**
 * A card that has been forgotten this often is costing more time than it returns;
 * the app flags it so the learner can rewrite or suspend it (Anki's default threshold).
 */
export const LEECH_LAPSES = 8;

export function isLeech(lapses: number): boolean {
  return lapses >= LEECH_LAPSES;
}
