// Cost of the session check every page makes (server/auth/current-user.ts getCurrentUser),
// in-process on a fresh SQLite database with one signed-in user: N checks with the same
// session cookie, as one user's page views would send it.
//
//   npm run bench:session -- --json [--checks N]    (default 2,000)
//
// Last stdout line: {"checks":…,"p50Ms":…,"p99Ms":…,"meanMs":…}.
import { useTestDatabase as freshDatabase } from '../test/test-database';

const jsonOnly = process.argv.includes('--json');
const at = process.argv.indexOf('--checks');
const checks = at > 0 ? Number(process.argv[at + 1]) : 2_000;
const testDb = await freshDatabase();
const { auth } = await import('../server/auth/auth');
const { getCurrentUser } = await import('../server/auth/current-user');

const res = await auth.api.signUpEmail({ body: { name: 'bench', email: 'bench@example.test', password: 'bench-password-123' }, asResponse: true });
const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const headers = new Headers({ cookie });
if (!(await getCurrentUser(headers))) throw new Error('no session');
for (let i = 0; i < 200; i++) await getCurrentUser(headers);

const times: number[] = [];
for (let i = 0; i < checks; i++) {
  const t = performance.now();
  await getCurrentUser(headers);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const round = (n: number) => Math.round(n * 1000) / 1000;
const result = {
  checks,
  p50Ms: round(times[Math.floor(checks * 0.5)]!),
  p99Ms: round(times[Math.floor(checks * 0.99)]!),
  meanMs: round(times.reduce((a, b) => a + b, 0) / checks),
};
if (!jsonOnly) console.log(`session check: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, mean ${result.meanMs} ms over ${checks}`);
console.log(JSON.stringify(result));
await testDb.cleanup();
process.exit(0);
