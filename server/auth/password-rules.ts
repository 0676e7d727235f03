// How long a password may be, wherever one is set or checked: better-auth's own bounds, the
// sign-up and sign-in forms, and Settings' change of password.
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
