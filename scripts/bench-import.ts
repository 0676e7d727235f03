// Benchmark of a teacher's heavy work while the server keeps answering: a 5,000-row CSV
// import (server/teach/import-csv.ts) and the analysis of a pasted 200,000-character text
// (the draft page, server/teach/draft-view.ts: the first opening analyses the text; later
// pages and edits reuse that analysis), each run as the server runs it (the engine in
// its worker thread, writes through Prisma), in a process that also serves GET /health. A
// worker thread of this script probes /health every 100 ms throughout; its answer times show
// whether the event loop stalled (target: p99 ≤ 100 ms; before the engine worker, an import
// held health checks for 9–13 s).
//
//   npm run bench:import -- --json [--main-thread]
//
// --main-thread runs the same work the way Jatta did before (engine on the event loop, one
// writeNote per row), for comparison.
//
// The text: 200,000 characters in which no sentence repeats: the essay (data/essay), then the
// sentences of KazNERD's validation split (../shared/corpus/kaznerd, CC BY 4.0) and of UD
// Kazakh-KTB (../shared/eval/ud-kk-ktb) where present, each once, in paragraphs of six; should
// they run out, new sentences recombined from their words (seeded) fill the rest.
// The CSV: the glossary's words (data/lexicon), then further words of that text with their
// part of speech, each with a sentence of the text that contains it as its example; each row
// a different note (no duplicate lemma + part of speech), glosses made up.
// Last stdout line: {"importRows":…,"importMs":…,"importProbeP99Ms":…,"importProbeMaxMs":…,
// "chars":…,"analyseMs":…,"analyseProbeP99Ms":…,"analyseProbeMaxMs":…,"probeP99Ms":…,
// "probeMaxMs":…,…}. --json prints only that line.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { useTestDatabase as freshDatabase } from '../test/test-database';

const jsonOnly = process.argv.includes('--json');
const mainThread = process.argv.includes('--main-thread');
const log = (...a: unknown[]) => {
  if (!jsonOnly) console.log(...a);
};
const CHARS = 200_000;
const ROWS = 5_000;

const testDb = await freshDatabase();
const { db } = await import('../server/db');
const { transaction } = await import('../server/transaction');
const { extractVocabulary, sentences: splitSentences } = await import('../lib/kazakh');
const { analyseWord, cardsForNote, newWordNoteId, noteRow } = await import('../server/teach/note-content');
const { csvNotes, CSV_HEADER } = await import('../server/teach/csv-notes');
const { writeCsv } = await import('../lib/csv');
const { UPOS_VALUES } = await import('../server/teach/schemas');
const { loadLexicon } = await import('../server/content/content-files');
const { runInEngine, stopEngine } = await import('../server/engine/engine');
const { importCsv } = await import('../server/teach/import-csv');
const { getDraftView } = await import('../server/teach/draft-view');
const { editDraft } = await import('../server/teach/edit-draft');
const { engineTasks } = await import('../server/engine/tasks');

// ── the text ──
let seed = 20261201;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const essay = readFileSync(resolve(process.cwd(), 'data/essay/essay-central-asia-integration.kk.txt'), 'utf8').trim();
const corpus = [resolve(process.cwd(), '../shared/corpus/kaznerd/kaznerd-valid.kk.txt')]
  .filter((f) => existsSync(f))
  .flatMap((f) => readFileSync(f, 'utf8').split('\n'));
const ud = ['kk_ktb-dev.conllu', 'kk_ktb-train.conllu']
  .map((f) => resolve(process.cwd(), '../shared/eval/ud-kk-ktb', f))
  .filter((f) => existsSync(f))
  .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice('# text = '.length)));
const seen = new Set<string>();
const sentences: string[] = [];
for (const s of [...splitSentences(essay).map((x) => x.text), ...corpus, ...ud]) {
  const t = s.trim();
  if (t && !seen.has(t)) {
    seen.add(t);
    sentences.push(t);
  }
}
let recombined = 0;
const total = () => sentences.reduce((n, s) => n + s.length + 1, 0);
while (total() < CHARS) {
  const words = sentences[Math.floor(random() * sentences.length)]!.replace(/[.!?…]+$/, '').split(/\s+/);
  const other = sentences[Math.floor(random() * sentences.length)]!.split(/\s+/);
  const s = `${[...words.slice(0, Math.ceil(words.length / 2)), ...other.slice(Math.floor(other.length / 2))].join(' ').replace(/[.!?…]+$/, '')}.`;
  if (!seen.has(s)) {
    seen.add(s);
    sentences.push(s);
    recombined++;
  }
}
const paragraphs: string[] = [];
for (let i = 0; i < sentences.length; i += 6) paragraphs.push(sentences.slice(i, i + 6).join(' '));
const text = paragraphs.join('\n\n').slice(0, CHARS);
const usedSentences = text.split(/(?<=[.!?…])\s+/).length;

// ── the CSV ──
const deckId = 'bench-deck';
const rows: string[][] = [[...CSV_HEADER]];
const ids = new Set<string>();
const sentenceWith = (form: string) => sentences.find((s) => s.includes(form)) ?? '';
const addRow = (kk: string, pos: string, ru: string, en: string) => {
  if (rows.length > ROWS || !kk || kk.length > 200) return;
  const a = analyseWord(kk, pos || null);
  const id = newWordNoteId(deckId, a.lemma, a.upos);
  if (ids.has(id)) return;
  ids.add(id);
  rows.push([kk, ru, en, pos, sentenceWith(kk), '', '']);
};
for (const e of loadLexicon()) if ((UPOS_VALUES as readonly string[]).includes(e.upos)) addRow(e.headword, e.upos, e.ru, e.en);
const vocabulary = extractVocabulary(text);
for (const e of vocabulary.entries) {
  if (!(UPOS_VALUES as readonly string[]).includes(e.upos)) continue;
  addRow(e.forms[0]?.form ?? e.headword, e.upos, `перевод ${rows.length}`, `gloss ${rows.length}`);
}
for (let i = 0; rows.length <= ROWS && i < sentences.length; i++) {
  const words = sentences[i]!.replace(/[^\p{L}\s-]/gu, '').split(/\s+/).filter(Boolean);
  for (let j = 0; j + 1 < words.length && rows.length <= ROWS; j += 2) addRow(`${words[j]} ${words[j + 1]}`, 'NOUN', `фраза ${rows.length}`, `phrase ${rows.length}`);
}
const csv = writeCsv(rows);
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type Note = Parameters<typeof cardsForNote>[0];

/** How Jatta wrote one imported note before (upsert, read its cards, create them one by one), for --main-thread. */
async function writeNoteAsBefore(tx: Tx, note: Note, now: Date): Promise<void> {
  const data = noteRow(deckId, note);
  await tx.note.upsert({ where: { id: note.id }, create: data, update: { ...data, deckId: undefined } });
  const existing = new Map((await tx.card.findMany({ where: { noteId: note.id } })).map((c) => [c.id, c]));
  for (const c of cardsForNote(note)) {
    const old = existing.get(c.id);
    existing.delete(c.id);
    if (!old) await tx.card.create({ data: { ...c, deckId } });
    else if (old.data !== c.data || old.deletedAt || old.sortOrder !== c.sortOrder || old.type !== c.type) {
      await tx.card.update({ where: { id: c.id }, data: { data: c.data, type: c.type, sortOrder: c.sortOrder, deletedAt: null } });
    }
  }
  for (const old of existing.values()) if (!old.deletedAt) await tx.card.update({ where: { id: old.id }, data: { deletedAt: now } });
}

// ── a server to probe, and the prober ──
const server = http.createServer((req, res) => res.end(req.url === '/health' ? '{"ok":true}' : ''));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;

const PROBER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
let phase = 'idle';
const times = [];
const timer = setInterval(() => {
  const at = performance.now();
  const p = phase;
  http.get({ host: '127.0.0.1', port: workerData.port, path: '/health', agent }, (res) => {
    res.resume();
    res.on('end', () => times.push([p, performance.now() - at]));
  }).on('error', () => times.push([p, performance.now() - at, 'error']));
}, 100);
parentPort.on('message', (m) => {
  if (m === 'stop') {
    clearInterval(timer);
    setTimeout(() => { parentPort.postMessage(times); agent.destroy(); }, 3000);
  } else phase = m;
});
`;
const prober = new Worker(PROBER, { eval: true, workerData: { port } });
const setPhase = (p: string) => prober.postMessage(p);

// ── the work ──
await db.user.create({ data: { id: 'bench-teacher', name: 't', email: 't@example.test', role: 'teacher' } });
await db.deck.create({ data: { id: deckId, ownerId: 'bench-teacher', title: 'Bench', visibility: 'private' } });
const draft = await db.deckDraft.create({ data: { id: 'bench-draft', ownerId: 'bench-teacher', title: 'Bench', text, state: '{}' } });
const teacher = { id: 'bench-teacher', role: 'teacher' as const };

const t0 = performance.now();
if (mainThread) engineTasks.warm();
else await runInEngine('warm', undefined);
const warmupMs = performance.now() - t0;
// How late a 10 ms timer on this thread runs: the longest the event loop was held.
const loop = (() => {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last - 10);
    last = now;
  }, 10);
  const take = () => {
    const m = max;
    max = 0;
    return m;
  };
  return { take, stop: () => clearInterval(timer) };
})();
// The machine's own noise, with nothing to do: 3 s of probes while idle.
setPhase('quiet');
await new Promise((r) => setTimeout(r, 3000));
const quietLoopMaxMs = loop.take();
setPhase('import');
const t1 = performance.now();
let imported: number;
if (mainThread) {
  // What importCsv did before: rows analysed here, one writeNote per row.
  const r = csvNotes(deckId, csv);
  if (!r.ok) throw new Error(`CSV refused: ${r.issues.slice(0, 5).join(', ')}`);
  await transaction(db, async (tx) => {
    let order = 0;
    for (const note of r.notes) await writeNoteAsBefore(tx, { ...note, sortOrder: order++ }, new Date());
  }, { timeout: 600_000 });
  imported = r.notes.length;
} else {
  const r = await importCsv(teacher, { deckId, csv });
  if (!r.ok) throw new Error(`CSV refused: ${JSON.stringify(r.issues?.slice(0, 5))}`);
  imported = r.value.imported;
}
const importMs = performance.now() - t1;
await new Promise((r) => setTimeout(r, 20));
const importLoopMaxMs = loop.take();
setPhase('between');
await new Promise((r) => setTimeout(r, 500));

setPhase('analyse');
const t2 = performance.now();
const opened = mainThread ? null : await getDraftView(teacher, { draftId: draft.id });
if (opened && !opened.ok) throw new Error('draft refused');
const analysis = mainThread ? engineTasks.analyse({ text, rejected: [] }) : null;
const analyseMs = performance.now() - t2;
const view = opened?.ok ? opened.value : null;
const sizes = analysis
  ? { changes: analysis.changes.length, rows: analysis.rows.length, sentences: analysis.sentences.length }
  : { changes: view!.changes.total, rows: view!.counts.words, sentences: view!.sentences.total };
// What the teacher meets after the first opening (warm: the analysis is kept): the bytes of
// one page of the draft, a page turn and a saved edit.
const warmDraft = { viewBytes: 0, pageTurnMs: 0, editMs: 0 };
if (view) {
  warmDraft.viewBytes = Buffer.byteLength(JSON.stringify(view));
  const turns: number[] = [];
  const edits: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    const r = await getDraftView(teacher, { draftId: draft.id, words: 2 + i });
    if (!r.ok) throw new Error('page refused');
    turns.push(performance.now() - t);
    t = performance.now();
    const e = await editDraft(teacher, { draftId: draft.id, edits: [{ kind: 'gloss', key: r.value.words.items[0]!.key, lang: 'en', value: `meaning ${i}` }] });
    if (!e.ok) throw new Error('edit refused');
    edits.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  warmDraft.pageTurnMs = Math.round(median(turns) * 10) / 10;
  warmDraft.editMs = Math.round(median(edits) * 10) / 10;
}
setPhase('warm');
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  if (mainThread) engineTasks.analyse({ text, rejected: [] });
  else await runInEngine('analyse', { text, rejected: [] });
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
setPhase('after');
await new Promise((r) => setTimeout(r, 20));
const analyseLoopMaxMs = loop.take();
loop.stop();
await new Promise((r) => setTimeout(r, 500));
prober.postMessage('stop');
const probes = await new Promise<[string, number, string?][]>((r) => prober.once('message', r));
await prober.terminate();
server.close();
await stopEngine();

const stats = (phases: string[]) => {
  const mine = probes.filter(([p]) => phases.includes(p));
  const xs = mine.map(([, ms]) => ms).sort((a, b) => a - b);
  const q = (f: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * f))] ?? 0;
  return { n: xs.length, failed: mine.filter((m) => m[2]).length, p99: Math.round(q(0.99) * 10) / 10, max: Math.round((xs.at(-1) ?? 0) * 10) / 10 };
};
const quietStats = stats(['quiet']);
const importStats = stats(['import']);
const analyseStats = stats(['analyse', 'warm']);
const all = stats(['import', 'between', 'analyse', 'warm']);
const round = (n: number) => Math.round(n);
const result = {
  mode: mainThread ? 'main-thread' : 'worker',
  quietProbeP99Ms: quietStats.p99,
  quietEventLoopMaxMs: round(quietLoopMaxMs),
  importRows: imported,
  importMs: round(importMs),
  importProbes: importStats.n,
  importProbeP99Ms: importStats.p99,
  importProbeMaxMs: importStats.max,
  importProbesFailed: importStats.failed,
  importEventLoopMaxMs: round(importLoopMaxMs),
  chars: text.length,
  distinctSentences: usedSentences,
  recombinedSentences: recombined,
  analyseMs: round(analyseMs),
  warmMs: round(runs[2]!),
  warmupMs: round(warmupMs),
  analyseProbes: analyseStats.n,
  analyseProbeP99Ms: analyseStats.p99,
  analyseProbeMaxMs: analyseStats.max,
  analyseEventLoopMaxMs: round(analyseLoopMaxMs),
  probes: all.n,
  probeP99Ms: all.p99,
  probeMaxMs: all.max,
  probesFailed: all.failed,
  ...sizes,
  draftViewBytes: warmDraft.viewBytes,
  draftPageTurnMs: warmDraft.pageTurnMs,
  draftEditMs: warmDraft.editMs,
  p99UnderHundredMs: all.p99 <= 100 && all.failed === 0,
};
log(`mode: ${result.mode}; with nothing to do, probe p99 ${result.quietProbeP99Ms} ms and event loop delay up to ${result.quietEventLoopMaxMs} ms (this machine's noise)`);
log(`import of ${result.importRows} CSV rows: ${result.importMs} ms; health probe p99 ${result.importProbeP99Ms} ms, max ${result.importProbeMaxMs} ms (${result.importProbes} probes); event loop delay up to ${result.importEventLoopMaxMs} ms`);
log(`analysis of ${result.chars} characters (${result.distinctSentences} sentences, none repeated; ${result.recombinedSentences} recombined): ${result.analyseMs} ms first, ${result.warmMs} ms median of 5 more; probe p99 ${result.analyseProbeP99Ms} ms, max ${result.analyseProbeMaxMs} ms`);
if (!mainThread) log(`the draft as the teacher meets it after that (warm): one page ${result.draftViewBytes} bytes, a page turn ${result.draftPageTurnMs} ms, a saved edit ${result.draftEditMs} ms (medians of 5)`);
log(`all probes during the work: p99 ${result.probeP99Ms} ms, max ${result.probeMaxMs} ms (${result.probes})`);
console.log(JSON.stringify(result));
await db.$disconnect();
await testDb.cleanup();
process.exit(0);
