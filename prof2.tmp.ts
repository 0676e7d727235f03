import { readFileSync } from 'node:fs';
import { analyze } from './lib/kazakh/morphology/index';
function forms(f: string): string[] {
  const s = new Set<string>();
  for (const line of readFileSync('/work/shared/eval/ud-kk-ktb/' + f, 'utf8').split('\n')) { const c = line.split('\t'); if (c.length >= 10 && /^\d+$/.test(c[0]!)) s.add(c[1]!); }
  return [...s];
}
const tr = forms('kk_ktb-train.conllu');
let t0 = performance.now(); for (const f of tr) analyze(f); console.log('train forms', tr.length, (performance.now() - t0).toFixed(0), 'ms');
const dv = forms('kk_ktb-dev.conllu').filter((f) => !tr.includes(f));
t0 = performance.now(); for (const f of dv) analyze(f); const dt = performance.now() - t0;
console.log('dev new forms', dv.length, dt.toFixed(0), 'ms', (dt / dv.length * 1000).toFixed(0), 'us/form');
// synthetic unseen
const syn: string[] = [];
for (const f of dv) syn.push(f + 'лар', f + 'ның', f + 'да');
t0 = performance.now(); for (const f of syn) analyze(f); const dt2 = performance.now() - t0;
console.log('synthetic', syn.length, dt2.toFixed(0), 'ms', (dt2 / syn.length * 1000).toFixed(0), 'us/form');
