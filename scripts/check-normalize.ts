// Precision check of normalize() on clean, hand-annotated Kazakh text: the sentences of the
// UD Kazakh-KTB dev set (read at run time from ../shared; never copied into the repo).
// Clean text should need (almost) no repairs: the target is fewer than 1 change per 1,000
// tokens.
//
// Every change counts, whitespace included: the "# text" lines are the treebank's own
// running text, so a whitespace repair there would be a false repair too. (Each sentence is
// normalised on its own, as a learner's one-line paste would be.)
//
// Usage: npx tsx scripts/check-normalize.ts [path/to/file.conllu] [--verbose]
// Last stdout line: {"tokens":…,"changes":…,"rate":…}

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalize, tokenize } from '../lib/kazakh/index';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/eval/ud-kk-ktb/kk_ktb-dev.conllu');

if (!existsSync(file)) {
  console.log(`check-normalize: ${file} not found; skipping (the UD data lives outside the repo).`);
  console.log(JSON.stringify({ tokens: 0, changes: 0, rate: null, skipped: true }));
  process.exit(0);
}

const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('# text = '))
  .map((l) => l.slice('# text = '.length));

let tokens = 0;
let changes = 0;
const byReason = new Map<string, number>();
const t0 = performance.now();
for (const text of texts) {
  tokens += tokenize(text).length;
  const r = normalize(text);
  for (const c of r.changes) {
    changes++;
    byReason.set(c.reason, (byReason.get(c.reason) ?? 0) + 1);
    const ctx = text.slice(Math.max(0, c.offset - 25), c.offset + c.before.length + 25);
    console.log(`  ${c.reason}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}   …${ctx}…`);
  }
  if (verbose) console.log(`  ${text}`);
}
const ms = performance.now() - t0;
const rate = tokens ? changes / tokens : 0;
console.log(`file: ${file}`);
console.log(`sentences: ${texts.length}, tokens: ${tokens}, changes: ${changes}, rate: ${(rate * 1000).toFixed(2)} per 1,000 tokens (target < 1)`);
console.log(`by reason: ${[...byReason].map(([k, v]) => `${k}=${v}`).join(', ') || 'none'}`);
console.log(`time: ${ms.toFixed(0)} ms`);
console.log(JSON.stringify({ tokens, changes, rate: Math.round(rate * 1e6) / 1e6 }));
