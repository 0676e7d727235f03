import { describe, expect, it } from 'vitest';
import { isPublicAuthEndpoint } from './public-endpoints';

describe('isPublicAuthEndpoint', () => {
  it('serves sign-up, sign-in, sign-out and the session, nothing that changes an account', () => {
    expect(isPublicAuthEndpoint('POST', '/api/auth/sign-in/email')).toBe(true);
    expect(isPublicAuthEndpoint('POST', '/api/auth/sign-up/email/')).toBe(true);
    expect(isPublicAuthEndpoint('GET', '/api/auth/get-session')).toBe(true);
    for (const path of ['/api/auth/update-user', '/api/auth/change-email', '/api/auth/change-password', '/api/auth/delete-user', '/api/auth/list-sessions', '/api/auth/sign-in/social',
      // reset goes through our own pages and limits (server/account/password-reset.ts), never better-auth's endpoints
      '/api/auth/request-password-reset', '/api/auth/reset-password', '/api/auth/forget-password']) {
      expect(isPublicAuthEndpoint('POST', path), path).toBe(false);
    }
    expect(isPublicAuthEndpoint('GET', '/api/auth/sign-in/email')).toBe(false);
    expect(isPublicAuthEndpoint('GET', '/api/auth/reset-password/some-token')).toBe(false);
    expect(isPublicAuthEndpoint('DELETE', '/api/auth/sign-out')).toBe(false);
  });
});
