import { readFileSync } from 'node:fs';
import { analyzeSentence, sentences, tokenize } from '../lib/kazakh/index';
import { resetCaches } from '../lib/kazakh/morphology/index';
const text = readFileSync('/work/shared/corpus/kaznerd/kaznerd-valid.kk.txt', 'utf8');
const essay = readFileSync('/work/main/data/essay/essay-central-asia-integration.kk.txt', 'utf8');
const WORDISH = new Set(['word', 'abbr']);
function pass(spans: { text: string }[]): number {
  let tokens = 0;
  for (const s of spans) {
    const toks = tokenize(s.text);
    tokens += toks.length;
    const ws: string[] = [];
    for (const t of toks) if (WORDISH.has(t.kind) && !t.text.endsWith('.')) ws.push(t.text);
    if (ws.length) analyzeSentence(ws);
  }
  return tokens;
}
const spans = sentences(text); const es = sentences(essay);
pass(spans);
for (let k = 0; k < 3; k++) { resetCaches(); pass(es); }
const N = Number(process.argv[2] ?? 5);
const rates: number[] = [];
for (let r = 0; r < N; r++) { resetCaches(); const c0 = process.cpuUsage(); const t = pass(spans); const c = process.cpuUsage(c0); rates.push(Math.round(t / ((c.user + c.system) / 1e6))); }
console.log('cold cpu rates', rates.join(' '));
