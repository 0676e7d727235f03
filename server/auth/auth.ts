// Accounts through better-auth: email + password, hashed by the library, session in an
// httpOnly cookie. No cookie cache: a session is checked against the database on every
// request, so sign-out and role changes hold at once on every app server.
import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { z } from 'zod';
import { isValidTimeZone } from '@/lib/srs';
import { db } from '../db';
import { env } from '../env';
import { nameField, roleField, SELF_SERVICE_ROLES, timeZoneField, uiLocaleField } from '../users/profile-fields';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules';
import { VERIFY_LINK_TTL_S } from './verify-link';
import { mailOrigin, sendMail } from '../mail/send-mail';
import { linkMail } from '../mail/link-mail';
import { deviceTokens, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_S, rememberDevice } from './known-device';
import { finishSignIn, limitAddress, startSignIn, startSignUp, type Refusal, type SignInAttempt } from './sign-in-limits';


// What a sign-up may carry, whoever sends it (our form or a client of the API): the fields
// our form has, validated as Settings validates them; anything else is refused.
const signUpBody = z.strictObject({
  name: nameField,
  email: z.string().max(254),
  password: z.string().max(MAX_PASSWORD_LENGTH),
  role: roleField.optional(),
  uiLocale: uiLocaleField.optional(),
  timeZone: timeZoneField.optional(),
  callbackURL: z.string().max(300).optional(),
  rememberMe: z.boolean().optional(),
});

const invalidInput = (fields: PropertyKey[]) =>
  new APIError('BAD_REQUEST', { message: `Invalid fields: ${[...new Set(fields.map(String))].join(', ')}`, code: 'INVALID_INPUT' });

// TOO_MANY_FROM_ADDRESS: the address's shared budget, which the form answers with an offer to
// trust this browser by an emailed link (trusted-browser.ts).
const tooManyAttempts = (r: Refusal) =>
  new APIError('TOO_MANY_REQUESTS', {
    message: r.scope === 'address' ? 'Too many failed sign-ins from this network. Try again later.' : 'Too many attempts. Try again later.',
    code: r.scope === 'address' ? 'TOO_MANY_FROM_ADDRESS' : 'TOO_MANY_ATTEMPTS',
  }, { 'Retry-After': String(Math.ceil(r.retryAfterMs / 1000)) });

// Sign-in attempts between the before and the after hook of one call (keyed by its headers).
const signIns = new WeakMap<Headers, SignInAttempt>();

export const auth = betterAuth({
  secret: env.BETTER_AUTH_SECRET,
  baseURL: env.APP_URL,
  database: prismaAdapter(db, { provider: env.database.kind === 'postgres' ? 'postgresql' : 'sqlite' }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: MAX_PASSWORD_LENGTH,
    autoSignIn: true,
    // Password reset by email (server/account/password-reset.ts): only when mail can be sent
    // and APP_URL says where the link points. A used link, or one older than an hour, opens
    // nothing; the new password ends every session of the account.
    resetPasswordTokenExpiresIn: 60 * 60,
    revokeSessionsOnPasswordReset: true,
    sendResetPassword: async ({ user, token }) => {
      const origin = mailOrigin();
      if (!origin) return;
      // Not awaited: the answer must take as long whether the account exists or not.
      sendMail(linkMail('reset', user, token, origin)).catch((error: unknown) => console.error('The password reset mail was not sent:', error));
    },
  },
  // Confirming the address (server/account/email-verification.ts): the sign-up mails a link when
  // this server can send mail; signing in does not wait for it.
  emailVerification: {
    sendOnSignUp: true,
    expiresIn: VERIFY_LINK_TTL_S,
    sendVerificationEmail: async ({ user, token }) => {
      const origin = mailOrigin();
      if (!origin) return;
      sendMail(linkMail('verify', user, token, origin)).catch((error: unknown) => console.error('The address confirmation mail was not sent:', error));
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    // A cached copy of the session in a cookie would outlive sign-out and role changes by up
    // to its maxAge (issue 13 finding 7); see docs/decisions/016-state-across-servers.md.
    cookieCache: { enabled: false },
  },
  user: {
    additionalFields: {
      role: { type: 'string', required: false, defaultValue: 'learner', input: true },
      uiLocale: { type: 'string', required: false, defaultValue: 'kk', input: true },
      timeZone: { type: 'string', required: false, defaultValue: 'Asia/Almaty', input: true },
    },
  },
  // better-auth's own limiter counts per process and only HTTP calls (not our forms, which
  // call auth.api): ours, in the hooks below, counts in the database for both.
  rateLimit: { enabled: false },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path === '/sign-up/email') {
        const body = signUpBody.safeParse(ctx.body);
        if (!body.success) throw invalidInput(body.error.issues.map((i) => i.path[0] ?? 'body'));
      }
      // Calls without a request (scripts, tests) are not counted.
      if (!env.AUTH_RATE_LIMIT || !ctx.headers) return;
      if (ctx.path === '/sign-in/email') {
        const email = (ctx.body as { email?: unknown } | undefined)?.email;
        const attempt = await startSignIn(email, limitAddress(ctx.headers), deviceTokens(ctx.headers.get('cookie')));
        if ('retryAfterMs' in attempt) throw tooManyAttempts(attempt);
        signIns.set(ctx.headers, attempt);
      } else if (ctx.path === '/sign-up/email') {
        const refused = await startSignUp(limitAddress(ctx.headers));
        if (refused) throw tooManyAttempts(refused);
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      const attempt = ctx.headers && signIns.get(ctx.headers);
      if (!attempt) return;
      signIns.delete(ctx.headers!);
      const returned = ctx.context.returned;
      const outcome = !isAPIError(returned) ? 'signed-in' : returned.statusCode === 401 ? 'wrong-credentials' : 'other';
      await finishSignIn(attempt, outcome);
      if (outcome === 'signed-in' && attempt.email) {
        // Runs before nextCookies' hook, which passes the cookie on from our server actions too.
        ctx.setCookie(KNOWN_DEVICE_COOKIE, rememberDevice(deviceTokens(ctx.headers!.get('cookie')), attempt.email), {
          ...ctx.context.authCookies.sessionToken.attributes, maxAge: KNOWN_DEVICE_MAX_AGE_S,
        });
      }
    }),
  },
  // Without APP_URL the origin comes from each request, which is what we want; the library
  // warns about it (and about every failed sign-in) at warn level.
  logger: { level: env.NODE_ENV === 'production' ? 'error' : 'warn' },
  databaseHooks: {
    user: {
      create: {
        before: async (user) => {
          // `role` is client input at sign-up: only the two self-service roles are allowed.
          const role = (user as { role?: unknown }).role ?? 'learner';
          if (!(SELF_SERVICE_ROLES as readonly unknown[]).includes(role)) {
            throw new APIError('BAD_REQUEST', { message: 'Invalid role', code: 'INVALID_ROLE' });
          }
          const name = nameField.safeParse(user.name);
          if (!name.success) throw invalidInput(['name']);
          const u = user as { uiLocale?: unknown; timeZone?: unknown };
          const uiLocale = u.uiLocale === 'ru' || u.uiLocale === 'en' ? u.uiLocale : 'kk';
          const timeZone = typeof u.timeZone === 'string' && isValidTimeZone(u.timeZone) ? u.timeZone : 'Asia/Almaty';
          return { data: { ...user, name: name.data, role, uiLocale, timeZone } };
        },
      },
      // Our own use cases change accounts through Prisma (Settings); through better-auth only
      // its bookkeeping may, never the role, and nothing Settings would refuse.
      update: {
        before: async (data) => {
          const d = { ...(data as Record<string, unknown>) };
          const name = 'name' in d ? nameField.safeParse(d.name) : null;
          if (name?.success) d.name = name.data;
          const bad = [
            'role' in d ? 'role' : null,
            name && !name.success ? 'name' : null,
            'timeZone' in d && !timeZoneField.safeParse(d.timeZone).success ? 'timeZone' : null,
            'uiLocale' in d && !uiLocaleField.safeParse(d.uiLocale).success ? 'uiLocale' : null,
          ].filter((f): f is string => f !== null);
          if (bad.length) throw invalidInput(bad);
          return { data: d };
        },
      },
    },
  },
  advanced: {
    // Secure cookies need HTTPS (browsers also allow them on http://localhost). An operator
    // serving plain HTTP elsewhere says so through APP_URL.
    ...(env.APP_URL ? { useSecureCookies: env.APP_URL.startsWith('https:') } : {}),
  },
  plugins: [nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
