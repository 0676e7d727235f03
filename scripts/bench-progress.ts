// npm run bench:progress [-- --json] [--logs N] [--learners N] [--database URL]
// Fills a fresh database (SQLite, or a scratch database on the PostgreSQL server of
// --database) with a year of synthetic study history (1,000 learners in
// 25 classes of 40, one million review logs with matching CardProgress and the StudyDay
// rollup), then measures the server time of the learner and class progress use cases and
// the p99 of submitReview with 10k and with all logs in the table.
// Readable lines first; the last stdout line is one JSON object with the figures.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import Database from 'better-sqlite3';
import { argValue, numberArg as arg, prepareDatabase } from './bench/harness';
import { parseDatabaseUrl } from '../server/store/database-url';

const TOTAL_LOGS = arg('logs', 1_000_000);
const LEARNERS = arg('learners', 1000);
const CLASS_SIZE = 40;
const CLASSES = Math.ceil(LEARNERS / CLASS_SIZE);
const EARLY_LOGS = 10_000;
const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-27T09:00:00Z');
const json = process.argv.includes('--json');

const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-progress.db', true);
// The essay deck the seed wrote is not part of this history: the bench makes its own decks.
process.env.DATABASE_URL = database.url;
process.env.BETTER_AUTH_SECRET ??= 'bench-secret-bench-secret-bench-secret-0';

const { submitReview } = await import('../server/reviews/submit-review');
const { store } = await import('../server/store');
const { getLearnerProgress } = await import('../server/progress/get-learner-progress');
const { getClassProgress } = await import('../server/progress/get-class-progress');

/** Bulk rows for the fill, in batches: prepared statements on SQLite, multi-row INSERTs on PostgreSQL. */
interface Bulk {
  insert(table: string, columns: string[], row: unknown[]): void;
  flush(): Promise<void>;
  count(table: string): Promise<number>;
  optimize(): Promise<void>;
  close(): Promise<void>;
}

function sqliteBulk(file: string): Bulk {
  const db = new Database(file, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  const statements = new Map<string, Database.Statement>();
  let rows: { key: string; values: unknown[] }[] = [];
  const value = (v: unknown) => (v instanceof Date ? v.toISOString().replace('Z', '+00:00') : typeof v === 'boolean' ? Number(v) : v);
  const write = db.transaction((batch: typeof rows) => {
    for (const r of batch) statements.get(r.key)!.run(...r.values.map(value));
  });
  return {
    insert(table, columns, row) {
      const key = `${table}|${columns.join(',')}`;
      if (!statements.has(key)) statements.set(key, db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`));
      rows.push({ key, values: row });
    },
    async flush() {
      write(rows);
      rows = [];
    },
    async count(table) {
      return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    },
    async optimize() {
      db.pragma('optimize');
    },
    async close() {
      db.close();
    },
  };
}

function postgresBulk(url: string): Bulk {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const buffers = new Map<string, { table: string; columns: string[]; rows: unknown[][] }>();
  const value = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  return {
    insert(table, columns, row) {
      const key = `${table}|${columns.join(',')}`;
      let b = buffers.get(key);
      if (!b) buffers.set(key, (b = { table, columns, rows: [] }));
      b.rows.push(row.map(value));
    },
    async flush() {
      // Parents before children.
      const order = ['user', 'Deck', 'Note', 'Card', 'Class', 'ClassMember', 'DeckAssignment', 'CardProgress', 'ReviewLog'];
      for (const b of [...buffers.values()].sort((x, y) => order.indexOf(x.table) - order.indexOf(y.table))) {
        const per = Math.floor(60_000 / b.columns.length);
        for (let i = 0; i < b.rows.length; i += per) {
          const chunk = b.rows.slice(i, i + per);
          const values = chunk.map((r, j) => `(${r.map((_, k) => `$${j * b.columns.length + k + 1}`).join(', ')})`).join(', ');
          await pool.query(`INSERT INTO "${b.table}" (${b.columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`, chunk.flat());
        }
        b.rows = [];
      }
    },
    async count(table) {
      return Number((await pool.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    },
    async optimize() {
      await pool.query('ANALYZE');
    },
    async close() {
      await pool.end();
    },
  };
}

const target = parseDatabaseUrl(database.url);
const bulk = target.kind === 'sqlite' ? sqliteBulk(target.file) : postgresBulk(target.url);
const out = (s: string) => (json ? console.error(s) : console.log(s));

// A small deterministic generator, so runs are comparable.
let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// ───────────── content and people ─────────────
const t0 = performance.now();
const zones = ['Asia/Almaty', 'Asia/Almaty', 'Asia/Almaty', 'Europe/Moscow', 'America/New_York', 'Asia/Tokyo', 'Europe/Berlin'];
const created = new Date(NOW.getTime() - 400 * DAY_MS);
const insUser = (id: string, name: string, email: string, role: string, timeZone: string, dayStartHour: number) =>
  bulk.insert('user', ['id', 'name', 'email', 'role', 'timeZone', 'dayStartHour', 'createdAt', 'updatedAt'], [id, name, email, role, timeZone, dayStartHour, created, created]);
const insDeck = (id: string, ownerId: string | null, title: string, visibility: string) =>
  bulk.insert('Deck', ['id', 'ownerId', 'title', 'visibility', 'createdAt', 'updatedAt'], [id, ownerId, title, visibility, created, created]);
const insNote = (id: string, deckId: string, kind: string, kk: string, headword: string | null, ru: string, en: string, sortOrder: number) =>
  bulk.insert('Note', ['id', 'deckId', 'kind', 'kk', 'headword', 'ru', 'en', 'sortOrder', 'createdAt', 'updatedAt'], [id, deckId, kind, kk, headword, ru, en, sortOrder, created, created]);
const insCard = (id: string, noteId: string, deckId: string, type: string, sortOrder: number) =>
  bulk.insert('Card', ['id', 'noteId', 'deckId', 'type', 'sortOrder', 'createdAt', 'updatedAt'], [id, noteId, deckId, type, sortOrder, created, created]);
const insClass = (id: string, teacherId: string, name: string, joinCode: string) =>
  bulk.insert('Class', ['id', 'teacherId', 'name', 'joinCode', 'createdAt', 'updatedAt'], [id, teacherId, name, joinCode, created, created]);
const insMember = (classId: string, userId: string) => bulk.insert('ClassMember', ['classId', 'userId', 'joinedAt'], [classId, userId, created]);
const insAssign = (classId: string, deckId: string) => bulk.insert('DeckAssignment', ['classId', 'deckId', 'assignedAt'], [classId, deckId, created]);

interface BenchCard { id: string; deckId: string; noteId: string; recognition: boolean }
function makeDeck(id: string, ownerId: string | null, words: number, sentences: number): BenchCard[] {
  insDeck(id, ownerId, `Deck ${id}`, ownerId ? 'private' : 'public');
  const cards: BenchCard[] = [];
  for (let i = 0; i < words + sentences; i++) {
    const noteId = `${id}-n${i}`;
    const word = i < words;
    insNote(noteId, id, word ? 'word' : 'sentence', `сөз${i}`, word ? `сөз${i}` : null, `слово ${i}`, `word ${i}`, i);
    for (const type of word ? ['recognition', 'production'] : ['sentence']) {
      const cardId = `${noteId}-${type}`;
      insCard(cardId, noteId, id, type, i);
      cards.push({ id: cardId, deckId: id, noteId, recognition: type === 'recognition' });
    }
  }
  return cards;
}

const learners: { id: string; zone: string; classIdx: number }[] = [];
const classDecks: BenchCard[][] = [];
let essay: BenchCard[] = [];
{
  essay = makeDeck('bench-essay', null, 600, 150);
  for (let c = 0; c < CLASSES; c++) {
    const teacher = `teacher-${c}`;
    insUser(teacher, `Teacher ${c}`, `${teacher}@bench.test`, 'teacher', 'Asia/Almaty', 4);
    insClass(`class-${c}`, teacher, `Class ${c}`, `JOIN-${c}`);
    classDecks.push(makeDeck(`deck-${c}`, teacher, 200, 0));
    insAssign(`class-${c}`, `deck-${c}`);
  }
  for (let i = 0; i < LEARNERS; i++) {
    const id = `learner-${i}`;
    const zone = pick(zones);
    insUser(id, `Learner ${String(i).padStart(4, '0')}`, `${id}@bench.test`, 'learner', zone, 4);
    const classIdx = Math.floor(i / CLASS_SIZE);
    insMember(`class-${classIdx}`, id);
    learners.push({ id, zone, classIdx });
  }
}
await bulk.flush();

// ───────────── a year of reviews, simulated per learner ─────────────
// Each learner starts on some day of the year, studies on a share of days, reviews what is
// due and introduces new cards; a pass multiplies the interval, a lapse resets it.
interface SimCard { card: BenchCard; state: number; stability: number; interval: number; due: number; reps: number; lapses: number; last: number; first: number }
interface Log { id: string; userId: string; cardId: string; deckId: string; rating: number; stateBefore: number; stateAfter: number; dueBefore: number | null; dueAfter: number; stability: number; elapsed: number; scheduled: number; at: number; duration: number }

const weights = learners.map(() => Math.exp(rand() * 2.5)); // some learners study far more than others
const weightSum = weights.reduce((a, b) => a + b, 0);
const yearStart = NOW.getTime() - 365 * DAY_MS;

function simulate(learnerIdx: number, target: number): { logs: Log[]; cards: SimCard[] } {
  const l = learners[learnerIdx]!;
  // New cards come from the essay deck and the class's assigned deck in turn.
  const own = classDecks[l.classIdx]!;
  const deckCards = essay.flatMap((c, i) => (i < own.length ? [c, own[i]!] : [c]));
  const startDay = Math.floor(rand() * 200);
  const diligence = 0.35 + rand() * 0.6;
  const studyDays: number[] = [];
  for (let d = startDay; d < 365; d++) if (rand() < diligence) studyDays.push(d);
  if (studyDays.length === 0) studyDays.push(364);
  const perDay = Math.max(1, Math.round(target / studyDays.length));
  const cards: SimCard[] = [];
  const logs: Log[] = [];
  let nextNew = Math.floor(rand() * 100);
  for (const d of studyDays) {
    if (logs.length >= target) break;
    const dayStart = yearStart + d * DAY_MS + (2 + rand() * 12) * 3_600_000;
    let t = dayStart;
    const due = cards.filter((c) => c.due <= dayStart + DAY_MS / 2).sort((a, b) => a.due - b.due);
    const todays: SimCard[] = due.slice(0, perDay);
    while (todays.length < perDay && cards.length < deckCards.length) {
      const card = deckCards[(nextNew++) % deckCards.length]!;
      if (cards.some((c) => c.card.id === card.id)) break;
      const c: SimCard = { card, state: 0, stability: 0, interval: 0, due: t, reps: 0, lapses: 0, last: 0, first: t };
      cards.push(c);
      todays.push(c);
    }
    for (const c of todays) {
      if (logs.length >= target) break;
      t += 4_000 + rand() * 20_000;
      const pass = rand() < (c.state === 2 ? (c.interval >= 21 ? 0.92 : 0.86) : 0.75);
      const rating = pass ? (rand() < 0.15 ? 4 : rand() < 0.1 ? 2 : 3) : 1;
      const stateBefore = c.state;
      const dueBefore = c.reps > 0 ? c.due : null;
      const elapsed = c.reps > 0 ? (t - c.last) / DAY_MS : 0;
      if (pass) {
        c.stability = c.stability === 0 ? 2 : c.stability * (2 + rand());
        c.state = 2;
      } else {
        if (c.state === 2) c.lapses += 1;
        c.stability = Math.max(0.5, c.stability * 0.3);
        c.state = c.state === 0 ? 1 : c.state === 2 ? 3 : c.state;
      }
      c.interval = c.state === 2 ? Math.max(1, Math.round(c.stability)) : 0;
      c.due = c.state === 2 ? t + c.interval * DAY_MS : t + 10 * 60_000;
      c.reps += 1;
      c.last = t;
      logs.push({
        id: randomUUID(), userId: l.id, cardId: c.card.id, deckId: c.card.deckId, rating, stateBefore, stateAfter: c.state,
        dueBefore, dueAfter: c.due, stability: c.stability, elapsed, scheduled: c.interval, at: t, duration: Math.round(t % 20_000),
      });
    }
  }
  return { logs, cards };
}

const LOG_COLUMNS = ['id', 'userId', 'cardId', 'deckId', 'rating', 'stateBefore', 'stateAfter', 'dueBefore', 'dueAfter', 'stabilityAfter',
  'difficultyAfter', 'elapsedDays', 'scheduledDays', 'reviewedAt', 'serverAt', 'durationMs', 'tzOffsetMin', 'undone', 'repsAfter', 'lapsesAfter'];
const PROGRESS_COLUMNS = ['userId', 'cardId', 'deckId', 'noteId', 'state', 'due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps',
  'reps', 'lapses', 'lastReview', 'suspended', 'leech', 'firstSeenAt', 'updatedAt'];

let generated = 0;
function writeLearner(userId: string, sim: { logs: Log[]; cards: SimCard[] }) {
  if (generated + sim.logs.length > TOTAL_LOGS) {
    // Keep exactly TOTAL_LOGS: cut this learner's history short, progress as it then stood.
    const keep = Math.max(0, TOTAL_LOGS - generated);
    const lastAt = sim.logs[keep - 1]?.at ?? -Infinity;
    sim = { logs: sim.logs.slice(0, keep), cards: sim.cards.filter((c) => c.first <= lastAt) };
    // Cards reviewed after the cut keep their state at the cut: recompute from the kept logs.
    const last = new Map<string, Log>();
    const reps = new Map<string, { reps: number; lapses: number }>();
    for (const g of sim.logs) {
      last.set(g.cardId, g);
      const r = reps.get(g.cardId) ?? { reps: 0, lapses: 0 };
      r.reps += 1;
      if (g.stateBefore === 2 && g.rating === 1) r.lapses += 1;
      reps.set(g.cardId, r);
    }
    sim.cards = sim.cards.filter((c) => last.has(c.card.id)).map((c) => {
      const g = last.get(c.card.id)!;
      const r = reps.get(c.card.id)!;
      return { ...c, state: g.stateAfter, stability: g.stability, interval: g.scheduled, due: g.dueAfter, reps: r.reps, lapses: r.lapses, last: g.at };
    });
  }
  generated += sim.logs.length;
  const repsSoFar = new Map<string, number>();
  for (const g of sim.logs) {
    const at = new Date(g.at);
    const reps = (repsSoFar.get(g.cardId) ?? 0) + 1;
    repsSoFar.set(g.cardId, reps);
    bulk.insert('ReviewLog', LOG_COLUMNS, [g.id, g.userId, g.cardId, g.deckId, g.rating, g.stateBefore, g.stateAfter, g.dueBefore === null ? null : new Date(g.dueBefore),
      new Date(g.dueAfter), g.stability, 5, g.elapsed, g.scheduled, at, at, g.duration, 300, false, reps, 0]);
  }
  for (const c of sim.cards) {
    if (c.reps === 0) continue;
    bulk.insert('CardProgress', PROGRESS_COLUMNS, [userId, c.card.id, c.card.deckId, c.card.noteId, c.state, new Date(c.due), c.stability, 5, c.interval, 0, c.reps, c.lapses,
      new Date(c.last), false, false, new Date(c.first), new Date(c.last)]);
  }
}

// Learners whose history goes in before the first submitReview measurement (about 10k logs).
// A little above the total, since some learners run out of cards: the fill stops at TOTAL_LOGS.
const targets = weights.map((w) => Math.max(1, Math.round((w / weightSum) * TOTAL_LOGS * 1.05)));
let early = 0;
let split = 0;
while (split < LEARNERS && early + targets[split]! <= EARLY_LOGS) early += targets[split++]!;

async function fill(from: number, to: number) {
  const BATCH = 25;
  for (let i = from; i < to; i += BATCH) {
    for (let j = i; j < Math.min(to, i + BATCH); j++) writeLearner(learners[j]!.id, simulate(j, targets[j]!));
    await bulk.flush();
  }
}

// ───────────── submitReview with a small and a large log ─────────────
const benchUsers = Array.from({ length: 20 }, (_, i) => `reviewer-${i}`);
for (const id of benchUsers) insUser(id, id, `${id}@bench.test`, 'learner', 'Asia/Almaty', 4);
await bulk.flush();
let reviewClock = NOW.getTime();
async function measureSubmit(n: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const userId = benchUsers[i % benchUsers.length]!;
    const card = pick(essay);
    reviewClock += 1_000;
    const now = new Date(reviewClock);
    const t = performance.now();
    const r = await submitReview(userId, { id: randomUUID(), cardId: card.id, rating: 1 + Math.floor(rand() * 4), reviewedAt: now.toISOString(), durationMs: 3_000 }, { now, clockSkewMs: 300_000 });
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(`submitReview failed: ${r.error}`);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
}
const ms = (x: number) => `${x.toFixed(2)} ms`;
const count = () => bulk.count('ReviewLog');

await fill(0, split);
// As in the production server (bin/server.ts): the store's background work runs.
await store().start();
await measureSubmit(300); // warm up
const small = await measureSubmit(3_000);
const smallLogs = await count();
out(`submitReview with ${smallLogs} logs: p50 ${ms(small.p50)}, p99 ${ms(small.p99)}`);

const tFill = performance.now();
await fill(split, LEARNERS);
const totalLogs = await count();
out(`generated ${totalLogs} review logs for ${LEARNERS} learners in ${CLASSES} classes in ${((performance.now() - tFill) / 1000).toFixed(1)} s`);
const tRebuild = performance.now();
const rebuilt = await store().rollups.rebuildStudyDays();
out(`rebuilt the StudyDay rollup (${rebuilt.days} learner-days) in ${((performance.now() - tRebuild) / 1000).toFixed(1)} s`);
await bulk.optimize();

await measureSubmit(300);
const large = await measureSubmit(3_000);
out(`submitReview with ${await count()} logs: p50 ${ms(large.p50)}, p99 ${ms(large.p99)}`);

// ───────────── the dashboards ─────────────
const learnerTimes: number[] = [];
for (let i = 0; i < 50; i++) await getLearnerProgress(learners[(i * 37) % LEARNERS]!.id, NOW); // warm up
for (let i = 0; i < 500; i++) {
  const id = learners[(i * 7919) % LEARNERS]!.id;
  const t = performance.now();
  const p = await getLearnerProgress(id, NOW);
  learnerTimes.push(performance.now() - t);
  if (!p) throw new Error('no learner progress');
}
const classTimes: number[] = [];
for (let i = 0; i < 5; i++) await getClassProgress(`teacher-${i}`, `class-${i}`, { now: NOW });
for (let i = 0; i < 200; i++) {
  const c = (i * 7) % CLASSES;
  const t = performance.now();
  const p = await getClassProgress(`teacher-${c}`, `class-${c}`, { now: NOW, sort: 'reviews7d', direction: 'desc' });
  classTimes.push(performance.now() - t);
  if (!p || p.students.length === 0) throw new Error('no class progress');
}
const result = {
  store: database.kind,
  logs: totalLogs,
  learnerP50Ms: +percentile(learnerTimes, 0.5).toFixed(2),
  learnerP95Ms: +percentile(learnerTimes, 0.95).toFixed(2),
  classP50Ms: +percentile(classTimes, 0.5).toFixed(2),
  classP95Ms: +percentile(classTimes, 0.95).toFixed(2),
  reviewP99MsAt10k: +small.p99.toFixed(2),
  reviewP99MsAt1M: +large.p99.toFixed(2),
  reviewLogsSmall: smallLogs,
};
out(`learner dashboard (${learnerTimes.length} calls, different learners): p50 ${ms(result.learnerP50Ms)}, p95 ${ms(result.learnerP95Ms)} (target ≤ 100 ms)`);
out(`class dashboard (${classTimes.length} calls, ${CLASS_SIZE} students): p50 ${ms(result.classP50Ms)}, p95 ${ms(result.classP95Ms)} (target ≤ 200 ms)`);
out(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(JSON.stringify(result));
await store().stop();
await bulk.close();
await database.drop();
