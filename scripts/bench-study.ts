// npm run bench:study -- --json [--rate R] [--learners N] [--deck-cards C] [--database URL] [--seconds S]
// The study loop as learners meet it, end to end. Starts the production server on a fresh
// database (SQLite, or a scratch database on the PostgreSQL server of --database), signs in N
// learners (default 200), loads each one's study page data, then drives exactly what the study
// page does per rating (components/study/use-study-loop.ts): one POST /api/reviews carrying
// the deck, the cards the page holds and the card's review count; the answer carries the next
// step. Each learner's ratings go out one after another, as the page's outbox sends them.
// Open loop at R ratings/s (default 1,000) for S seconds (default 20) after 3 s of warm-up;
// each rating is measured from its scheduled start:
//   - next card (p50Ms, p99Ms): until the page has its next card to show: at once when it still
//     holds one, else when an answer brings one (what the learner waits for);
//   - answer (answerP50Ms, answerP99Ms): until the server's answer arrives.
// --deck-cards C studies a generated deck of C cards instead of the essay deck (1,714 cards).
// Each learner starts with a backlog of --due D reviews due (default 150, cards spread over
// the deck) besides the day's 20 new cards: enough to rate for the whole run, as a learner
// coming back after a few days would.
// Then it checks the database. Last stdout line: one JSON object.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { openDb } from './open-db';
import { latencySummary } from './bench/paced-load';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg, prepareDatabase, signUp, startServer, type RunningServer } from './bench/harness';
import { runBench } from './bench/main';

const json = process.argv.includes('--json');
const rate = numberArg('rate', 1000);
const learnerCount = numberArg('learners', 200);
const seconds = numberArg('seconds', 20);
const warmupSeconds = 3;
const capacitySeconds = numberArg('capacity-seconds', 10);
const deckCards = numberArg('deck-cards', 0);
const port = numberArg('port', 3260);
const duePerLearner = numberArg('due', 150);
const log = (s: string) => (json ? console.error(s) : console.log(s));
const ESSAY = 'essay-central-asia';

interface Item { cardId: string; srs: { reps: number } | null; content?: unknown }
interface Step { queue: Item[] }

interface Learner {
  cookie: string;
  /** the page's buffer: the last step's queue minus what it rated since */
  queue: Item[];
  rated: Set<string>;
  held: Set<string>;
  /** ratings made, not yet sent (the page's outbox), in order */
  outbox: Rating[];
  sending: boolean;
  /** ratings waiting for a card to show: the page had nothing to show when they were made */
  waitingForCard: Rating[];
  /** answers since the last one that carried a step */
  sinceStep: number;
}

interface Rating { id: string; fields: Record<string, unknown>; scheduledAt: number; counted: boolean; answeredAt?: number; status?: number; cardReadyAt?: number }

// As the study page asks (components/study/use-study-loop.ts): the next step only when it holds
// few cards or a few answers went by without one.
const REFILL_BELOW = 4;
const REFRESH_EVERY = 4;

async function generateDeck(url: string, cards: number): Promise<string> {
  const db = openDb(url);
  const deckId = `bench-deck-${cards}`;
  await db.deck.create({ data: { id: deckId, title: `Bench deck of ${cards} cards`, visibility: 'public' } });
  const BATCH = 1000;
  for (let i = 0; i < cards; i += BATCH) {
    const n = Math.min(BATCH, cards - i);
    const notes = Array.from({ length: n }, (_, j) => ({
      id: `${deckId}-n${i + j}`, deckId, kind: 'word', kk: `сөз${i + j}`, headword: `сөз${i + j}`, lemma: `сөз${i + j}`, upos: 'NOUN',
      ru: `слово ${i + j}`, en: `word ${i + j}`, sortOrder: i + j,
      examples: JSON.stringify([{ kk: `Бұл сөз${i + j} туралы сөйлем.`, ru: 'Предложение.', en: 'A sentence.' }]),
    }));
    await db.note.createMany({ data: notes });
    await db.card.createMany({ data: notes.map((note) => ({ id: `${note.id}-r`, noteId: note.id, deckId, type: 'recognition', sortOrder: note.sortOrder })) });
  }
  await db.$disconnect();
  return deckId;
}

function request(agent: http.Agent, base: URL, method: string, path: string, cookie: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: base.hostname, port: base.port, method, path, agent,
        headers: { cookie, origin: base.origin, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

async function main() {
  // --base URL --database URL: load a server that is already running (bench:keypress's
  // background load) on its database, as it is.
  const external = argValue('base');
  let database: Awaited<ReturnType<typeof prepareDatabase>>;
  let server: RunningServer | { base: string; stop(): Promise<void> };
  if (external) {
    const url = argValue('database');
    if (!url) throw new Error('--base needs --database (the running server\'s DATABASE_URL)');
    database = { url, kind: url.startsWith('file:') ? 'sqlite' : 'postgres', drop: async () => {} };
    server = { base: external, stop: async () => {} };
  } else {
    log('· preparing a fresh database with the essay deck');
    database = await prepareDatabase(argValue('database'), 'file:./.data/bench-study.db', json);
    buildOnce(json, log);
    // BENCH_PROFILE=dir writes a V8 CPU profile of the server there when it stops.
    const nodeArgs = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
    server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET, logFile: process.env.BENCH_SERVER_LOG, nodeArgs });
  }
  const deckId = deckCards > 0 ? await generateDeck(database.url, deckCards) : ESSAY;
  const db = openDb(database.url);
  const base = new URL(server.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: learnerCount });
  try {
    const totalCards = await db.card.count({ where: { deckId, deletedAt: null } });
    log(`· ${describeDatabase(database)}; deck ${deckId} with ${totalCards} cards; signing in ${learnerCount} learners`);
    const learners: Learner[] = [];
    for (let i = 0; i < learnerCount; i += 8) {
      const cookies = await Promise.all(Array.from({ length: Math.min(8, learnerCount - i) }, (_, j) => signUp(server.base, `study-${i + j}`)));
      for (const cookie of cookies) learners.push({ cookie, queue: [], rated: new Set(), held: new Set(), outbox: [], sending: false, waitingForCard: [], sinceStep: 0 });
    }
    // Each learner's backlog: reviews due since some hours, on cards spread over the deck.
    const users = await db.user.findMany({ where: { email: { startsWith: 'bench-study-' }, progress: { none: {} } }, select: { id: true } });
    const deckCardsList = await db.card.findMany({ where: { deckId, deletedAt: null }, select: { id: true, noteId: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
    const now = Date.now();
    for (const [ui, u] of users.entries()) {
      const stride = Math.max(1, Math.floor(deckCardsList.length / duePerLearner));
      const picked = Array.from({ length: Math.min(duePerLearner, deckCardsList.length) }, (_, k) => deckCardsList[(k * stride + ui) % deckCardsList.length]!);
      const unique = [...new Map(picked.map((c) => [c.id, c])).values()];
      await db.cardProgress.createMany({
        data: unique.map((c, k) => ({
          userId: u.id, cardId: c.id, deckId, noteId: c.noteId, state: 2, due: new Date(now - (k + 1) * 60_000), stability: 4, difficulty: 5,
          scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, lastReview: new Date(now - 3 * 86_400_000), firstSeenAt: new Date(now - 5 * 86_400_000),
        })),
      });
    }
    // The study page's first data (the page renders it on the server): not measured.
    await Promise.all(learners.map(async (l) => {
      const r = await request(agent, base, 'GET', `/api/study/${deckId}`, l.cookie);
      if (r.status !== 200) throw new Error(`study step: ${r.status} ${r.text.slice(0, 200)}`);
      const step = JSON.parse(r.text) as Step;
      l.queue = step.queue;
      for (const item of step.queue) l.held.add(item.cardId);
    }));

    const acknowledged = new Set<string>();
    const all: Rating[] = [];
    const counted = () => all.filter((r) => r.counted);

    const send = (l: Learner) => {
      if (l.sending) return;
      const next = l.outbox[0];
      if (!next) return;
      l.sending = true;
      const wantNext = l.queue.length < REFILL_BELOW || l.sinceStep + 1 >= REFRESH_EVERY;
      const body = JSON.stringify({ ...next.fields, ...(wantNext ? { deckId, have: [...l.held].slice(-64) } : {}) });
      void request(agent, base, 'POST', '/api/reviews', l.cookie, body).then(({ status, text }) => {
        const now = performance.now();
        next.answeredAt = now;
        next.status = status;
        l.sending = false;
        if (status >= 500 || status === 0) {
          // The page retries later; the benchmark counts it as an error and retries at once.
          setTimeout(() => send(l), 200);
          return;
        }
        l.outbox.shift();
        if (status === 200 || status === 201) acknowledged.add(next.id);
        const answer = JSON.parse(text || '{}') as { next?: Step };
        l.sinceStep = answer.next ? 0 : l.sinceStep + 1;
        if (answer.next) {
          const step = answer.next;
          // Held cards minus the ones rated since (still in the outbox).
          const unsent = new Set(l.outbox.map((r) => r.fields.cardId as string));
          l.rated = unsent;
          l.queue = step.queue.filter((q) => !unsent.has(q.cardId));
          for (const item of step.queue) l.held.add(item.cardId);
          if (l.queue.length) for (const w of l.waitingForCard.splice(0)) w.cardReadyAt = now;
        }
        send(l);
      });
    };

    /** The learner rates the card shown; the page moves on at once if it holds another. */
    const rateOne = (l: Learner, scheduledAt: number, counted: boolean, k: number) => {
      const item = l.queue.shift();
      if (!item) return false;
      l.rated.add(item.cardId);
      const id = randomUUID();
      const fields = {
        id, cardId: item.cardId, rating: k % 7 === 0 ? 1 : 3, reviewedAt: new Date().toISOString(), durationMs: 3000 + (k % 4000),
        baseReps: item.srs?.reps ?? 0,
      };
      const r: Rating = { id, fields, scheduledAt, counted };
      all.push(r);
      if (l.queue.length) r.cardReadyAt = performance.now();
      else l.waitingForCard.push(r);
      l.outbox.push(r);
      send(l);
      return true;
    };

    log(`· ${seconds} s at ${rate} ratings/s after ${warmupSeconds} s of warm-up (open loop over ${learnerCount} learners)`);
    // A line for whoever waits on this load (bench:keypress) to start measuring.
    if (external) console.error('· load running');
    const gap = 1000 / rate;
    const warm = Math.round(rate * warmupSeconds);
    const total = warm + Math.round(rate * seconds);
    const start = performance.now();
    let skipped = 0;
    await new Promise<void>((resolve) => {
      let i = 0;
      const tick = () => {
        const now = performance.now();
        while (i < total && start + i * gap <= now) {
          const l = learners[i % learners.length]!;
          // A learner whose page has nothing to show cannot rate: that rating waits for a card.
          if (!rateOne(l, start + i * gap, i >= warm, i)) {
            if (i >= warm) skipped++;
          }
          i++;
        }
        if (i < total) setTimeout(tick, Math.max(0, start + i * gap - performance.now()));
        else resolve();
      };
      tick();
    });
    const measuredFrom = start + warm * gap;
    // Let the outboxes drain (bounded), as pages would.
    const until = performance.now() + 15_000;
    while (learners.some((l) => l.outbox.length) && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
    const measured = counted();
    const answered = measured.filter((r) => r.status === 200 || r.status === 201 || r.status === 409 || r.status === 404);
    const lastAnswer = Math.max(measuredFrom + seconds * 1000, ...answered.map((r) => r.answeredAt ?? 0));
    const elapsed = (lastAnswer - measuredFrom) / 1000;
    const end = performance.now();
    const nextCard = measured.map((r) => (r.cardReadyAt ?? end) - r.scheduledAt).sort((a, b) => a - b);
    const answer = measured.map((r) => (r.answeredAt ?? end) - r.scheduledAt).sort((a, b) => a - b);
    const unanswered = measured.filter((r) => r.answeredAt === undefined).length;
    const refused = measured.filter((r) => r.status !== undefined && r.status !== 200 && r.status !== 201).length;

    // Capacity: every learner rates again as soon as the last answer arrives.
    log(`· ${capacitySeconds} s of capacity: each learner rates as soon as its last answer arrives`);
    const capStart = performance.now();
    let capAnswered = 0;
    await Promise.all(learners.map(async (l, li) => {
      let k = li;
      while (performance.now() - capStart < capacitySeconds * 1000) {
        const item = l.queue.shift();
        if (!item) {
          const r = await request(agent, base, 'GET', `/api/study/${deckId}`, l.cookie);
          const step = JSON.parse(r.text) as Step;
          l.queue = step.queue;
          if (!l.queue.length) break;
          continue;
        }
        const id = randomUUID();
        const wantNext = l.queue.length < REFILL_BELOW || l.sinceStep + 1 >= REFRESH_EVERY;
        const body = JSON.stringify({
          id, cardId: item.cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 2000, baseReps: item.srs?.reps ?? 0,
          ...(wantNext ? { deckId, have: [...l.held].slice(-64) } : {}),
        });
        const { status, text } = await request(agent, base, 'POST', '/api/reviews', l.cookie, body);
        k++;
        if (status === 200 || status === 201) {
          capAnswered++;
          acknowledged.add(id);
        }
        const next = (JSON.parse(text || '{}') as { next?: Step }).next;
        l.sinceStep = next ? 0 : l.sinceStep + 1;
        if (next) {
          l.queue = next.queue;
          for (const q of next.queue) l.held.add(q.cardId);
        }
      }
      void k;
    }));
    const capElapsed = (performance.now() - capStart) / 1000;

    const storedIds = new Set((await db.reviewLog.findMany({ select: { id: true } })).map((r) => r.id));
    const stored = await db.reviewLog.count();
    const missing = [...acknowledged].filter((id) => !storedIds.has(id)).length;
    const ns = latencySummary(nextCard);
    const an = latencySummary(answer);
    const figures = {
      store: database.kind,
      ratingsPerSec: Math.round((answered.length / elapsed) * 10) / 10,
      p50Ms: ns.p50,
      p99Ms: ns.p99,
      answerP50Ms: an.p50,
      answerP99Ms: an.p99,
      unanswered,
      refused,
      acknowledged: acknowledged.size,
      acknowledgedMissing: missing,
      stored,
      duplicatesStored: stored - storedIds.size,
      deckCards: totalCards,
      learners: learners.length,
      offeredPerSec: rate,
      capacityRatingsPerSec: Math.round((capAnswered / capElapsed) * 10) / 10,
    };
    log(`steady: ${measured.length} ratings made, ${answered.length} answered in ${elapsed.toFixed(1)} s, ${refused} refused, ${unanswered} unanswered, ${skipped} times a page had no card to show`);
    log(`next card: p50 ${ns.p50} ms, p99 ${ns.p99} ms, max ${ns.max} ms · answer: p50 ${an.p50} ms, p99 ${an.p99} ms, max ${an.max} ms`);
    log(`capacity ${figures.capacityRatingsPerSec} ratings/s · acknowledged ${acknowledged.size}, all stored: ${missing === 0}`);
    console.log(JSON.stringify(figures));
  } finally {
    agent.destroy();
    await db.$disconnect();
    await server.stop();
    await database.drop();
  }
}

runBench(main);
