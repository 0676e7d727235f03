// Fits the weights of the run-together splitter (lib/kazakh/normalize/run-together.ts) on
// the train part of the KazNERD sentences and prints them; evaluate with npm run eval:join.
//
//   npx tsx scripts/fit-join.ts [--negative-weight 30] [--l2 0.001]
//
// Examples: every adjacent pair (and triple) of ordinary words of a sentence joined into one
// token gives one positive example (its true segmentation) and negatives (every other
// segmentation into two known words); every token the analyser does not know gives
// negatives (each of its segmentations into two known words). Counts are taken leave-one-
// sentence-out, so a sentence never supplies evidence about itself.

import { analyzeSentence, isKnownForm, tokenize } from '../lib/kazakh/index';
import { analyserLexicon, type FormLexicon } from '../lib/kazakh/normalize/lexicon';
import { BOUNDARY_FEATURES, PIECE_FEATURES, segmentationFeatures, TOKEN_FEATURES } from '../lib/kazakh/normalize/run-together';
import { kaznerdLines } from './lexicon/kaznerd-split';

const args = process.argv.slice(2);
const num = (name: string, d: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const NEG_WEIGHT = num('--negative-weight', 30);
const L2 = num('--l2', 0.001);
const WORD = /^[а-яәғқңөұүһіё]+$/u;
const lines = kaznerdLines('train');
if (!lines) {
  console.error('fit-join: the KazNERD sentences are not in ../shared/corpus/kaznerd.');
  process.exit(1);
}
const base = analyserLexicon();
const X: number[][] = [];
const y: number[] = [];
const w: number[] = [];
/** Every cut into two pieces, and into three (tokens up to 24 letters), pieces of 2+ letters. */
const splits = (t: string): string[][] => {
  const out: string[][] = [];
  for (let i = 2; i <= t.length - 2; i++) {
    out.push([t.slice(0, i), t.slice(i)]);
    if (t.length <= 24 && base.known(t.slice(0, i))) for (let j = i + 2; j <= t.length - 2; j++) out.push([t.slice(0, i), t.slice(i, j), t.slice(j)]);
  }
  return out;
};
for (const line of lines) {
  const toks = tokenize(line).filter((t) => t.kind === 'word');
  const res = analyzeSentence(toks.map((t) => t.text));
  // leave this sentence out of the form and lemma counts
  const own = new Map<string, number>();
  const ownLemma = new Map<string, number>();
  toks.forEach((t, i) => {
    own.set(t.text.toLowerCase(), (own.get(t.text.toLowerCase()) ?? 0) + 1);
    if (!res[i]!.guess) ownLemma.set(res[i]!.lemma, (ownLemma.get(res[i]!.lemma) ?? 0) + 1);
  });
  const lex: FormLexicon = {
    known: base.known,
    best: base.best,
    formCount: (x) => Math.max(0, base.formCount(x) - (own.get(x.toLowerCase()) ?? 0)),
    frequency: (x) => {
      const a = base.best(x);
      return Math.max(0, base.frequency(x) - (a ? ownLemma.get(a.lemma) ?? 0 : 0));
    },
  };
  const example = (tokenText: string, segs: string[][], good: string[] | null) => {
    for (const seg of good ? [good, ...segs.filter((s) => s.join(' ') !== good.join(' '))] : segs) {
      const f = segmentationFeatures(tokenText, seg, lex);
      if (!f) continue;
      const pos = good !== null && seg.join(' ') === good.join(' ');
      X.push(f);
      y.push(pos ? 1 : 0);
      w.push(pos ? 1 : good ? 3 : NEG_WEIGHT);
    }
  };
  toks.forEach((t, i) => {
    if (WORD.test(t.text) && res[i]!.guess) example(t.text, splits(t.text), null);
  });
  for (let k = 0; k + 1 < toks.length; k++) {
    const group = [toks[k]!, toks[k + 1]!, ...(k % 3 === 0 && toks[k + 2] ? [toks[k + 2]!] : [])];
    if (!group.every((t, g) => WORD.test(t.text) && (g === 0 || line.slice(group[g - 1]!.end, t.start) === ' '))) continue;
    const joined = group.map((t) => t.text).join('');
    if (isKnownForm(joined)) continue;
    example(joined, splits(joined), group.map((t) => t.text));
  }
}
const names = [...TOKEN_FEATURES, ...PIECE_FEATURES, ...BOUNDARY_FEATURES];
const d = names.length;
// standardise (bias and counts excluded), fit by gradient descent, then fold back
const mu = new Array<number>(d).fill(0);
const sd = new Array<number>(d).fill(1);
for (let j = 1; j < d; j++) {
  let m = 0;
  for (const r of X) m += r[j]!;
  m /= X.length;
  let v = 0;
  for (const r of X) v += (r[j]! - m) ** 2;
  mu[j] = m;
  sd[j] = Math.sqrt(v / X.length) || 1;
}
const Z = X.map((r) => r.map((v, j) => (j === 0 ? 1 : (v - mu[j]!) / sd[j]!)));
const theta = new Array<number>(d).fill(0);
const W = w.reduce((a, b) => a + b, 0);
for (let it = 0; it < 3000; it++) {
  const g = new Array<number>(d).fill(0);
  for (let i = 0; i < Z.length; i++) {
    const z = Z[i]!;
    let s = 0;
    for (let j = 0; j < d; j++) s += theta[j]! * z[j]!;
    const p = 1 / (1 + Math.exp(-s));
    const e = (p - y[i]!) * w[i]!;
    for (let j = 0; j < d; j++) g[j]! += e * z[j]!;
  }
  for (let j = 0; j < d; j++) theta[j]! -= 0.5 * (g[j]! / W * 10 + L2 * theta[j]!);
}
const raw = theta.map((t, j) => (j === 0 ? t : t / sd[j]!));
raw[0] = theta[0]! - theta.slice(1).reduce((a, t, j) => a + (t * mu[j + 1]!) / sd[j + 1]!, 0);
console.log(`examples: ${X.length} (${y.filter(Boolean).length} positive)`);
for (const [j, n] of names.entries()) console.log(`  ${n.padEnd(24)} ${raw[j]!.toFixed(4)}`);
const fmt = (a: number[]) => '[' + a.map((v) => Number(v.toFixed(4))).join(', ') + ']';
console.log(`const TOKEN_W = ${fmt(raw.slice(0, TOKEN_FEATURES.length))};`);
console.log(`const PIECE_W = ${fmt(raw.slice(TOKEN_FEATURES.length, TOKEN_FEATURES.length + PIECE_FEATURES.length))};`);
console.log(`const BOUNDARY_W = ${fmt(raw.slice(TOKEN_FEATURES.length + PIECE_FEATURES.length))};`);
