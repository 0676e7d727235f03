// What a deck-from-text draft remembers besides its text (lib/drafts DraftChoices: rejected
// normaliser changes, selected rows, the teacher's glosses and sentence translations), and
// the edits the review sends to change it. Validated on every read and write; limited in size.
import 'server-only';
import { z } from 'zod';
import type { DraftChoices, DraftEdit } from '@/lib/drafts';

const gloss = z.object({ ru: z.string().max(500).default(''), en: z.string().max(500).default('') });
const rowKey = z.string().max(400);
const sentenceKey = z.string().max(40);
const lang = z.enum(['ru', 'en']);

export const draftStateSchema = z.object({
  rejected: z.array(z.string().max(40)).max(50_000).default([]),
  selected: z.array(rowKey).max(50_000).optional(),
  glosses: z.record(rowKey, gloss).default({}),
  sentences: z.record(sentenceKey, z.object({ ru: z.string().max(1000).default(''), en: z.string().max(1000).default('') })).default({}),
  description: z.string().max(1000).default(''),
});
export type DraftState = z.infer<typeof draftStateSchema>;
// The schema and the pure core's shape are one thing.
const sameShape: DraftChoices = {} as DraftState;
void sameShape;

export const draftEditSchema: z.ZodType<DraftEdit> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('title'), value: z.string().max(120) }),
  z.object({ kind: z.literal('description'), value: z.string().max(1000) }),
  z.object({ kind: z.literal('change'), key: z.string().max(40), accept: z.boolean() }),
  z.object({ kind: z.literal('select'), key: rowKey, on: z.boolean() }),
  z.object({ kind: z.literal('select-all') }),
  z.object({ kind: z.literal('select-none') }),
  z.object({ kind: z.literal('select-glossed') }),
  z.object({ kind: z.literal('gloss'), key: rowKey, lang, value: z.string().max(500) }),
  z.object({ kind: z.literal('sentence'), key: sentenceKey, on: z.boolean() }),
  z.object({ kind: z.literal('translation'), key: sentenceKey, lang, value: z.string().max(1000) }),
]);

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
