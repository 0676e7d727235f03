// The one place that reads process.env. Everything has a default that works on a fresh
// machine, so `npm start` needs no .env file.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseTrustedProxies, type ProxyTrust } from './http/client-address';
import { DatabaseUrlError, DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from './store/database-url';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** file:./path.db (SQLite, the default) or postgresql://… (PostgreSQL). */
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  /** Connections each app server keeps open to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Port the production server (`npm start`) listens on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface it listens on; all interfaces when unset. */
  HOST: z.string().min(1).optional(),
  /** Public origin of the app, e.g. https://jatta.example.kz. Inferred from requests when unset. */
  APP_URL: z.string().url().optional(),
  /** Secret that signs session cookies; generated once into .data/ when unset. */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** Rate-limit sign-in and sign-up attempts (turn off only for load tests). */
  AUTH_RATE_LIMIT: z
    .enum(['on', 'off'])
    .default('on')
    .transform((v) => v === 'on'),
  /** Limit how fast one learner's ratings are taken (server/limits/review-rate.ts; off only for load tests). */
  REVIEW_RATE_LIMIT: z
    .enum(['on', 'off'])
    .default('on')
    .transform((v) => v === 'on'),
  /** Megabytes of synthesised speech kept in the database; the least recently used go first past it. */
  SPEECH_CACHE_MB: z.coerce.number().int().min(1).max(1_000_000).default(1024),
  /** How long a review's client clock may run ahead of the server's. */
  REVIEW_CLOCK_SKEW_MS: z.coerce.number().int().min(0).default(5 * 60_000),
  /**
   * Proxies in front of the app whose X-Forwarded-For is believed: IP addresses or CIDR
   * ranges, comma-separated. Unset: the client is whoever opened the connection.
   */
  TRUSTED_PROXIES: z.string().default('').refine((v) => {
    try {
      parseTrustedProxies(v);
      return true;
    } catch {
      return false;
    }
  }, 'TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated'),
  /** Or: how many proxies always stand in front of the app (each adds one X-Forwarded-For entry). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Where `next build` wrote its output (next.config.js reads the same variable). */
  NEXT_DIST_DIR: z.string().min(1).default('.next'),
  /** How long a client may take to send a whole request (the headers get at most 10 s of it). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** Threads a scheduler fit trains on (docs/decisions/028); 1 leaves the other cores to the event loop. */
  FIT_THREADS: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Whether `npm start` runs learners' scheduler fits. `off` on web servers when `npm run
   * fit-jobs` runs them on a machine of its own (docs/decisions/028); requests still queue them.
   */
  FIT_JOBS: z
    .enum(['on', 'off'])
    .default('on')
    .transform((v) => v === 'on'),
  /**
   * Where mail goes (password resets): smtp://user:password@host:587 or smtps://…:465 (the
   * mail server), or file:./dir (each mail written there as JSON: for tests and trying it out).
   * Unset: no mail, so no password reset by email. Needs APP_URL too (the link in the mail).
   */
  MAIL_URL: z.string().regex(/^(smtps?:\/\/.+|file:.+)$/, 'MAIL_URL must be smtp://…, smtps://… or file:./dir').optional(),
  /** The sender of that mail, e.g. "Jatta <no-reply@jatta.example.kz>". */
  MAIL_FROM: z.string().min(3).optional(),
});

export type Env = z.infer<typeof schema> & { BETTER_AUTH_SECRET: string; database: DatabaseTarget; proxyTrust: ProxyTrust };

function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  let database: DatabaseTarget;
  try {
    database = parseDatabaseUrl(parsed.data.DATABASE_URL);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new Error(`Invalid environment:\n  DATABASE_URL: ${error.message}`);
    throw error;
  }
  // Several servers on one PostgreSQL must share one secret: a generated one is per machine.
  if (database.kind === 'postgres' && !parsed.data.BETTER_AUTH_SECRET && parsed.data.NODE_ENV === 'production') {
    console.warn('BETTER_AUTH_SECRET is not set: sessions signed by this server are not valid on other servers.');
  }
  const secretDir = database.kind === 'sqlite' ? path.dirname(path.resolve(/*turbopackIgnore: true*/ database.file)) : path.resolve(/*turbopackIgnore: true*/ '.data');
  const secret = parsed.data.BETTER_AUTH_SECRET ?? loadOrCreateSecret(secretDir);
  if (parsed.data.TRUSTED_PROXIES && parsed.data.TRUSTED_PROXY_HOPS) throw new Error('Invalid environment: set TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both');
  const proxyTrust = { proxies: parseTrustedProxies(parsed.data.TRUSTED_PROXIES), hops: parsed.data.TRUSTED_PROXY_HOPS };
  return { ...parsed.data, BETTER_AUTH_SECRET: secret, database, proxyTrust };
}

export const env: Env = load();

/**
 * The environment of a fit's process (docs/decisions/028): this one's, and the width of the
 * rayon thread pool that fsrs-rs, its optimiser, starts.
 */
export function fitProcessEnv(): NodeJS.ProcessEnv {
  return { ...process.env, RAYON_NUM_THREADS: String(env.FIT_THREADS) };
}
