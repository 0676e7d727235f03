// The servers npm run test:security attacks: a fresh database with the essay deck, the
// production build (reused when it is newer than every source file, as after the e2e run
// of `npm test`; built otherwise), and two production servers on that one database:
//   a — reached directly: it trusts no proxy, so X-Forwarded-For from a client means nothing;
//   b — configured to sit behind a proxy on this machine (TRUSTED_PROXIES=loopback), so the
//       tests can speak as many client addresses through it.
// Two servers on one database also show that limits and sign-outs hold across servers.
// SECURITY_PORT (default 3190) and the next port are used.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.SECURITY_PORT ?? 3190);
const dbFile = `.data/security-${port}.db`;

declare module 'vitest' {
  export interface ProvidedContext {
    servers: { a: string; b: string; dbFile: string; secret: string; requestTimeoutMs: number };
  }
}

const BUILD_INPUTS = ['app', 'bin', 'components', 'server', 'lib', 'i18n', 'messages', 'proxy.ts', 'next.config.js', 'package-lock.json', 'scripts/build-server.mjs', 'tsconfig.json', 'postcss.config.mjs'];

function newestMtime(p: string): number {
  const full = path.join(root, p);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  if (p === 'server/generated') return 0;
  return Math.max(0, ...readdirSync(full).map((f) => newestMtime(path.join(p, f))));
}

function buildIsFresh(): boolean {
  const outputs = ['dist/server.mjs', '.next/BUILD_ID'].map((f) => path.join(root, f));
  if (!outputs.every((f) => existsSync(f))) return false;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return BUILD_INPUTS.every((p) => newestMtime(p) < built);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

async function waitForHealth(base: string, child: ChildProcess, log: string) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server ${base} exited with ${child.exitCode}; see ${log}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server ${base} did not start; see ${log}`);
}

export default async function setup(project: TestProject) {
  mkdirSync(path.join(root, '.data'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path.join(root, dbFile + suffix), { force: true });
  const secret = 'security-test-secret-security-test-secret';
  const requestTimeoutMs = 3_000;
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:./${dbFile}`, BETTER_AUTH_SECRET: secret };
  run('npm', ['run', '--silent', 'db:migrate'], env);
  run('npm', ['run', '--silent', 'db:seed'], env);
  if (process.env.SECURITY_SKIP_BUILD !== '1' && !buildIsFresh()) {
    console.log('test:security: building the production server (npm run build)…');
    run('npm', ['run', '--silent', 'build'], env);
  }

  const servers: ChildProcess[] = [];
  const start = async (name: 'a' | 'b', p: number, extra: Record<string, string>) => {
    const log = path.join(root, `.data/security-${port}-${name}.log`);
    const out = openSync(log, 'w');
    const child = spawn('node', ['dist/server.mjs'], {
      cwd: root,
      env: { ...env, NODE_ENV: 'production', PORT: String(p), HOST: '127.0.0.1', AUTH_RATE_LIMIT: 'on', REQUEST_TIMEOUT_MS: String(requestTimeoutMs), ...extra },
      stdio: ['ignore', out, out],
    });
    servers.push(child);
    const base = `http://127.0.0.1:${p}`;
    await waitForHealth(base, child, log);
    return base;
  };
  const [a, b] = await Promise.all([start('a', port, {}), start('b', port + 1, { TRUSTED_PROXIES: '127.0.0.1', SPEECH_CACHE_MB: '1' })]);
  project.provide('servers', { a, b, dbFile: path.join(root, dbFile), secret, requestTimeoutMs });

  return async () => {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => {
      if (s.exitCode !== null) return resolve();
      s.once('exit', () => resolve());
      s.kill('SIGTERM');
    })));
  };
}
