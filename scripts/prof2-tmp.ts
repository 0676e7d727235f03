import { readFileSync } from 'node:fs';
import { analyze, analyzeSentence, sentences, tokenize } from '../lib/kazakh/index';
import { resetCaches } from '../lib/kazakh/morphology/index';
const text = readFileSync('/work/shared/corpus/kaznerd/kaznerd-valid.kk.txt', 'utf8');
const WORDISH = new Set(['word', 'abbr']);
const spans = sentences(text);
const sent = spans.map((s) => { const ws: string[] = []; for (const t of tokenize(s.text)) if (WORDISH.has(t.kind) && !t.text.endsWith('.')) ws.push(t.text); return ws; });
function cpu(f: () => void): number { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; }
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(0);
for (let k = 0; k < 2; k++) { resetCaches(); for (const ws of sent) analyzeSentence(ws); }
const R = 5; const tok: number[] = [], ent: number[] = [], cold: number[] = [], warm: number[] = [];
for (let r = 0; r < R; r++) {
  tok.push(cpu(() => { for (const s of spans) tokenize(s.text); }));
  resetCaches(); ent.push(cpu(() => { for (const ws of sent) for (const w of ws) analyze(w); }));
  resetCaches(); cold.push(cpu(() => { for (const ws of sent) analyzeSentence(ws); }));
  warm.push(cpu(() => { for (const ws of sent) analyzeSentence(ws); }));
}
console.log('tokenize', med(tok), 'ms; cold analyze words', med(ent), '; cold sentences', med(cold), '; warm sentences', med(warm));
