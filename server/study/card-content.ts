// The content a study screen shows for one card, parsed from the stored JSON columns.
import { z } from 'zod';

export const segmentSchema = z.object({ text: z.string(), label: z.string().nullable() });

export const exampleSchema = z.object({
  kk: z.string(),
  ru: z.string().default(''),
  en: z.string().default(''),
  /** The highlighted form inside kk (UTF-16 offsets), when there is one. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  form: z.string().optional(),
  segments: z.array(segmentSchema).optional(),
});
export type Example = z.infer<typeof exampleSchema>;

export const clozeDataSchema = z.object({
  sentence: z.string(),
  ru: z.string().default(''),
  en: z.string().default(''),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  segments: z.array(segmentSchema).optional(),
});
export type ClozeData = z.infer<typeof clozeDataSchema>;

export function parseExamples(json: string): Example[] {
  try {
    const parsed = z.array(exampleSchema).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function parseClozeData(json: string): ClozeData | null {
  try {
    const parsed = clozeDataSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type CardType = 'recognition' | 'production' | 'cloze' | 'sentence';

export interface StudyCardContent {
  cardId: string;
  type: CardType;
  kk: string;
  headword: string | null;
  lemma: string | null;
  upos: string | null;
  ru: string;
  en: string;
  /** The card comment in Russian and in English (shown by the gloss language). */
  comment: string | null;
  commentEn: string | null;
  examples: Example[];
  cloze: ClozeData | null;
}
