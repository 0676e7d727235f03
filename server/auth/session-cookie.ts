// Reads better-auth's signed session cookie without going through better-auth, for the
// review fast path (server/http/review-endpoint.ts). The format is better-call's:
// encodeURIComponent(`${token}.${base64(HMAC-SHA256(secret, token))}`), under
// `better-auth.session_token`, with a `__Secure-` prefix when cookies are secure.
// session-cookie.test.ts checks it against cookies better-auth itself issued.
import { createHmac, timingSafeEqual } from 'node:crypto';

const COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]*)/;

/** The raw (still signed) cookie value, or null. */
export function signedSessionCookie(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  return COOKIE.exec(cookieHeader)?.[1] || null;
}

/** The session token if the cookie's signature is the server's, else null. */
export function verifiedSessionToken(cookieHeader: string | null | undefined, secret: string): string | null {
  const raw = signedSessionCookie(cookieHeader);
  if (!raw) return null;
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
