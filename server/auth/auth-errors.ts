// Maps what better-auth throws to the keys of the translated messages (auth.errors.*).
export type AuthErrorKey =
  | 'emailTaken' | 'passwordTooShort' | 'passwordTooLong' | 'invalidEmail' | 'nameRequired'
  | 'invalidCredentials' | 'tooManyAttempts' | 'generic';

export function authErrorKey(error: unknown): AuthErrorKey {
  const e = error as { body?: { code?: unknown }; status?: unknown; statusCode?: unknown } | null;
  const code = typeof e?.body?.code === 'string' ? e.body.code : '';
  switch (code) {
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
  }
  if (e?.statusCode === 429 || e?.status === 'TOO_MANY_REQUESTS') return 'tooManyAttempts';
  return 'generic';
}
