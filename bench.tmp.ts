import { readFileSync } from 'node:fs';
import { analyzeSentence, analyze } from './lib/kazakh/morphology/index';
const sents: string[][] = [];
for (const f of ['kk_ktb-train.conllu', 'kk_ktb-dev.conllu']) {
  let cur: string[] = [];
  for (const line of readFileSync('/work/shared/eval/ud-kk-ktb/' + f, 'utf8').split('\n')) {
    if (!line.trim()) { if (cur.length) sents.push(cur); cur = []; continue; }
    const c = line.split('\t');
    if (c.length >= 10 && /^\d+$/.test(c[0]!)) cur.push(c[1]!);
  }
}
let uniq = new Set<string>(); for (const s of sents) for (const w of s) uniq.add(w);
let t0 = performance.now();
let n = 0;
for (const s of sents) { analyzeSentence(s); n += s.length; }
let t1 = performance.now();
console.log(`cold pass: ${n} tokens (${uniq.size} distinct forms) in ${(t1 - t0).toFixed(0)} ms = ${(n / (t1 - t0) * 1000).toFixed(0)} tok/s`);
// synthetic unseen forms: random stems x endings
const stems = ['мемлекет', 'қала', 'кітап', 'жол', 'адам', 'интеграция', 'экономика', 'бала', 'үй', 'ел', 'жыл', 'халық', 'жұмыс'];
const ends = ['', 'тың', 'ның', 'ға', 'ге', 'да', 'дан', 'лар', 'лары', 'ларының', 'сы', 'ы', 'і', 'ымен', 'дағы', 'ларда', 'мыз', 'ын'];
const synth: string[] = [];
for (let i = 0; i < 200000; i++) synth.push(stems[i % stems.length]! + ends[(i * 7) % ends.length]! + (i % 3 === 0 ? '' : String.fromCharCode(0x430 + (i % 30)).repeat(i % 4)));
t0 = performance.now();
for (let i = 0; i < synth.length; i += 20) analyzeSentence(synth.slice(i, i + 20));
t1 = performance.now();
console.log(`synthetic ${synth.length} tokens (${new Set(synth).size} distinct) in ${(t1 - t0).toFixed(0)} ms = ${(synth.length / (t1 - t0) * 1000).toFixed(0)} tok/s`);
// warm: repeat real text 30x
t0 = performance.now(); n = 0;
for (let r = 0; r < 30; r++) for (const s of sents) { analyzeSentence(s); n += s.length; }
t1 = performance.now();
console.log(`warm: ${n} tokens in ${(t1 - t0).toFixed(0)} ms = ${(n / (t1 - t0) * 1000).toFixed(0)} tok/s`);
void analyze;
