// Trusting a browser by an emailed link: what a learner does when someone behind the same
// address (a school's one NAT address) has spent the address's budget of failed sign-ins, and
// this browser has never signed in to their account (so it carries no known-device token,
// known-device.ts). The link proves the mailbox; opening it in this browser gives it the
// known-device token for that account, and the password is still needed to sign in. So a
// stolen link is worth what a stolen device token is: the per-account delays, for one account.
//
// The token is random, kept only as its hash, works for an hour and once (better-auth's
// Verification table, as its own reset tokens). Requests are counted per client address and
// per email, as reset requests are; the answer never says whether the account exists.
// docs/decisions/035-trusting-a-browser-by-email.md
import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db';
import { auth } from './auth';
import { linkMail } from '../mail/link-mail';
import { countMailRequest } from '../mail/mail-request-limits';
import { mailOrigin, sendMail } from '../mail/send-mail';
import { emailField } from './email-field';
import { deviceTokens, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_S, rememberDevice } from './known-device';
import { normalEmail } from './sign-in-limits';

export const TRUST_LINK_TTL_MS = 60 * 60_000;

const PREFIX = 'trusted-browser:';
const identifierOf = (token: string) => PREFIX + createHash('sha256').update(token).digest('base64url');

export const trustedBrowserAvailable = (): boolean => mailOrigin() !== null;

export type TrustRequestResult =
  | { status: 'sent' }
  | { status: 'unavailable' }
  | { status: 'invalid'; error: 'emailRequired' | 'invalidEmail' }
  | { status: 'rate-limited'; retryAfterSeconds: number };

const requestInput = z.object({ email: emailField });

/** "Email me a link to trust this browser" (the sign-in form offers it when the address is locked). */
export async function requestTrustLink(headers: Headers, raw: unknown, now = new Date()): Promise<TrustRequestResult> {
  const origin = mailOrigin();
  if (!origin) return { status: 'unavailable' };
  const parsed = requestInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', error: parsed.error.issues[0]?.message === 'emailRequired' ? 'emailRequired' : 'invalidEmail' };
  const { email } = parsed.data;
  const wait = await countMailRequest('trust', headers, email, now);
  if (wait) return { status: 'rate-limited', ...wait };
  await db.verification.deleteMany({ where: { identifier: { startsWith: PREFIX }, expiresAt: { lt: now } } });
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, uiLocale: true } });
  // The same answer for an address without an account.
  if (!user) return { status: 'sent' };
  const token = randomBytes(32).toString('base64url');
  await db.verification.create({ data: { id: randomUUID(), identifier: identifierOf(token), value: user.id, expiresAt: new Date(now.getTime() + TRUST_LINK_TTL_MS) } });
  // Not awaited: a slow mail server must not tell the asker that the account exists.
  sendMail(linkMail('trust', user, token, origin)).catch((error: unknown) => console.error('The trusted-browser mail was not sent:', error));
  return { status: 'sent' };
}

/** The cookie to set, with the session cookie's attributes (as the sign-in hook sets it, auth.ts). */
export interface DeviceCookie {
  name: string;
  value: string;
  maxAge: number;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
  path?: string;
}

export type TrustResult =
  | { status: 'trusted'; email: string; cookie: DeviceCookie }
  | { status: 'unavailable' }
  | { status: 'invalid-token' };

const trustInput = z.object({ token: z.string().min(1).max(200) });

/**
 * The link's page was sent ("Trust this browser"): uses the token up and gives this browser the
 * known-device token for its account, beside those it has (`cookieHeader`). Viewing the page
 * does not use it: mail scanners open links.
 */
export async function trustBrowser(raw: unknown, cookieHeader: string | null, now = new Date()): Promise<TrustResult> {
  if (!trustedBrowserAvailable()) return { status: 'unavailable' };
  const parsed = trustInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid-token' };
  const row = await db.verification.findFirst({ where: { identifier: identifierOf(parsed.data.token) }, select: { id: true, value: true, expiresAt: true } });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return { status: 'invalid-token' };
  // Once: of two tabs sending the same link, one deletes the row and the other finds it gone.
  const used = await db.verification.deleteMany({ where: { id: row.id } });
  if (used.count !== 1) return { status: 'invalid-token' };
  const user = await db.user.findUnique({ where: { id: row.value }, select: { email: true } });
  if (!user) return { status: 'invalid-token' };
  const email = normalEmail(user.email);
  const { httpOnly, secure, sameSite, path } = (await auth.$context).authCookies.sessionToken.attributes;
  const value = rememberDevice(deviceTokens(cookieHeader), email);
  const site = typeof sameSite === 'string' ? (sameSite.toLowerCase() as 'lax' | 'strict' | 'none') : undefined;
  return { status: 'trusted', email, cookie: { name: KNOWN_DEVICE_COOKIE, value, maxAge: KNOWN_DEVICE_MAX_AGE_S, httpOnly, secure, sameSite: site, path } };
}
