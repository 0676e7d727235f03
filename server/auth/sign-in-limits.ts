// Limits on guessing passwords and making accounts, for better-auth's endpoints and our
// forms alike: both reach better-auth's sign-in and sign-up, whose hooks call these
// (server/auth/auth.ts). Counted in the database, so every app server shares them; the
// client address is the one the front door stamped (server/http/front-door.ts).
//
// - Per address, across accounts: at most 30 failed sign-ins in 15 minutes. Spraying one
//   password over many emails from one machine gets 30 tries, not hundreds a minute.
//   A browser that has signed in to this account before (server/auth/known-device.ts) is not
//   held to it: one student's spraying behind a school's address locks out only new browsers.
// - Per account and address (per account and device token, for a known browser): 5 failures
//   go through at once, then each further try waits a delay that doubles from 5 s up to 5 minutes. The attacker's counter is theirs alone:
//   the owner, signing in from elsewhere, is never locked out, and their own counter
//   starts afresh when they get in.
// - Sign-ups: at most 30 an hour per address (a class signing up together fits).
// Why these numbers and what they leave open: docs/decisions/016-state-across-servers.md.
import 'server-only';
import type { LimitRule } from '@/lib/limits';
import { addressKey, plainAddress } from '../http/client-address';
import { knownDeviceNonce } from './known-device';
import { clearCounter, consumeAttempt, counterKey, refundAttempt, type Reservation } from '../limits/attempt-counters';

export const SIGN_IN_PER_ADDRESS: LimitRule = { windowMs: 15 * 60_000, max: 30 };
export const SIGN_IN_PER_ACCOUNT_AND_ADDRESS: LimitRule = { windowMs: 60 * 60_000, max: 10_000, free: 5, baseDelayMs: 5_000, maxDelayMs: 5 * 60_000 };
export const SIGN_UP_PER_ADDRESS: LimitRule = { windowMs: 60 * 60_000, max: 30 };

/**
 * `scope` 'address': the client address's shared budget is spent (someone behind the same
 * address guessed), which a browser made known by an emailed link escapes (trusted-browser.ts);
 * 'account': this account's own delay for this client.
 */
export type Refusal = { retryAfterMs: number; scope?: 'address' | 'account' };

export interface SignInAttempt {
  /** null: a known browser, not held to the address's budget */
  address: Reservation | null;
  email: string;
  accountKey: string;
  account: Reservation;
}

/** The client address a request carries (as the front door stamped it), keyed for limits. */
export function limitAddress(headers: Headers): string {
  const address = plainAddress(headers.get('x-forwarded-for')?.split(',')[0]);
  return address ? addressKey(address) : 'unknown';
}

/** The email as the limits and device tokens key it. */
export const normalEmail = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : '');

/**
 * Counts a sign-in attempt, or says how long to wait. `deviceTokens`: the known-device tokens
 * the browser sent (known-device.ts), checked against this email.
 */
export async function startSignIn(email: unknown, address: string, deviceTokens: readonly string[] = [], now = new Date()): Promise<SignInAttempt | Refusal> {
  const account = normalEmail(email);
  const nonce = account ? knownDeviceNonce(deviceTokens, account) : null;
  if (nonce) {
    const accountKey = counterKey('sign-in-device', account, nonce);
    const perDevice = await consumeAttempt(accountKey, SIGN_IN_PER_ACCOUNT_AND_ADDRESS, now);
    return perDevice.allowed ? { address: null, email: account, accountKey, account: perDevice.reservation } : { retryAfterMs: perDevice.retryAfterMs, scope: 'account' };
  }
  const perAddress = await consumeAttempt(counterKey('sign-in-address', address), SIGN_IN_PER_ADDRESS, now);
  if (!perAddress.allowed) return { retryAfterMs: perAddress.retryAfterMs, scope: 'address' };
  const accountKey = counterKey('sign-in-account', account, address);
  const perAccount = await consumeAttempt(accountKey, SIGN_IN_PER_ACCOUNT_AND_ADDRESS, now);
  if (!perAccount.allowed) {
    await refundAttempt(perAddress.reservation);
    return { retryAfterMs: perAccount.retryAfterMs, scope: 'account' };
  }
  return { address: perAddress.reservation, email: account, accountKey, account: perAccount.reservation };
}

/** Wrong credentials keep both counts; anything else gives them back. */
export async function finishSignIn(attempt: SignInAttempt, outcome: 'signed-in' | 'wrong-credentials' | 'other'): Promise<void> {
  if (outcome === 'wrong-credentials') return;
  if (attempt.address) await refundAttempt(attempt.address);
  if (outcome === 'signed-in') await clearCounter(attempt.accountKey);
  else await refundAttempt(attempt.account);
}

export async function startSignUp(address: string, now = new Date()): Promise<Refusal | null> {
  const r = await consumeAttempt(counterKey('sign-up-address', address), SIGN_UP_PER_ADDRESS, now);
  return r.allowed ? null : r;
}
