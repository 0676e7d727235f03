// How long a password may be, wherever one is set or checked: better-auth's own bounds, the
// sign-up and sign-in forms, Settings' change of password and the reset by email.
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * A new password as a form sends it (absent or not a string is "nothing typed"), each check
 * named by its message key. `empty`: what an empty one is told (the sign-up and reset forms
 * ask for it; Settings calls it too short).
 */
export const newPasswordField = (empty: 'passwordRequired' | 'passwordTooShort' = 'passwordRequired') =>
  z.preprocess((v) => (typeof v === 'string' ? v : ''),
    z.string().min(1, empty).min(MIN_PASSWORD_LENGTH, 'passwordTooShort').max(MAX_PASSWORD_LENGTH, 'passwordTooLong'));
