// The only module that touches eSpeak NG (npm `espeak-ng`, WASM, GPL-3.0-or-later; see the
// README). It speaks Kazakh text with eSpeak's `kk` voice and encodes MP3 with LAME compiled
// to WASM (npm `wasm-media-encoders`, MIT; LAME itself is LGPL) in a worker thread, one
// request at a time: a synthesis takes 0.1-0.3 s of CPU, which must not stall other requests
// (DESIGN.md, lessons measured).
//
// Neither package is imported by the app's bundles: the worker loads both from node_modules
// at run time, so Next never bundles them (espeak-ng's `new URL('./', import.meta.url)`
// breaks Turbopack; next.config.js also lists it in serverExternalPackages).
//
// The text reaches eSpeak as a file in its in-memory file system (`-f`), never as an
// argument, so no text can be read as an option; SSML is off (no `-m`).
import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Bump when the voice, its settings or the encoding change: cached audio is keyed by it. */
export const SPEECH_ENGINE_VERSION = 'espeak-ng-1.0.2/kk/s150/lame-wasm-0.7.0-mp3-40k/1';
export const SPEECH_MIME = 'audio/mpeg';
export type Voice = 'kk';

const TIMEOUT_MS = 15_000;

// Runs inside the worker (CommonJS eval): synthesise WAV, then MP3.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
let ready = null;
function load() {
  ready ??= (async () => {
    const { default: ESpeakNg } = await import(workerData.espeak);
    const { createMp3Encoder } = require(workerData.mp3);
    const [wasm, mp3] = await Promise.all([WebAssembly.compile(readFileSync(workerData.wasm)), createMp3Encoder()]);
    return { ESpeakNg, mp3, wasm };
  })();
  return ready;
}
function pcmOf(wav) {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  let rate = 22050, pos = 12;
  while (pos + 8 <= wav.length) {
    const id = String.fromCharCode(wav[pos], wav[pos + 1], wav[pos + 2], wav[pos + 3]);
    const size = view.getUint32(pos + 4, true);
    if (id === 'fmt ') rate = view.getUint32(pos + 12, true);
    if (id === 'data') {
      const len = Math.min(size, wav.length - pos - 8) >> 1;
      const pcm = new Int16Array(len);
      for (let i = 0; i < len; i++) pcm[i] = view.getInt16(pos + 8 + i * 2, true);
      return { pcm, rate };
    }
    pos += 8 + size + (size & 1);
  }
  return { pcm: new Int16Array(0), rate };
}
parentPort.on('message', async ({ id, text, voice }) => {
  try {
    const { ESpeakNg, mp3: encoder, wasm } = await load();
    const started = performance.now();
    let errors = '';
    const engine = await ESpeakNg({
      arguments: ['-v', voice, '-s', '150', '-f', '/in.txt', '-w', '/out.wav'],
      preRun: [(m) => m.FS.writeFile('/in.txt', text)],
      print: () => {},
      printErr: (s) => { errors += s + '\\n'; },
      instantiateWasm(imports, done) { WebAssembly.instantiate(wasm, imports).then((inst) => done(inst, wasm)); return {}; },
    });
    let wav;
    try { wav = engine.FS.readFile('/out.wav'); } catch { wav = new Uint8Array(0); }
    const spokenAt = performance.now();
    const { pcm, rate } = pcmOf(wav);
    if (pcm.length === 0) { parentPort.postMessage({ id, ok: false, code: 'unspeakable', detail: errors.slice(0, 200) }); return; }
    encoder.configure({ sampleRate: rate, channels: 1, bitrate: 40 });
    const chunks = [];
    const frame = new Float32Array(4096);
    for (let i = 0; i < pcm.length; i += frame.length) {
      const n = Math.min(frame.length, pcm.length - i);
      for (let j = 0; j < n; j++) frame[j] = pcm[i + j] / 32768;
      chunks.push(encoder.encode([frame.subarray(0, n)]).slice());
    }
    chunks.push(encoder.finalize().slice());
    const size = chunks.reduce((n, c) => n + c.length, 0);
    const mp3 = new Uint8Array(size);
    let off = 0;
    for (const c of chunks) { mp3.set(c, off); off += c.length; }
    parentPort.postMessage({ id, ok: true, mp3, ms: performance.now() - started, speakMs: spokenAt - started, samples: pcm.length, rate }, [mp3.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, ok: false, code: 'failed', detail: String(e && e.message || e).slice(0, 200) });
  }
});
`;

export type SynthesisResult =
  /** ms: in the worker, of which speakMs eSpeak and the rest the MP3 encoding */
  | { ok: true; mp3: Uint8Array<ArrayBuffer>; ms: number; speakMs: number }
  | { ok: false; code: 'unspeakable' | 'failed' };

interface Pending {
  resolve: (r: SynthesisResult) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function modulePaths() {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const espeak = require.resolve('espeak-ng');
  return { espeak: pathToFileURL(espeak).href, mp3: require.resolve('wasm-media-encoders'), wasm: path.join(path.dirname(espeak), 'espeak-ng.wasm') };
}

function settle(id: number, result: SynthesisResult): void {
  const p = pending.get(id);
  if (!p) return;
  clearTimeout(p.timer);
  pending.delete(id);
  p.resolve(result);
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: modulePaths() });
  w.unref();
  w.on('message', (m: { id: number } & SynthesisResult) => settle(m.id, m.ok ? { ok: true, mp3: m.mp3, ms: m.ms, speakMs: m.speakMs } : { ok: false, code: m.code }));
  const fail = () => {
    if (worker === w) worker = null;
    for (const id of [...pending.keys()]) settle(id, { ok: false, code: 'failed' });
  };
  w.on('error', fail);
  w.on('exit', fail);
  worker = w;
  return w;
}

/** Speaks one text with eSpeak NG; never throws. */
export function synthesize(text: string, voice: Voice): Promise<SynthesisResult> {
  return new Promise((resolve) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      settle(id, { ok: false, code: 'failed' });
      // A stuck synthesis holds the only worker: start afresh.
      void worker?.terminate();
      worker = null;
    }, TIMEOUT_MS);
    timer.unref();
    pending.set(id, { resolve, timer });
    try {
      getWorker().postMessage({ id, text, voice });
    } catch {
      settle(id, { ok: false, code: 'failed' });
    }
  });
}

/** Stops the worker (tests, benchmarks). */
export async function stopSpeechWorker(): Promise<void> {
  const w = worker;
  worker = null;
  await w?.terminate();
}
