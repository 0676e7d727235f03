import { analyzeLowerWord, readingsFor } from './lib/kazakh/morphology/analyzer';
import { endingTable } from './lib/kazakh/morphology/table';
endingTable();
const ws = ['мемлекеттердің', 'интеграциясына', 'жоспарланып', 'фывапролдың', 'қолдайды', 'болғандықтан', 'экономикалық'];
for (const w of ws) {
  let t0 = performance.now(); let n = 0;
  for (let i = 0; i < 200; i++) n = analyzeLowerWord(w + (i % 2 ? '' : '')).length;
  const a = (performance.now() - t0) / 200 * 1000;
  t0 = performance.now(); let m = 0;
  for (let i = 0; i < 200; i++) m = readingsFor(w).length;
  const b = (performance.now() - t0) / 200 * 1000;
  console.log(w, 'raw', n, a.toFixed(0), 'us; readingsFor', m, b.toFixed(0), 'us');
}
