// Daily limits as forms send them: a whole number within bounds, or an empty field for "no limit".
import { z } from 'zod';
import { MAX_NEW_PER_DAY, MAX_REVIEWS_PER_DAY, MIN_REVIEWS_PER_DAY } from '@/lib/srs';

/** An empty field (or none) is null: no limit of this kind. */
const emptyIsNull = (value: unknown) => (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : value);

/** The daily review cap (docs/decisions/026): 1–9999, or off. */
export const reviewCapField = z.preprocess(emptyIsNull, z.coerce.number().int().min(MIN_REVIEWS_PER_DAY).max(MAX_REVIEWS_PER_DAY).nullable());
/** The overall new cards per day. */
export const newPerDayField = z.coerce.number().int().min(0).max(MAX_NEW_PER_DAY);
/** A deck's own new cards per day: 0–500, or none (only the overall limit). */
export const deckNewPerDayField = z.preprocess(emptyIsNull, newPerDayField.nullable());
