// What the load tools share (bench:review, bench:study, test:crash, the two-server test): a
// fresh database on the store asked for, the production build, production servers started
// and stopped, learners signed up through the real auth endpoint.
//   --database URL: a SQLite file: URL (the file is replaced), or a PostgreSQL URL whose server
//   gets a scratch database of its own for the run (dropped afterwards); default SQLite.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { openSync } from 'node:fs';
import { parseDatabaseUrl, redactedDatabaseUrl } from '../../server/store/database-url';
import { createScratchDatabase } from '../../server/store/postgres/scratch';
import { freshDatabase } from '../db/fresh-database';

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function numberArg(name: string, fallback: number): number {
  const v = Number(argValue(name));
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

export interface RunDatabase {
  url: string;
  kind: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

/** An empty database for one run, migrated and seeded with the essay deck. */
export async function prepareDatabase(requested: string | undefined, sqliteDefault: string, quiet: boolean): Promise<RunDatabase> {
  const target = parseDatabaseUrl(requested ?? sqliteDefault);
  let db: RunDatabase;
  if (target.kind === 'postgres') {
    const scratch = await createScratchDatabase(target.url, 'jatta_run');
    db = { url: scratch.url, kind: 'postgres', drop: () => scratch.drop() };
  } else {
    await freshDatabase(target.url);
    db = { url: target.url, kind: 'sqlite', drop: async () => {} };
  }
  const env = { ...process.env, DATABASE_URL: db.url };
  run('npm run --silent db:migrate', env, quiet);
  run('npm run --silent db:seed', env, quiet);
  return db;
}

export function describeDatabase(db: RunDatabase): string {
  return `${db.kind} (${redactedDatabaseUrl(db.url)})`;
}

export function run(cmd: string, env: NodeJS.ProcessEnv, quiet: boolean): void {
  execSync(cmd, { stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env });
}

/** The production build, unless BENCH_SKIP_BUILD=1 says the last one is current. */
export function buildOnce(quiet: boolean, log: (s: string) => void): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  log('· building the app (BENCH_SKIP_BUILD=1 reuses the last build)');
  run('npm run --silent build', process.env, quiet);
}

export interface RunningServer {
  port: number;
  base: string;
  process: ChildProcess;
  /** SIGKILL, no goodbye: what a crash looks like. */
  kill(): void;
  stop(): Promise<void>;
  exited: Promise<number | null>;
}

export interface ServerOptions {
  databaseUrl: string;
  port: number;
  secret: string;
  /** file to append the server's output to */
  logFile?: string;
  extraEnv?: Record<string, string>;
  nodeArgs?: string[];
}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const out = o.logFile ? openSync(o.logFile, 'a') : 'ignore';
  const child = spawn('node', [...(o.nodeArgs ?? []), 'dist/server.mjs'], {
    env: {
      ...process.env, DATABASE_URL: o.databaseUrl, AUTH_RATE_LIMIT: 'off', REVIEW_RATE_LIMIT: 'off', NODE_ENV: 'production', PORT: String(o.port),
      BETTER_AUTH_SECRET: o.secret, ...o.extraEnv,
    },
    stdio: ['ignore', out, out],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const signal = (s: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, s);
    } catch {
      // already gone
    }
  };
  process.once('exit', () => signal('SIGKILL'));
  const base = `http://localhost:${o.port}`;
  const server: RunningServer = {
    port: o.port,
    base,
    process: child,
    exited,
    kill: () => signal('SIGKILL'),
    async stop() {
      signal('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 8_000))]);
      signal('SIGKILL');
    },
  };
  await waitUntilUp(base, 90_000, exited);
  return server;
}

async function waitUntilUp(base: string, ms: number, exited: Promise<number | null>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const until = Date.now() + ms;
  while (Date.now() < until && !gone) {
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(gone ? `the server for ${base} exited while starting` : `server did not start at ${base}`);
}

/** Signs up one learner through the auth API; returns the session cookie header. */
export async function signUp(base: string, label: string): Promise<string> {
  const send = () => fetch(`${base}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ name: `bench ${label}`, email: `bench-${label}-${randomUUID().slice(0, 6)}@example.test`, password: `pw-${randomUUID()}` }),
  });
  // A benchmark that just wrote its data through better-sqlite3 (synchronous) held its own event
  // loop, so fetch may reuse a keep-alive socket the server closed meanwhile ("other side
  // closed", or EPIPE when the close comes while the body is written): the request never reached
  // the server, and one more try on a new socket is safe.
  const res = await send().catch((e: unknown) => {
    const code = (e as { cause?: { code?: string } }).cause?.code;
    if (code === 'UND_ERR_SOCKET' || code === 'EPIPE') return send();
    throw e;
  });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-01';
