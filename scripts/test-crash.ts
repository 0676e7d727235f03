// npm run test:crash -- [--database URL] [--trials N] [--rate R] [--learners N] [--json]
// Crash safety of the review path, on SQLite (default) or PostgreSQL (--database postgresql://…,
// a scratch database on that server). Each trial drives reviews at a steady rate R (default
// 300/s) from N learners (default 20), kills the server with SIGKILL at a random moment,
// starts it again and resubmits every review that got no answer, as the study page does.
// Then it checks the database: every acknowledged review is stored exactly once, every
// resubmitted one too, each card's CardProgress agrees with its review log (count, last
// state and due), and the StudyDay rollup equals the one rebuilt from the log.
// Exits non-zero on any violation; the last stdout line is one JSON object.
import http from 'node:http';
import { randomInt, randomUUID } from 'node:crypto';
import { openDb } from './open-db';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg, prepareDatabase, signUp, startServer, type RunningServer } from './bench/harness';
import { parseDatabaseUrl } from '../server/store/database-url';
import { createPostgresStore } from '../server/store/postgres';
import { createPool } from '../server/store/postgres/pool';
import { createSqliteStore } from '../server/store/sqlite';

const json = process.argv.includes('--json');
const trials = numberArg('trials', 2);
const rate = numberArg('rate', 300);
const learners = numberArg('learners', 20);
const port = numberArg('port', 3330);
const log = (s: string) => (json ? console.error(s) : console.log(s));

interface Sent { id: string; body: string; cookie: string }

function post(agent: http.Agent, base: string, sent: Sent): Promise<number> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method: 'POST', path: '/api/reviews', agent,
        headers: { 'content-type': 'application/json', cookie: sent.cookie, 'content-length': Buffer.byteLength(sent.body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(sent.body);
  });
}

async function trial(n: number, databaseUrl: string, cookies: string[], cardIds: string[], startAt: RunningServer): Promise<{ server: RunningServer; acknowledged: Set<string>; sent: Map<string, Sent>; killedAfterMs: number }> {
  let server = startAt;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const sent = new Map<string, Sent>();
  const acknowledged = new Set<string>();
  const killAfter = 1_500 + randomInt(3_000);
  const started = Date.now();
  let k = 0;
  // Steady rate until the kill; answers that never come are expected.
  await new Promise<void>((resolve) => {
    const gap = 1000 / rate;
    const tick = () => {
      const elapsed = Date.now() - started;
      while (k * gap <= elapsed) {
        k++;
        const s: Sent = {
          id: randomUUID(), cookie: cookies[k % cookies.length]!,
          body: '',
        };
        s.body = JSON.stringify({ id: s.id, cardId: cardIds[(k * 7919 + n) % cardIds.length], rating: 1 + (k % 4), reviewedAt: new Date().toISOString(), durationMs: 1000 + (k % 5000) });
        sent.set(s.id, s);
        void post(agent, server.base, s).then((status) => {
          if (status === 200 || status === 201) acknowledged.add(s.id);
        });
      }
      if (elapsed >= killAfter) {
        server.kill();
        resolve();
      } else setTimeout(tick, Math.max(1, gap));
    };
    tick();
  });
  await server.exited;
  agent.destroy();
  log(`  trial ${n}: killed after ${killAfter} ms with ${sent.size} sent, ${acknowledged.size} acknowledged`);
  server = await startServer({ databaseUrl, port, secret: BENCH_SECRET });
  // The page resends what got no answer, with the same ids, until each is answered.
  const retryAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const unanswered = [...sent.values()].filter((s) => !acknowledged.has(s.id));
  for (let i = 0; i < unanswered.length; i += 16) {
    await Promise.all(unanswered.slice(i, i + 16).map(async (s) => {
      const status = await post(retryAgent, server.base, s);
      if (status !== 200 && status !== 201) throw new Error(`resubmitted review ${s.id} answered ${status}`);
    }));
  }
  retryAgent.destroy();
  return { server, acknowledged, sent, killedAfterMs: killAfter };
}

async function main() {
  const database = await prepareDatabase(argValue('database'), 'file:./.data/test-crash.db', json);
  buildOnce(json, log);
  log(`· crash test on ${describeDatabase(database)}: ${trials} trial(s) at ${rate} reviews/s`);
  const db = openDb(database.url);
  let server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET });
  const problems: string[] = [];
  const summary = { store: database.kind, trials, acknowledged: 0, sent: 0, stored: 0, acknowledgedMissing: 0, duplicatesStored: 0, progressMismatches: 0, rollupMismatches: 0 };
  try {
    const cookies: string[] = [];
    for (let i = 0; i < learners; i++) cookies.push(await signUp(server.base, `crash-${i}`));
    const cardIds = (await db.card.findMany({ where: { deletedAt: null }, select: { id: true }, orderBy: { sortOrder: 'asc' }, take: 300 })).map((c) => c.id);
    const allSent = new Set<string>();
    for (let t = 1; t <= trials; t++) {
      const out = await trial(t, database.url, cookies, cardIds, server);
      server = out.server;
      summary.acknowledged += out.acknowledged.size;
      summary.sent += out.sent.size;
      for (const id of out.sent.keys()) allSent.add(id);
      const storedNow = new Set((await db.reviewLog.findMany({ where: { id: { in: [...out.acknowledged] } }, select: { id: true } })).map((r) => r.id));
      const missing = [...out.acknowledged].filter((id) => !storedNow.has(id));
      if (missing.length) problems.push(`trial ${t}: ${missing.length} acknowledged reviews are not stored (e.g. ${missing[0]})`);
      summary.acknowledgedMissing += missing.length;
    }
    await server.stop();

    // Everything sent was answered in the end: stored once each, and nothing else stored.
    const logs = await db.reviewLog.findMany({ select: { id: true, userId: true, cardId: true, serverAt: true, stateAfter: true, dueAfter: true, repsAfter: true } });
    summary.stored = logs.length;
    const ids = new Set(logs.map((l) => l.id));
    summary.duplicatesStored = logs.length - ids.size;
    const notStored = [...allSent].filter((id) => !ids.has(id));
    if (notStored.length) problems.push(`${notStored.length} reviews resubmitted after the crash are not stored`);
    if (logs.length !== allSent.size) problems.push(`${logs.length} reviews stored for ${allSent.size} sent`);

    // CardProgress = what the log says: as many reps as reviews, the last review's state and due.
    const byCard = new Map<string, typeof logs>();
    for (const l of logs) {
      const key = `${l.userId}|${l.cardId}`;
      byCard.set(key, [...(byCard.get(key) ?? []), l]);
    }
    const progress = await db.cardProgress.findMany({ select: { userId: true, cardId: true, reps: true, state: true, due: true } });
    if (progress.length !== byCard.size) problems.push(`${progress.length} CardProgress rows for ${byCard.size} reviewed cards`);
    for (const p of progress) {
      const list = (byCard.get(`${p.userId}|${p.cardId}`) ?? []).sort((a, b) => a.repsAfter - b.repsAfter);
      const last = list[list.length - 1];
      const ok = last && p.reps === list.length && last.repsAfter === list.length && p.state === last.stateAfter && p.due.getTime() === last.dueAfter.getTime();
      if (!ok) summary.progressMismatches++;
    }
    if (summary.progressMismatches) problems.push(`${summary.progressMismatches} CardProgress rows disagree with their log`);

    // StudyDay = the rollup rebuilt from the log.
    const days = async () => (await db.studyDay.findMany({ orderBy: [{ userId: 'asc' }, { day: 'asc' }] })).map((d) => JSON.stringify(d));
    const live = await days();
    const target = parseDatabaseUrl(database.url);
    const store = target.kind === 'sqlite' ? createSqliteStore(target.file) : createPostgresStore(createPool(target.url, { max: 2 }));
    await store.rollups.rebuildStudyDays();
    await store.stop();
    const rebuilt = await days();
    summary.rollupMismatches = Math.max(live.length, rebuilt.length) - live.filter((d, i) => d === rebuilt[i]).length;
    if (summary.rollupMismatches) problems.push(`${summary.rollupMismatches} StudyDay rows differ from the rebuilt rollup`);
  } finally {
    await server.stop();
    await db.$disconnect();
    await database.drop();
  }
  for (const p of problems) console.error(`✗ ${p}`);
  log(problems.length ? `crash test FAILED (${problems.length} problem(s))` : `crash test passed: ${summary.acknowledged} acknowledged of ${summary.sent} sent, all stored once; progress and rollups match the log`);
  console.log(JSON.stringify({ ...summary, ok: problems.length === 0 }));
  process.exit(problems.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
