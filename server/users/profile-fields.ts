// The fields of an account a user chooses, validated the same way wherever they come in:
// the sign-up form, better-auth's sign-up endpoint and Settings.
import { z } from 'zod';
import { isValidTimeZone } from '@/lib/srs';

export const MAX_NAME_LENGTH = 100;
export const SELF_SERVICE_ROLES = ['learner', 'teacher'] as const;
export const UI_LOCALES = ['kk', 'ru', 'en'] as const;

export const nameField = z.string().trim().min(1, 'nameRequired').max(MAX_NAME_LENGTH, 'nameRequired');
export const timeZoneField = z.string().trim().min(1).max(64).refine(isValidTimeZone, 'unknown-time-zone');
export const roleField = z.enum(SELF_SERVICE_ROLES);
export const uiLocaleField = z.enum(UI_LOCALES);
