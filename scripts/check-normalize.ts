// Precision check of normalize() on clean Kazakh text: every change it makes is listed with
// its context, so a reviewer can judge each one. Clean text should need (almost) no repairs:
// the target is at most 0.1 changes per 1,000 tokens, and every change a real repair.
//
//   npm run eval:normalize -- [--file PATH] [--held-out] [--json] [--verbose]
//
// PATH: a CoNLL-U file (its "# text" lines: the treebank's own running text) or a plain text
// file, one text per line (the KazNERD sentences). Default: UD Kazakh-KTB dev, read at run
// time from ../shared (never copied into the repo). Each line is normalised on its own, as a
// learner's one-line paste would be, and every change counts, whitespace included.
// --held-out: only the KazNERD lines held out from the frequency data the normaliser uses
// (scripts/lexicon/kaznerd-split.ts), i.e. text it has no evidence about.
// Last stdout line: {"file":…,"lines":…,"tokens":…,"changes":…,"perThousand":…,"byReason":{…}}

import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { normalize, tokenize } from '../lib/kazakh/index';
import { isHeldOut } from './lexicon/kaznerd-split';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(name + '='))?.slice(name.length + 1);
};
const verbose = args.includes('--verbose');
const json = args.includes('--json');
const file = resolve(opt('--file') ?? args.find((a) => !a.startsWith('--')) ?? '../shared/eval/ud-kk-ktb/kk_ktb-dev.conllu');

if (!existsSync(file)) {
  console.log(`check-normalize: ${file} not found; skipping (the evaluation data live outside the repo).`);
  console.log(JSON.stringify({ file: basename(file) + (args.includes('--held-out') ? ' (held out)' : ''), lines: 0, tokens: 0, changes: 0, perThousand: null, skipped: true }));
  process.exit(0);
}

const raw = readFileSync(file, 'utf8').split('\n');
const texts = file.endsWith('.conllu')
  ? raw.filter((l) => l.startsWith('# text = ')).map((l) => l.slice('# text = '.length))
  : raw.filter((l, i) => l.trim() !== '' && (!args.includes('--held-out') || isHeldOut(i)));

let tokens = 0;
let changes = 0;
const byReason: Record<string, number> = {};
const t0 = performance.now();
for (const [i, text] of texts.entries()) {
  tokens += tokenize(text).length;
  const r = normalize(text);
  for (const c of r.changes) {
    changes++;
    byReason[c.reason] = (byReason[c.reason] ?? 0) + 1;
    const ctx = text.slice(Math.max(0, c.offset - 30), c.offset) + '[' + c.before + ' → ' + c.after + ']' + text.slice(c.offset + c.before.length, c.offset + c.before.length + 30);
    console.log(`  line ${i + 1} ${c.reason}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}   …${ctx.replace(/\n/g, ' ')}…`);
  }
  if (verbose) console.log(`  ${text}`);
}
const ms = performance.now() - t0;
const perThousand = tokens ? (changes / tokens) * 1000 : 0;
if (!json) {
  console.log(`file: ${file}`);
  console.log(`lines: ${texts.length}, tokens: ${tokens}, changes: ${changes}, ${perThousand.toFixed(3)} per 1,000 tokens (target ≤ 0.1)`);
  console.log(`by reason: ${Object.entries(byReason).map(([k, v]) => `${k}=${v}`).join(', ') || 'none'}`);
  console.log(`time: ${ms.toFixed(0)} ms`);
}
console.log(JSON.stringify({ file: basename(file) + (args.includes('--held-out') ? ' (held out)' : ''), lines: texts.length, tokens, changes, perThousand: Math.round(perThousand * 1000) / 1000, byReason }));
