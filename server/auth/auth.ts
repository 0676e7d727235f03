// Accounts through better-auth: email + password, hashed by the library, session in an
// httpOnly cookie. No cookie cache: a session is checked against the database on every
// request, so sign-out and role changes hold at once on every app server.
import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { isValidTimeZone } from '@/lib/srs';
import { db } from '../db';
import { env } from '../env';

export const SIGN_UP_ROLES = ['learner', 'teacher'] as const;
export const MIN_PASSWORD_LENGTH = 8;

export const auth = betterAuth({
  secret: env.BETTER_AUTH_SECRET,
  baseURL: env.APP_URL,
  database: prismaAdapter(db, { provider: env.database.kind === 'postgres' ? 'postgresql' : 'sqlite' }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: 128,
    autoSignIn: true,
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
  },
  user: {
    additionalFields: {
      role: { type: 'string', required: false, defaultValue: 'learner', input: true },
      uiLocale: { type: 'string', required: false, defaultValue: 'kk', input: true },
      timeZone: { type: 'string', required: false, defaultValue: 'Asia/Almaty', input: true },
    },
  },
  rateLimit: { enabled: env.AUTH_RATE_LIMIT },
  // Without APP_URL the origin comes from each request, which is what we want; the library
  // warns about it (and about every failed sign-in) at warn level.
  logger: { level: env.NODE_ENV === 'production' ? 'error' : 'warn' },
  databaseHooks: {
    user: {
      create: {
        before: async (user) => {
          // `role` is client input at sign-up: only the two self-service roles are allowed.
          const role = (user as { role?: unknown }).role ?? 'learner';
          if (!(SIGN_UP_ROLES as readonly unknown[]).includes(role)) {
            throw new APIError('BAD_REQUEST', { message: 'Invalid role', code: 'INVALID_ROLE' });
          }
          const u = user as { uiLocale?: unknown; timeZone?: unknown };
          const uiLocale = u.uiLocale === 'ru' || u.uiLocale === 'en' ? u.uiLocale : 'kk';
          const timeZone = typeof u.timeZone === 'string' && isValidTimeZone(u.timeZone) ? u.timeZone : 'Asia/Almaty';
          return { data: { ...user, role, uiLocale, timeZone } };
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
