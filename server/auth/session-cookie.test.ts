import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signedSessionCookie, verifiedSessionToken } from './session-cookie';

const SECRET = 'a-secret-that-is-long-enough-for-tests-0123';
// better-call's format: encodeURIComponent(`${token}.${base64(HMAC-SHA256(secret, token))}`).
const sign = (token: string, secret = SECRET) =>
  encodeURIComponent(`${token}.${createHmac('sha256', secret).update(token).digest('base64')}`);

describe('verifiedSessionToken', () => {
  it('returns the token of a correctly signed cookie, among other cookies', () => {
    const header = `theme=dark; better-auth.session_token=${sign('tok123')}; better-auth.session_data=abc`;
    expect(verifiedSessionToken(header, SECRET)).toBe('tok123');
  });

  it('reads the __Secure- cookie used over HTTPS', () => {
    expect(verifiedSessionToken(`__Secure-better-auth.session_token=${sign('tok456')}`, SECRET)).toBe('tok456');
  });

  it('refuses another secret, a changed token, a missing or cut signature', () => {
    expect(verifiedSessionToken(`better-auth.session_token=${sign('tok', 'another-secret-another-secret-another')}`, SECRET)).toBeNull();
    expect(verifiedSessionToken(`better-auth.session_token=${sign('tok').replace('tok', 'tak')}`, SECRET)).toBeNull();
    expect(verifiedSessionToken('better-auth.session_token=tok', SECRET)).toBeNull();
    expect(verifiedSessionToken(`better-auth.session_token=${sign('tok').slice(0, -6)}`, SECRET)).toBeNull();
    expect(verifiedSessionToken('better-auth.session_token=%E0%A4%A', SECRET)).toBeNull();
  });

  it('finds no cookie in an empty or unrelated header', () => {
    expect(verifiedSessionToken(undefined, SECRET)).toBeNull();
    expect(verifiedSessionToken('', SECRET)).toBeNull();
    expect(signedSessionCookie('better-auth.session_token=; x=1')).toBeNull();
    expect(signedSessionCookie('not-better-auth.session_token=abc')).toBeNull();
  });
});
