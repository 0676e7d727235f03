// npm run bench:cards [-- --json] [--cards N] [--rounds N] [--database URL]
// The card browser at scale: one learner with N cards (default 50,000) in four decks of their
// own besides the essay deck, most of them studied (every state, lapses, leeches, suspended
// cards), then the server time of the browser's use case (browseCards: settings, the page, the
// total, the leech count and the deck list) for the views a learner uses: every sort, every
// filter, searches by an inflected Kazakh form, Latin and English, and a deep page.
// Readable lines first; the last stdout line is one JSON object with the figures.
import { performance } from 'node:perf_hooks';
import { argValue, numberArg as arg, prepareDatabase } from './bench/harness';

const CARDS = arg('cards', 50_000);
const ROUNDS = arg('rounds', 15);
const json = process.argv.includes('--json');
const out = (s: string) => (json ? console.error(s) : console.log(s));
const NOW = new Date('2026-11-27T09:00:00Z');
const DAY_MS = 86_400_000;

const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-cards.db', true);
process.env.DATABASE_URL = database.url;
process.env.BETTER_AUTH_SECRET ??= 'bench-secret-bench-secret-bench-secret-0';
const { db } = await import('../server/db');
const { store } = await import('../server/store');
const { browseCards, browseCardsInput } = await import('../server/cards/browse-cards');

let seed = 7;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

// Words of the essay's kind, varied by a number so the texts differ.
const STEMS = ['мемлекет', 'интеграция', 'аймақ', 'экономика', 'саясат', 'қауіпсіздік', 'ынтымақтастық', 'даму', 'шекара', 'сауда'];
const RU = ['государство', 'интеграция', 'регион', 'экономика', 'политика', 'безопасность', 'сотрудничество', 'развитие', 'граница', 'торговля'];
const EN = ['state', 'integration', 'region', 'economy', 'policy', 'security', 'cooperation', 'development', 'border', 'trade'];
const TYPES = ['recognition', 'production', 'cloze', 'sentence'];

const t0 = performance.now();
const userId = 'bench-learner';
await db.user.create({ data: { id: userId, name: 'Bench', email: 'bench@example.test', timeZone: 'Asia/Almaty' } });
const DECKS = 4;
const notesPerDeck = Math.ceil(CARDS / TYPES.length / DECKS);
const chunk = async <T>(rows: T[], write: (part: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += 2000) await write(rows.slice(i, i + 2000));
};
const created = new Date(NOW.getTime() - 300 * DAY_MS);
for (let d = 0; d < DECKS; d++) {
  const deckId = `bench-deck-${d}`;
  await db.deck.create({ data: { id: deckId, ownerId: userId, title: `Bench deck ${d + 1}`, createdAt: new Date(created.getTime() + d * 1000) } });
  const notes = [];
  const cards = [];
  const progress = [];
  for (let i = 0; i < notesPerDeck && cards.length + d * notesPerDeck * TYPES.length < CARDS; i++) {
    const w = (d * notesPerDeck + i) % STEMS.length;
    const noteId = `bn-${d}-${i}`;
    const kk = `${STEMS[w]}${i}`;
    notes.push({ id: noteId, deckId, kind: 'word', kk, lemma: i % 50 === 0 ? STEMS[w]! : kk, headword: kk, ru: `${RU[w]} ${i}`, en: `${EN[w]} ${i}`, sortOrder: i });
    for (const [j, type] of TYPES.entries()) {
      const cardId = `bc-${d}-${i}-${j}`;
      cards.push({ id: cardId, noteId, deckId, type, sortOrder: i * 4 + j });
      const r = rand();
      if (r < 0.35) continue; // never met
      const state = r < 0.45 ? 1 : r < 0.5 ? 3 : 2;
      const lapses = Math.floor(rand() ** 3 * 10);
      const stability = state === 2 ? 1 + rand() * 120 : rand() * 2;
      progress.push({
        userId, cardId, deckId, noteId, state, due: new Date(NOW.getTime() + (rand() * 60 - 20) * DAY_MS), stability, difficulty: 1 + rand() * 9,
        scheduledDays: Math.round(stability), reps: 1 + lapses + Math.floor(rand() * 20), lapses, lastReview: new Date(NOW.getTime() - rand() * 30 * DAY_MS),
        suspended: lapses >= 8 || rand() < 0.02, leech: lapses >= 8, firstSeenAt: created,
      });
    }
  }
  await chunk(notes, (part) => db.note.createMany({ data: part }));
  await chunk(cards, (part) => db.card.createMany({ data: part }));
  await chunk(progress, (part) => db.cardProgress.createMany({ data: part }));
}
if (database.kind === 'postgres') await db.$executeRawUnsafe('ANALYZE');
else await db.$executeRawUnsafe('PRAGMA optimize');
const learnerCards = (await browseCards(userId, browseCardsInput.parse({}), NOW))!.total;
out(`· ${learnerCards.toLocaleString('en')} cards for the learner (${database.kind}), filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const VIEWS: Record<string, Record<string, string>> = {
  default: {},
  sortDue: { sort: 'due' },
  sortWordDesc: { sort: 'word', dir: 'desc' },
  sortLapsesDesc: { sort: 'lapses', dir: 'desc' },
  sortRepsDesc: { sort: 'reps', dir: 'desc' },
  sortInterval: { sort: 'interval' },
  sortIntervalDesc: { sort: 'interval', dir: 'desc' },
  stateReview: { state: 'review' },
  dueToday: { due: 'today' },
  lapses3: { lapses: '3', sort: 'lapses', dir: 'desc' },
  leeches: { leech: 'yes' },
  suspended: { suspended: 'yes' },
  deckAndType: { deck: 'bench-deck-2', type: 'production', sort: 'interval' },
  searchInflected: { q: 'мемлекеттердің' },
  searchLatin: { q: 'aimaqtyñ' },
  searchEnglish: { q: 'security 12' },
  deepPage: { page: String(Math.floor(learnerCards / 50) - 1) },
};
const times: number[] = [];
const perView: Record<string, number[]> = {};
for (let round = 0; round < ROUNDS + 2; round++) {
  for (const [name, query] of Object.entries(VIEWS)) {
    const input = browseCardsInput.parse(query);
    const start = performance.now();
    const page = await browseCards(userId, input, NOW);
    const ms = performance.now() - start;
    if (!page) throw new Error('no page');
    if (round === 0 && name !== 'default' && page.total === 0) throw new Error(`the view ${name} found nothing`);
    if (round < 2) continue; // warm-up: statements prepared, caches filled
    times.push(ms);
    (perView[name] ??= []).push(ms);
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
for (const [name, xs] of Object.entries(perView)) out(`  ${name.padEnd(16)} p50 ${pct(xs, 0.5).toFixed(1)} ms, p95 ${pct(xs, 0.95).toFixed(1)} ms`);
const result = {
  store: database.kind,
  cards: learnerCards,
  calls: times.length,
  browseP50Ms: +pct(times, 0.5).toFixed(2),
  browseP95Ms: +pct(times, 0.95).toFixed(2),
  browseMaxMs: +Math.max(...times).toFixed(2),
  slowestViewP95Ms: +Math.max(...Object.values(perView).map((xs) => pct(xs, 0.95))).toFixed(2),
};
out(`card browser (${result.calls} calls over ${Object.keys(VIEWS).length} views): p50 ${result.browseP50Ms} ms, p95 ${result.browseP95Ms} ms (target ≤ 50 ms), slowest view p95 ${result.slowestViewP95Ms} ms`);
await store().stop();
await db.$disconnect();
await database.drop();
console.log(JSON.stringify(result));
process.exit(0);
