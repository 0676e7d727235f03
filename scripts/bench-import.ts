// Benchmark of the deck-from-text analysis (server/teach/analyse-text.ts): normalise a
// pasted text, apply the accepted repairs, extract the vocabulary, look up glosses and
// list the sentences — what the teacher waits for after "Analyse the text".
//
//   npm run bench:import -- --json      (tsx --conditions=react-server scripts/bench-import.ts)
//
// The text: exactly 200,000 characters of real Kazakh — the essay (data/essay) and, when
// present, the sentence texts of UD Kazakh-KTB (../shared/eval/ud-kk-ktb), in paragraphs,
// repeated until long enough (about 38,000 distinct characters; repeated sentences are
// normalised again but counted once by the vocabulary, as for any pasted text).
// Timed, in one process:
//   - warmupMs: the engine's first call (builds the analyser's lexicon; a server pays this
//     once, at its first analysis);
//   - analyseMs: the first analysis of the 200,000-character text after that;
//   - warmMs: the median of 5 further analyses of the same text.
// Last stdout line: {"chars":…,"analyseMs":…,"warmMs":…,"warmupMs":…,…}. --json prints only that line.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseText } from '../server/teach/analyse-text';

const jsonOnly = process.argv.includes('--json');
const log = (...a: unknown[]) => {
  if (!jsonOnly) console.log(...a);
};
const CHARS = 200_000;

const essay = readFileSync(resolve(process.cwd(), 'data/essay/essay-central-asia-integration.kk.txt'), 'utf8');
const ud = ['kk_ktb-dev.conllu', 'kk_ktb-train.conllu']
  .map((f) => resolve(process.cwd(), '../shared/eval/ud-kk-ktb', f))
  .filter((f) => existsSync(f))
  .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice('# text = '.length)));
const udParagraphs: string[] = [];
for (let i = 0; i < ud.length; i += 6) udParagraphs.push(ud.slice(i, i + 6).join(' '));
const source = [essay.trim(), ...udParagraphs].join('\n\n');
let text = source;
while (text.length < CHARS) text += `\n\n${source}`;
text = text.slice(0, CHARS);

const t0 = performance.now();
analyseText('Біздің ауылда үлкен мектеп бар.');
const warmupMs = performance.now() - t0;

const t1 = performance.now();
const first = analyseText(text);
const analyseMs = performance.now() - t1;

const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  analyseText(text);
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const warmMs = runs[2]!;

const round = (n: number) => Math.round(n);
const result = {
  chars: text.length,
  distinctChars: source.length,
  analyseMs: round(analyseMs),
  warmMs: round(warmMs),
  warmupMs: round(warmupMs),
  changes: first.view.changes.length,
  rows: first.view.rows.length,
  sentences: first.view.sentences.length,
  underTwoSeconds: analyseMs < 2000,
};
log(`text: ${result.chars} characters (${result.distinctChars} distinct, repeated)`);
log(`engine warm-up (first call): ${result.warmupMs} ms`);
log(`analysis of ${result.chars} characters: ${result.analyseMs} ms (first), ${result.warmMs} ms (median of 5 more)`);
log(`found ${result.changes} repairs, ${result.rows} vocabulary rows, ${result.sentences} distinct sentences`);
console.log(JSON.stringify(result));
