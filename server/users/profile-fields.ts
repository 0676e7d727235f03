// The fields of an account a user chooses, validated the same way wherever they come in:
// the sign-up form, better-auth's sign-up endpoint and Settings.
import { z } from 'zod';
import { isValidTimeZone } from '@/lib/srs';
import { cleanDisplayText, isDisplayable } from '@/lib/text';

export const MAX_NAME_LENGTH = 100;
export const SELF_SERVICE_ROLES = ['learner', 'teacher'] as const;
export const UI_LOCALES = ['kk', 'ru', 'en'] as const;

/**
 * A name others read (a teacher's roster): cleaned (NFC, spaces folded), then refused if it hides
 * characters or shows nothing (lib/text). The same rule for class names and deck titles:
 * `displayTextField`.
 */
export function displayTextField(max: number, messages: { required?: string; tooLong?: string; hidden: string }) {
  return z.string().max(max * 4).transform(cleanDisplayText)
    // An empty value is only "required", not also "hidden characters" (zod runs every check).
    .pipe(z.string().min(1, messages.required).max(max, messages.tooLong).refine((s) => s === '' || isDisplayable(s), messages.hidden));
}

export const nameField = displayTextField(MAX_NAME_LENGTH, { required: 'nameRequired', tooLong: 'nameRequired', hidden: 'nameInvisible' });
export const timeZoneField = z.string().trim().min(1).max(64).refine(isValidTimeZone, 'unknown-time-zone');
export const roleField = z.enum(SELF_SERVICE_ROLES);
export const uiLocaleField = z.enum(UI_LOCALES);
