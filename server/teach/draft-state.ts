// What a deck-from-text draft remembers besides its text: rejected normaliser changes,
// selected rows, the teacher's glosses and sentence translations. Validated on every
// read and write; limited in size.
import 'server-only';
import { z } from 'zod';

const gloss = z.object({ ru: z.string().max(500).default(''), en: z.string().max(500).default('') });

export const draftStateSchema = z.object({
  rejected: z.array(z.string().max(40)).max(50_000).default([]),
  /** Row keys the teacher selected; absent until the teacher changes the default selection. */
  selected: z.array(z.string().max(400)).max(50_000).optional(),
  glosses: z.record(z.string().max(400), gloss).default({}),
  /** Sentences chosen as sentence cards, by sentence key, with their translations. */
  sentences: z.record(z.string().max(40), z.object({ ru: z.string().max(1000).default(''), en: z.string().max(1000).default('') })).default({}),
  description: z.string().max(1000).default(''),
});
export type DraftState = z.infer<typeof draftStateSchema>;

export const MAX_STATE_CHARS = 2_000_000;

export function parseDraftState(json: string): DraftState {
  try {
    const parsed = draftStateSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the empty state
  }
  return draftStateSchema.parse({});
}
