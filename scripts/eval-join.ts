// Two words typed together, split right? A check set built from the held-out KazNERD
// sentences (../shared; the frequency data the splitter uses were counted on the rest, see
// scripts/lexicon/kaznerd-split.ts):
//   - pairs: every two adjacent words of a sentence (ordinary lower-case Cyrillic words,
//     separated by one space) joined into one; the sentence is normalised and the pair must
//     come back as exactly those two words (pairs whose join is itself a known word, such as
//     заң да → заңда "in the law", are left out and counted);
//   - long words: every word of 13+ letters of those sentences; it must stay whole.
// Clean-text precision of the same splitter is measured by npm run eval:normalize.
//
//   npm run eval:join -- [--json] [--show N]
// Last stdout line: {"pairs":…,"splitCorrect":…,"splitRate":…,"longWords":…,"keptWhole":…,"keepRate":…}

import { isKnownForm, normalize, tokenize } from '../lib/kazakh/index';
import { kaznerdLines } from './lexicon/kaznerd-split';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : json ? 0 : 20;
const lines = kaznerdLines('held-out');
if (!lines) {
  console.log('eval-join: the KazNERD sentences are not in ../shared/corpus/kaznerd; skipping.');
  console.log(JSON.stringify({ pairs: 0, splitCorrect: 0, splitRate: null, longWords: 0, keptWhole: 0, keepRate: null, skipped: true }));
  process.exit(0);
}

const WORD = /^[а-яәғқңөұүһіё]+$/u;
const LONG = /^[\p{L}]{13,}$/u;
let pairs = 0;
let splitCorrect = 0;
let longWords = 0;
let keptWhole = 0;
let realWords = 0;
const missed: string[] = [];
const wrong: string[] = [];
const broken: string[] = [];
const seenPair = new Set<string>();
for (const line of lines) {
  const toks = tokenize(line);
  const words = toks.filter((t) => t.kind === 'word');
  // long words: normalised in their sentence, never split
  const longs = words.filter((t) => LONG.test(t.text));
  if (longs.length) {
    const r = normalize(line);
    for (const t of longs) {
      longWords++;
      const split = r.changes.some((c) => c.reason === 'run-together' && c.offset <= t.start && c.offset + c.before.length >= t.end);
      if (split) broken.push(t.text + ' → ' + (r.changes.find((c) => c.offset <= t.start && c.offset + c.before.length >= t.end)?.after ?? ''));
      else keptWhole++;
    }
  }
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k]!;
    const b = words[k + 1]!;
    if (!WORD.test(a.text) || !WORD.test(b.text) || line.slice(a.end, b.start) !== ' ') continue;
    const key = a.text + ' ' + b.text;
    if (seenPair.has(key)) continue; // the corpus repeats sentences (numbers as words / digits)
    seenPair.add(key);
    // joined, some pairs are themselves a correct word (заң да → заңда "in the law"): no
    // repair can be expected there
    if (isKnownForm(a.text + b.text)) {
      realWords++;
      continue;
    }
    pairs++;
    const joined = line.slice(0, a.end) + line.slice(b.start);
    const r = normalize(joined);
    const c = r.changes.find((x) => x.offset === a.start && x.before === a.text + b.text);
    if (c && c.after === key) splitCorrect++;
    else if (c) wrong.push(`${a.text}${b.text} → ${c.after} (want ${key})`);
    else missed.push(`${a.text}${b.text} (want ${key})`);
  }
}
const splitRate = pairs ? splitCorrect / pairs : 0;
const keepRate = longWords ? keptWhole / longWords : 0;
if (!json || show > 0) {
  console.log(`held-out sentences: ${lines.length}`);
  console.log(`pairs whose join is itself a known word (left out): ${realWords}`);
  console.log(`pairs joined: ${pairs}, split correctly: ${splitCorrect} = ${(splitRate * 100).toFixed(1)}% (target ≥ 90%); wrong split: ${wrong.length}; left whole: ${missed.length}`);
  console.log(`long words (13+ letters): ${longWords}, kept whole: ${keptWhole} = ${(keepRate * 100).toFixed(2)}% (target ≥ 99%)`);
  if (show > 0) {
    console.log('wrong splits:'); for (const s of wrong.slice(0, show)) console.log('  ' + s);
    console.log('left whole:'); for (const s of missed.slice(0, show)) console.log('  ' + s);
    console.log('long words split:'); for (const s of broken.slice(0, show)) console.log('  ' + s);
  }
}
console.log(JSON.stringify({ pairs, joinIsAWord: realWords, splitCorrect, splitRate: Math.round(splitRate * 1e4) / 1e4, longWords, keptWhole, keepRate: Math.round(keepRate * 1e4) / 1e4 }));
