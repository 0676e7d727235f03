// Evaluate the morphological analyser on a UD CoNLL-U file (default: UD Kazakh-KTB dev).
//
//   npm run eval:lemma -- [--file PATH] [--json] [--bench] [--errors x] [--update-baseline]
//
// On UD Kazakh-KTB dev the scores are compared with the committed baseline
// (data/kazakh/eval/ud-kk-ktb-dev.json): the run fails (exit code 1) when lemma, UPOS or
// feature accuracy falls below it. --update-baseline records the current scores (only when
// none is lower: a baseline only goes up).
//
// --bench also measures analyzeSentence throughput (wall and CPU time, fresh caches):
//   (1) the file's sentences repeated to 1,000,000 tokens (realistic repetition), and
//   (2) 1,000,000 tokens drawn with a Zipf law from ~70k synthetic well-formed word forms
//       (lexicon lemmas × endings valid for their harmony/last sound): a worst case with
//       ~65k distinct forms, i.e. most time spent on first-time analyses.
// --errors x prints every lemma/UPOS error to stderr (--errors feats: feature errors too).
//
// Feeding: each sentence's SYNTACTIC words (the single-id lines) are given, in order, to
// analyzeSentence(). Multi-word token ranges ("3-4 қуаныштымын") are not fed as such:
// the words under them ("қуанышты", "мын") are fed and scored like any other word, so
// copula suffixes split off by the treebank are analysed as separate words.
// Empty nodes ("5.1") are skipped.
//
// Scores (fractions over all syntactic words, punctuation included):
//   lemma  – exact, case-sensitive string match with the gold LEMMA (a case-insensitive
//            score is printed too);
//   upos   – exact UPOS match;
//   feats  – exact match of the full FEATS set (order-insensitive; "_" = empty set).
// With --json the last stdout line is {"tokens":…,"lemmaAcc":…,"uposAcc":…,"featsAcc":…}.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeSentence, resetCaches } from '../lib/kazakh/morphology/index';
import { allEntries } from '../lib/kazakh/lexicon/index';
import { endingTable } from '../lib/kazakh/morphology/table';
import { lastClass, stemHarmony } from '../lib/kazakh/morphology/phonology';

interface Word { form: string; lemma: string; upos: string; feats: string }

const here = dirname(fileURLToPath(import.meta.url));
const BASELINE = resolve(here, '..', 'data', 'kazakh', 'eval', 'ud-kk-ktb-dev.json');

interface Scores { tokens: number; lemmaAcc: number; uposAcc: number; featsAcc: number }
interface Baseline extends Scores { file: string }

/** Compare with the committed baseline when the file is the one it was measured on. */
function checkBaseline(file: string, scores: Scores, update: boolean): { ok: boolean; lines: string[] } {
  if (!existsSync(BASELINE)) return { ok: true, lines: [] };
  const base = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
  if (basename(file) !== base.file) return { ok: true, lines: [`baseline: none for ${basename(file)} (it is for ${base.file})`] };
  const lines: string[] = [];
  let ok = true;
  if (scores.tokens !== base.tokens) lines.push(`baseline: measured on ${base.tokens} tokens, this file has ${scores.tokens}`);
  for (const k of ['lemmaAcc', 'uposAcc', 'featsAcc'] as const) {
    const below = scores[k] < base[k] - 1e-12;
    if (below) ok = false;
    lines.push(`baseline ${k}: ${(base[k] * 100).toFixed(2)}%  now ${(scores[k] * 100).toFixed(2)}%  ${below ? 'BELOW BASELINE' : 'ok'}`);
  }
  if (update && ok) {
    writeFileSync(BASELINE, JSON.stringify({ file: base.file, ...scores }, null, 2) + '\n');
    lines.push(`baseline updated: ${BASELINE}`);
  } else if (update) lines.push('baseline not updated: a score is below it');
  return { ok, lines };
}

function parseArgs(argv: string[]): { file: string; json: boolean; errors: string | null; bench: boolean; update: boolean } {
  let file = resolve(here, '..', '..', 'shared', 'eval', 'ud-kk-ktb', 'kk_ktb-dev.conllu');
  let json = false;
  let errors: string | null = null;
  let bench = false;
  let update = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--bench') bench = true;
    else if (a === '--update-baseline') update = true;
    else if (a === '--file') file = resolve(argv[++i] ?? file);
    else if (a?.startsWith('--file=')) file = resolve(a.slice(7));
    else if (a === '--errors') errors = argv[++i] ?? null;
  }
  return { file, json, errors, bench, update };
}

function timeIt(label: string, sents: string[][]): void {
  resetCaches();
  let n = 0;
  for (const s of sents) n += s.length;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const s of sents) analyzeSentence(s);
  const ms = performance.now() - t0;
  const cu = process.cpuUsage(c0);
  const cpuMs = (cu.user + cu.system) / 1000;
  console.log(`bench ${label}: ${n} tokens, wall ${ms.toFixed(0)} ms = ${Math.round(n / ms * 1000)} tokens/s; cpu ${cpuMs.toFixed(0)} ms = ${Math.round(n / cpuMs * 1000)} tokens/cpu-s`);
}

function syntheticText(tokens: number): string[][] {
  let seed = 12345;
  const rnd = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const byCtx = new Map<string, { N: string[]; V: string[] }>();
  for (const [ending, entries] of endingTable()) {
    for (const e of entries) {
      const k = e.cls + e.h;
      let b = byCtx.get(k);
      if (!b) byCtx.set(k, (b = { N: [], V: [] }));
      if (e.chain.morphs.length <= 3) b[e.chain.cat].push(ending);
    }
  }
  const vocabSet = new Set<string>();
  for (const e of allEntries()) {
    if (e.lemma.includes(' ') || !['NOUN', 'VERB', 'ADJ', 'PROPN'].includes(e.upos)) continue;
    const l = e.upos === 'PROPN' ? e.lemma : e.lemma.toLowerCase();
    const b = byCtx.get(lastClass(l.toLowerCase()) + stemHarmony(l.toLowerCase())[0]);
    if (!b) continue;
    const ends = e.upos === 'VERB' ? b.V : b.N;
    if (e.upos !== 'VERB') vocabSet.add(l);
    for (let i = 0; i < 20 && ends.length; i++) vocabSet.add(l + ends[Math.floor(rnd() * ends.length)]!);
  }
  const vocab = [...vocabSet];
  for (let i = vocab.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [vocab[i], vocab[j]] = [vocab[j]!, vocab[i]!];
  }
  const cum = new Float64Array(vocab.length);
  let acc = 0;
  for (let i = 0; i < vocab.length; i++) cum[i] = acc += 1 / (i + 1);
  const sents: string[][] = [];
  let cur: string[] = [];
  const distinct = new Set<string>();
  for (let i = 0; i < tokens; i++) {
    let w: string;
    if (i % 12 === 11) w = i % 24 === 23 ? '.' : ',';
    else {
      const x = rnd() * acc;
      let lo = 0;
      let hi = vocab.length - 1;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (cum[m]! < x) lo = m + 1;
        else hi = m;
      }
      w = vocab[lo]!;
    }
    distinct.add(w);
    cur.push(w);
    if (cur.length === 15) {
      sents.push(cur);
      cur = [];
    }
  }
  if (cur.length) sents.push(cur);
  console.log(`bench synthetic text: ${vocab.length} forms in the vocabulary, ${distinct.size} distinct in the text`);
  return sents;
}

function normFeats(f: string): string {
  if (!f || f === '_') return '';
  return f.split('|').filter(Boolean).sort().join('|');
}

function featsToString(f: Record<string, string>): string {
  return Object.keys(f).filter((k) => f[k] !== undefined && f[k] !== '').sort().map((k) => `${k}=${f[k]}`).join('|');
}

function readSentences(text: string): Word[][] {
  const sents: Word[][] = [];
  let cur: Word[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (cur.length) sents.push(cur);
      cur = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 6) continue;
    const id = cols[0] ?? '';
    if (!/^\d+$/.test(id)) continue; // ranges and empty nodes
    cur.push({ form: cols[1] ?? '', lemma: cols[2] ?? '', upos: cols[3] ?? '', feats: normFeats(cols[5] ?? '') });
  }
  if (cur.length) sents.push(cur);
  return sents;
}

function main(): void {
  const { file, json, errors, bench, update } = parseArgs(process.argv.slice(2));
  if (!existsSync(file)) {
    console.log(`eval-lemma: ${file} not found; skipping evaluation.`);
    return;
  }
  const sents = readSentences(readFileSync(file, 'utf8'));
  let n = 0, lemmaOk = 0, lemmaCi = 0, uposOk = 0, featsOk = 0;
  const perUpos = new Map<string, { n: number; ok: number; upos: number }>();
  const confusions = new Map<string, number>();
  const errLines: string[] = [];
  const t0 = performance.now();
  for (const s of sents) {
    const res = analyzeSentence(s.map((w) => w.form));
    s.forEach((w, i) => {
      const a = res[i]!;
      n++;
      const lOk = a.lemma === w.lemma;
      if (lOk) lemmaOk++;
      if (a.lemma.toLowerCase() === w.lemma.toLowerCase()) lemmaCi++;
      const uOk = a.upos === w.upos;
      if (uOk) uposOk++;
      const fOk = featsToString(a.feats) === w.feats;
      if (fOk) featsOk++;
      const pu = perUpos.get(w.upos) ?? { n: 0, ok: 0, upos: 0 };
      pu.n++;
      if (lOk) pu.ok++;
      if (uOk) pu.upos++;
      perUpos.set(w.upos, pu);
      if (!lOk) {
        const k = `lemma ${w.form} → ${a.lemma} (gold ${w.lemma})`;
        confusions.set(k, (confusions.get(k) ?? 0) + 1);
      }
      if (!uOk) {
        const k = `upos ${w.upos} → ${a.upos}`;
        confusions.set(k, (confusions.get(k) ?? 0) + 1);
      }
      if (errors && (!lOk || !uOk || (errors === 'feats' && !fOk))) {
        errLines.push(`${w.form}\t${a.lemma}/${w.lemma}\t${a.upos}/${w.upos}\t${featsToString(a.feats)} // ${w.feats}\t${a.segments.map((x) => x.text + (x.label ? ':' + x.label : '')).join('+')}${a.guess ? '\tGUESS' : ''}`);
      }
    });
  }
  const ms = performance.now() - t0;
  const pct = (x: number): string => (100 * x / Math.max(1, n)).toFixed(2) + '%';
  console.log(`file: ${file}`);
  console.log(`sentences: ${sents.length}  tokens (syntactic words): ${n}  time: ${ms.toFixed(0)} ms`);
  console.log(`lemma accuracy: ${pct(lemmaOk)}  (case-insensitive ${pct(lemmaCi)})`);
  console.log(`UPOS accuracy:  ${pct(uposOk)}`);
  console.log(`feats accuracy (exact full set): ${pct(featsOk)}`);
  console.log('per-UPOS (gold) lemma / upos accuracy:');
  for (const [u, v] of [...perUpos.entries()].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`  ${u.padEnd(6)} n=${String(v.n).padStart(5)}  lemma ${(100 * v.ok / v.n).toFixed(1)}%  upos ${(100 * v.upos / v.n).toFixed(1)}%`);
  }
  console.log('top 20 confusions:');
  for (const [k, c] of [...confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${String(c).padStart(4)}  ${k}`);
  if (errors) for (const l of errLines) console.error(l);
  if (bench) {
    const forms = sents.map((s) => s.map((w) => w.form));
    const rep: string[][] = [];
    let k = 0;
    while (k < 1_000_000) for (const s of forms) { rep.push(s); k += s.length; if (k >= 1_000_000) break; }
    timeIt('file repeated', rep);
    timeIt('synthetic Zipf', syntheticText(1_000_000));
  }
  const scores: Scores = { tokens: n, lemmaAcc: lemmaOk / Math.max(1, n), uposAcc: uposOk / Math.max(1, n), featsAcc: featsOk / Math.max(1, n) };
  const baseline = checkBaseline(file, scores, update);
  for (const l of baseline.lines) console.log(l);
  if (json) console.log(JSON.stringify({ ...scores, baseline: baseline.ok ? 'ok' : 'below' }));
  if (!baseline.ok) process.exitCode = 1;
}

main();
