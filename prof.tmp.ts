import { readFileSync } from 'node:fs';
import { endingTable } from './lib/kazakh/morphology/table';
import { analyze } from './lib/kazakh/morphology/index';
let t0 = performance.now(); const t = endingTable(); console.log('table', t.size, (performance.now() - t0).toFixed(0), 'ms');
t0 = performance.now(); analyze('мемлекет'); console.log('first analyze', (performance.now() - t0).toFixed(0), 'ms');
const forms = new Set<string>();
for (const line of readFileSync('/work/shared/eval/ud-kk-ktb/kk_ktb-dev.conllu', 'utf8').split('\n')) { const c = line.split('\t'); if (c.length >= 10 && /^\d+$/.test(c[0]!)) forms.add(c[1]!); }
const arr = [...forms];
t0 = performance.now(); for (const f of arr) analyze(f); const dt = performance.now() - t0;
console.log(arr.length, 'forms', dt.toFixed(0), 'ms', (dt / arr.length * 1000).toFixed(0), 'us/form');
const lens = arr.map((f) => analyze(f).length); console.log('avg analyses', lens.reduce((a, b) => a + b, 0) / lens.length, 'max', Math.max(...lens));
