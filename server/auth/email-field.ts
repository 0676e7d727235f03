// An email address as the forms send it: trimmed, lower-cased, at most 254 characters. Empty
// says so ("emailRequired", not "invalid"): the form was sent before anything was typed.
import { z } from 'zod';

export const emailField = z.string().trim().toLowerCase().min(1, 'emailRequired').max(254, 'invalidEmail').pipe(z.email('invalidEmail'));
