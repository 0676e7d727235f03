// The measuring passes of bench:kazakh (scripts/bench-kazakh.ts says what is measured). They run
// in a worker thread started like the server's engine worker, from a bundle built like
// dist/engine-worker.mjs: the engine as the server runs it. workerData: { root, jsonOnly }.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, analyzeSentence, extractVocabulary, normalize, sentences, tokenize } from '../../lib/kazakh/index';
import { resetCaches } from '../../lib/kazakh/morphology/index';

const { root, jsonOnly } = workerData as { root: string; jsonOnly: boolean };
const log = (...a: unknown[]) => {
  if (!jsonOnly) parentPort!.postMessage({ log: a.join(' ') });
};

const essayPath = resolve(root, 'data/essay/essay-central-asia-integration.kk.txt');
const kaznerdPath = resolve(root, '../shared/corpus/kaznerd/kaznerd-valid.kk.txt');
const essay = readFileSync(essayPath, 'utf8');
const haveKaznerd = existsSync(kaznerdPath);
const text = haveKaznerd ? readFileSync(kaznerdPath, 'utf8') : essay;
const source = haveKaznerd ? 'KazNERD sentences' : 'essay (KazNERD absent)';

const WORDISH = new Set(['word', 'abbr']);
function pass(spans: { text: string }[]): number {
  let tokens = 0;
  for (const s of spans) {
    const toks = tokenize(s.text);
    tokens += toks.length;
    const ws: string[] = [];
    for (const t of toks) if (WORDISH.has(t.kind) && !t.text.endsWith('.')) ws.push(t.text);
    if (ws.length) analyzeSentence(ws);
  }
  return tokens;
}

interface Timed { tokens: number; ms: number; cpuMs: number }
function timed(f: () => number): Timed {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const tokens = f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { tokens, ms, cpuMs: (c.user + c.system) / 1000 };
}
const rate = (t: Timed): number => Math.round(t.tokens / (t.ms / 1000));
const cpuRate = (t: Timed): number => Math.round(t.tokens / (t.cpuMs / 1000));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number): string => n.toLocaleString('en');

const spans = sentences(text);
const essaySpans = sentences(essay);
const distinct = new Set<string>();
for (const s of spans) for (const t of tokenize(s.text)) if (WORDISH.has(t.kind)) distinct.add(t.text);

// 1. the first pass of the process: lexicon build, JIT, every form new
const first = timed(() => {
  analyze('сөз');
  return pass(spans);
});
log(`source: ${source}: ${spans.length} sentences, ${fmt(first.tokens)} tokens, ${fmt(distinct.size)} distinct word forms`);
log(`first pass of the process (lexicon build and JIT included): ${first.ms.toFixed(0)} ms → ${fmt(rate(first))} tokens/s`);

// 2. cold: warm code, empty memo
for (let k = 0; k < 3; k++) {
  resetCaches();
  pass(essaySpans);
}
const colds: Timed[] = [];
for (let r = 0; r < 5; r++) {
  resetCaches();
  colds.push(timed(() => pass(spans)));
}
const coldRates = colds.map(rate);
const tokensPerSec = median(coldRates);
const coldBest = Math.max(...coldRates);
log(`cold (every distinct form analysed for the first time), 5 passes: median ${fmt(tokensPerSec)} tokens/s, best ${fmt(coldBest)} (target ≥ 200,000); CPU time median ${fmt(median(colds.map(cpuRate)))} tokens/cpu-s`);

// 3. warm: memo full
const warms: Timed[] = [];
for (let r = 0; r < 3; r++) warms.push(timed(() => pass(spans)));
const warmTokensPerSec = median(warms.map(rate));
log(`warm (memo full): median of 3 ${fmt(warmTokensPerSec)} tokens/s; CPU time ${fmt(median(warms.map(cpuRate)))} tokens/cpu-s`);

// 4. essay: normalize + extractVocabulary
extractVocabulary(essay);
const times: number[] = [];
for (let r = 0; r < 21; r++) {
  const t = performance.now();
  extractVocabulary(essay);
  times.push(performance.now() - t);
}
const essayMs = Math.round(median(times) * 10) / 10;
log(`essay (data/essay, ${essay.length} chars, ${normalize(essay).changes.length} normalize changes): normalize + extractVocabulary median of 21 ${essayMs} ms (target ≤ 100)`);

parentPort!.postMessage({ result: { tokensPerSec, coldBestTokensPerSec: coldBest, warmTokensPerSec, firstPassTokensPerSec: rate(first), tokens: first.tokens, distinctForms: distinct.size, essayMs, source } });
