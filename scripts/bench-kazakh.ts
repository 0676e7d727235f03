// Benchmark of the Kazakh text engine (lib/kazakh), as the server runs it.
//
//   npm run bench:kazakh -- --json      (tsx scripts/bench-kazakh.ts)
//
// Where it runs: the passes (scripts/bench/kazakh-passes.ts) are bundled with the esbuild
// options of the production server's engine worker (scripts/esbuild-server-options.mjs) and
// run in a worker thread started with the engine worker's options
// (server/engine/worker-options.ts): a teacher's import is analysed by that code in that
// thread. tsx, which runs our scripts, wraps every function of the engine in a name helper
// the production bundle does not have (docs/decisions/012).
//
// Text: the 11,167 KazNERD news sentences (read at run time from ../shared/corpus/kaznerd;
// real text, not one unit repeated). Without them, the essay from data/essay. It is split
// into sentences (not timed); a pass is tokenize + analyzeSentence over every sentence, as
// the teacher's import does; tokens = all tokenize() tokens.
//   - cold (the headline tokensPerSec): every distinct form is analysed for the first time
//     — the analyser's memo is emptied (resetCaches) before each pass. The code itself is
//     warm: the essay is analysed first, so the JIT has compiled the analyser, as in a
//     server that has analysed other texts before. Median of 5 passes (best also printed).
//   - firstPass: the very first pass of the thread, JIT and lexicon included (for
//     information: what a fresh worker pays once).
//   - warm: the same text again with a full memo (repeated vocabulary), median of 3.
// Wall-clock time; process CPU time is printed too (on a busy machine wall time is what the
// other processes leave).
// essayMs: normalize + extractVocabulary of the essay (data/essay), median of 21 runs.
//
// Last stdout line: {"tokensPerSec":…,"coldBestTokensPerSec":…,"warmTokensPerSec":…,
//   "firstPassTokensPerSec":…,"tokens":…,"distinctForms":…,"essayMs":…,"source":…}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { ENGINE_WORKER_OPTIONS } from '../server/engine/worker-options';
// @ts-expect-error: a plain .mjs module shared with scripts/build-server.mjs
import { serverBundleOptions } from './esbuild-server-options.mjs';

const jsonOnly = process.argv.includes('--json');
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'bench-kazakh-'));
const bundle = join(dir, 'kazakh-passes.mjs');

try {
  await build({ ...serverBundleOptions, entryPoints: [join(root, 'scripts/bench/kazakh-passes.ts')], outfile: bundle });
  const result = await new Promise<unknown>((done, fail) => {
    const w = new Worker(bundle, { ...ENGINE_WORKER_OPTIONS, workerData: { root, jsonOnly } });
    let answer: unknown;
    w.on('message', (m: { log?: string; result?: unknown }) => {
      if (m.log !== undefined) console.log(m.log);
      if (m.result !== undefined) answer = m.result;
    });
    w.on('error', fail);
    w.on('exit', (code) => (answer === undefined ? fail(new Error(`the bench worker exited (${code}) without a result`)) : done(answer)));
  });
  console.log(JSON.stringify(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
