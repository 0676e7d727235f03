// npm run bench:progress [-- --json] [--logs N] [--learners N]
// Fills a fresh SQLite database with a year of synthetic study history (1,000 learners in
// 25 classes of 40, one million review logs with matching CardProgress and the StudyDay
// rollup), then measures the server time of the learner and class progress use cases and
// the p99 of submitReview with 10k and with all logs in the table.
// Readable lines first; the last stdout line is one JSON object with the figures.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrateSqlite } from '../server/store/sqlite/migrate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const TOTAL_LOGS = arg('logs', 1_000_000);
const LEARNERS = arg('learners', 1000);
const CLASS_SIZE = 40;
const CLASSES = Math.ceil(LEARNERS / CLASS_SIZE);
const EARLY_LOGS = 10_000;
const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-27T09:00:00Z');
const dbFile = '.data/bench-progress.db';

for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
migrateSqlite(dbFile, path.resolve('prisma/migrations'));
process.env.DATABASE_URL = `file:./${dbFile}`;
process.env.BETTER_AUTH_SECRET ??= 'bench-secret-bench-secret-bench-secret-0';

const { openConnection, sqliteDate } = await import('../server/store/sqlite/connection');
const { submitReview } = await import('../server/reviews/submit-review');
const { store } = await import('../server/store');
const { getLearnerProgress } = await import('../server/progress/get-learner-progress');
const { getClassProgress } = await import('../server/progress/get-class-progress');

const db = openConnection(dbFile);
const out = (s: string) => console.log(s);

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
const insUser = db.prepare(`INSERT INTO user (id, name, email, role, timeZone, dayStartHour, createdAt, updatedAt)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
const insDeck = db.prepare(`INSERT INTO Deck (id, ownerId, title, visibility, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`);
const insNote = db.prepare(`INSERT INTO Note (id, deckId, kind, kk, headword, ru, en, sortOrder, createdAt, updatedAt)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const insCard = db.prepare(`INSERT INTO Card (id, noteId, deckId, type, sortOrder, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`);
const insClass = db.prepare(`INSERT INTO Class (id, teacherId, name, joinCode, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`);
const insMember = db.prepare(`INSERT INTO ClassMember (classId, userId, joinedAt) VALUES (?, ?, ?)`);
const insAssign = db.prepare(`INSERT INTO DeckAssignment (classId, deckId, assignedAt) VALUES (?, ?, ?)`);
const created = sqliteDate(new Date(NOW.getTime() - 400 * DAY_MS));

interface BenchCard { id: string; deckId: string; noteId: string; recognition: boolean }
function makeDeck(id: string, ownerId: string | null, words: number, sentences: number): BenchCard[] {
  insDeck.run(id, ownerId, `Deck ${id}`, ownerId ? 'private' : 'public', created, created);
  const cards: BenchCard[] = [];
  for (let i = 0; i < words + sentences; i++) {
    const noteId = `${id}-n${i}`;
    const word = i < words;
    insNote.run(noteId, id, word ? 'word' : 'sentence', `сөз${i}`, word ? `сөз${i}` : null, `слово ${i}`, `word ${i}`, i, created, created);
    for (const type of word ? ['recognition', 'production'] : ['sentence']) {
      const cardId = `${noteId}-${type}`;
      insCard.run(cardId, noteId, id, type, i, created, created);
      cards.push({ id: cardId, deckId: id, noteId, recognition: type === 'recognition' });
    }
  }
  return cards;
}

const learners: { id: string; zone: string; classIdx: number }[] = [];
const classDecks: BenchCard[][] = [];
let essay: BenchCard[] = [];
db.transaction(() => {
  essay = makeDeck('essay', null, 600, 150);
  for (let c = 0; c < CLASSES; c++) {
    const teacher = `teacher-${c}`;
    insUser.run(teacher, `Teacher ${c}`, `${teacher}@bench.test`, 'teacher', 'Asia/Almaty', 4, created, created);
    insClass.run(`class-${c}`, teacher, `Class ${c}`, `JOIN-${c}`, created, created);
    classDecks.push(makeDeck(`deck-${c}`, teacher, 200, 0));
    insAssign.run(`class-${c}`, `deck-${c}`, created);
  }
  for (let i = 0; i < LEARNERS; i++) {
    const id = `learner-${i}`;
    const zone = pick(zones);
    insUser.run(id, `Learner ${String(i).padStart(4, '0')}`, `${id}@bench.test`, 'learner', zone, 4, created, created);
    const classIdx = Math.floor(i / CLASS_SIZE);
    insMember.run(`class-${classIdx}`, id, created);
    learners.push({ id, zone, classIdx });
  }
})();

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

const insLog = db.prepare(`INSERT INTO ReviewLog (id, userId, cardId, deckId, rating, stateBefore, stateAfter, dueBefore, dueAfter,
  stabilityAfter, difficultyAfter, elapsedDays, scheduledDays, reviewedAt, serverAt, durationMs, tzOffsetMin, previous, undone)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 5, ?, ?, ?, ?, ?, 300, NULL, 0)`);
const insProgress = db.prepare(`INSERT INTO CardProgress (userId, cardId, deckId, noteId, state, due, stability, difficulty, scheduledDays,
  learningSteps, reps, lapses, lastReview, suspended, leech, firstSeenAt, updatedAt)
  VALUES (?, ?, ?, ?, ?, ?, ?, 5, ?, 0, ?, ?, ?, 0, 0, ?, ?)`);

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
  for (const g of sim.logs) {
    const at = sqliteDate(new Date(g.at));
    insLog.run(g.id, g.userId, g.cardId, g.deckId, g.rating, g.stateBefore, g.stateAfter, g.dueBefore === null ? null : sqliteDate(new Date(g.dueBefore)),
      sqliteDate(new Date(g.dueAfter)), g.stability, g.elapsed, g.scheduled, at, at, g.duration);
  }
  for (const c of sim.cards) {
    if (c.reps === 0) continue;
    insProgress.run(userId, c.card.id, c.card.deckId, c.card.noteId, c.state, sqliteDate(new Date(c.due)), c.stability, c.interval, c.reps, c.lapses,
      sqliteDate(new Date(c.last)), sqliteDate(new Date(c.first)), sqliteDate(new Date(c.last)));
  }
}

// Learners whose history goes in before the first submitReview measurement (about 10k logs).
// A little above the total, since some learners run out of cards: the fill stops at TOTAL_LOGS.
const targets = weights.map((w) => Math.max(1, Math.round((w / weightSum) * TOTAL_LOGS * 1.05)));
let early = 0;
let split = 0;
while (split < LEARNERS && early + targets[split]! <= EARLY_LOGS) early += targets[split++]!;

function fill(from: number, to: number) {
  const BATCH = 25;
  for (let i = from; i < to; i += BATCH) {
    db.transaction(() => {
      for (let j = i; j < Math.min(to, i + BATCH); j++) writeLearner(learners[j]!.id, simulate(j, targets[j]!));
    })();
  }
}

// ───────────── submitReview with a small and a large log ─────────────
const benchUsers = Array.from({ length: 20 }, (_, i) => `reviewer-${i}`);
db.transaction(() => {
  for (const id of benchUsers) insUser.run(id, id, `${id}@bench.test`, 'learner', 'Asia/Almaty', 4, created, created);
})();
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
const count = () => (db.prepare('SELECT count(*) AS n FROM ReviewLog').get() as { n: number }).n;

fill(0, split);
// As in the production server (server/main.ts): the store's background work runs.
await store().start();
await measureSubmit(300); // warm up
const small = await measureSubmit(3_000);
const smallLogs = count();
out(`submitReview with ${smallLogs} logs: p50 ${ms(small.p50)}, p99 ${ms(small.p99)}`);

const tFill = performance.now();
fill(split, LEARNERS);
const totalLogs = count();
out(`generated ${totalLogs} review logs for ${LEARNERS} learners in ${CLASSES} classes in ${((performance.now() - tFill) / 1000).toFixed(1)} s`);
const tRebuild = performance.now();
const rebuilt = await store().rollups.rebuildStudyDays();
out(`rebuilt the StudyDay rollup (${rebuilt.days} learner-days) in ${((performance.now() - tRebuild) / 1000).toFixed(1)} s`);
db.pragma('optimize');

await measureSubmit(300);
const large = await measureSubmit(3_000);
out(`submitReview with ${count()} logs: p50 ${ms(large.p50)}, p99 ${ms(large.p99)}`);

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
db.close();
