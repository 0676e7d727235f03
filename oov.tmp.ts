import { readFileSync } from 'node:fs';
import { analyzeSentence, resetCaches } from './lib/kazakh/morphology/index';
import { hideLemmasForEvaluation } from './lib/kazakh/lexicon/index';
type W = { form: string; lemma: string; upos: string };
const sents: W[][] = []; let cur: W[] = [];
for (const line of readFileSync('/work/shared/eval/ud-kk-ktb/' + (process.argv[2] ?? 'kk_ktb-dev.conllu'), 'utf8').split('\n')) {
  if (!line.trim()) { if (cur.length) sents.push(cur); cur = []; continue; }
  const c = line.split('\t'); if (c.length >= 10 && /^\d+$/.test(c[0]!)) cur.push({ form: c[1]!, lemma: c[2]!, upos: c[3]! });
}
// hide every other open-class lemma type (deterministic hash)
const open = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'ADV']);
const hide = new Set<string>();
function h(s: string): number { let x = 0; for (const ch of s) x = (x * 31 + ch.charCodeAt(0)) >>> 0; return x; }
for (const s of sents) for (const w of s) if (open.has(w.upos) && h(w.lemma) % 3 === 0) hide.add(w.lemma.toLowerCase());
hideLemmasForEvaluation(hide); resetCaches();
let n = 0, l = 0, u = 0;
const errs = new Map<string, number>();
for (const s of sents) {
  const r = analyzeSentence(s.map((w) => w.form));
  s.forEach((w, i) => {
    if (!hide.has(w.lemma.toLowerCase())) return;
    n++; if (r[i]!.lemma === w.lemma) l++; else { const k = `${w.upos}:${w.form}→${r[i]!.lemma} (${w.lemma})`; errs.set(k, (errs.get(k) ?? 0) + 1); }
    if (r[i]!.upos === w.upos) u++; 
  });
}
console.log(`hidden lemmas ${hide.size}, tokens ${n}: lemma ${(l / n).toFixed(3)} upos ${(u / n).toFixed(3)}`);
if (process.argv[3]) for (const [k, v] of [...errs].sort((a, b) => b[1] - a[1]).slice(0, 80)) console.log(v, k);
