// Maps what better-auth throws to the keys of the translated messages (auth.errors.*).
/** Every error the sign-in and sign-up forms show (messages/issues.test.ts checks each is worded). */
export const AUTH_ERROR_KEYS = [
  'emailTaken', 'passwordTooShort', 'passwordTooLong', 'invalidEmail', 'emailRequired', 'nameRequired', 'nameInvisible', 'invalidCredentials', 'tooManyAttempts', 'networkLocked', 'generic',
] as const;
export type AuthErrorKey = (typeof AUTH_ERROR_KEYS)[number];

export function isAuthErrorKey(value: unknown): value is AuthErrorKey {
  return (AUTH_ERROR_KEYS as readonly unknown[]).includes(value);
}

/** The code better-auth's APIError carries (INVALID_PASSWORD, USER_ALREADY_EXISTS …), or ''. */
export function authErrorCode(error: unknown): string {
  const code = (error as { body?: { code?: unknown } } | null)?.body?.code;
  return typeof code === 'string' ? code : '';
}

export function authErrorKey(error: unknown): AuthErrorKey {
  const e = error as { status?: unknown; statusCode?: unknown } | null;
  switch (authErrorCode(error)) {
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return 'emailTaken';
    case 'PASSWORD_TOO_SHORT':
      return 'passwordTooShort';
    case 'PASSWORD_TOO_LONG':
      return 'passwordTooLong';
    case 'INVALID_EMAIL':
      return 'invalidEmail';
    case 'INVALID_EMAIL_OR_PASSWORD':
    case 'INVALID_PASSWORD':
    case 'USER_NOT_FOUND':
    case 'CREDENTIAL_ACCOUNT_NOT_FOUND':
      return 'invalidCredentials';
    case 'TOO_MANY_FROM_ADDRESS':
      return 'networkLocked';
  }
  if (e?.statusCode === 429 || e?.status === 'TOO_MANY_REQUESTS') return 'tooManyAttempts';
  return 'generic';
}
