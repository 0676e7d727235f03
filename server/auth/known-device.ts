// Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser
// where an account has signed in before carries a token for that account, so that failures
// sprayed by someone else behind the same address (a school's one NAT address) cannot lock its
// owner out. A token is a random nonce and an HMAC of it with the normalised email: it proves
// "this browser signed in as this email before", names no one in clear, and is worthless for any
// other account. Each token has its own delayed counter (server/auth/sign-in-limits.ts), so a
// stolen one still gets only the per-account delays.
import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '../env';

export const KNOWN_DEVICE_COOKIE = 'jatta.known-device';
/** A year: a learner who signs in once a term keeps it. */
export const KNOWN_DEVICE_MAX_AGE_S = 365 * 24 * 60 * 60;
/** Accounts remembered per browser (a family's or a classroom's shared computer). */
export const KNOWN_DEVICE_ACCOUNTS = 5;

const TOKEN = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{27})$/;

const signature = (email: string, nonce: string) =>
  createHmac('sha256', env.BETTER_AUTH_SECRET).update(`known-device\u0000${email}\u0000${nonce}`).digest('base64url').slice(0, 27);

/** The tokens a Cookie header carries (malformed ones dropped). */
export function deviceTokens(cookieHeader: string | null | undefined): string[] {
  const match = (cookieHeader ?? '').split(';').map((p) => p.trim()).find((p) => p.startsWith(`${KNOWN_DEVICE_COOKIE}=`));
  if (!match) return [];
  return match.slice(KNOWN_DEVICE_COOKIE.length + 1).split('~').filter((t) => TOKEN.test(t)).slice(0, KNOWN_DEVICE_ACCOUNTS);
}

/** The nonce of the token that proves this browser signed in as `email` before, or null. */
export function knownDeviceNonce(tokens: readonly string[], email: string): string | null {
  for (const token of tokens) {
    const [, nonce, mac] = TOKEN.exec(token) ?? [];
    if (!nonce || !mac) continue;
    const expected = Buffer.from(signature(email, nonce));
    if (timingSafeEqual(expected, Buffer.from(mac))) return nonce;
  }
  return null;
}

/** The cookie's value after `email` signed in: its token first (kept if it had one), others after. */
export function rememberDevice(tokens: readonly string[], email: string): string {
  const nonce = knownDeviceNonce(tokens, email);
  const own = nonce ? tokens.find((t) => t.startsWith(`${nonce}.`))! : newToken(email);
  return [own, ...tokens.filter((t) => t !== own)].slice(0, KNOWN_DEVICE_ACCOUNTS).join('~');
}

function newToken(email: string): string {
  const nonce = randomBytes(12).toString('base64url');
  return `${nonce}.${signature(email, nonce)}`;
}
