import { analyzeLowerWord } from './lib/kazakh/morphology/analyzer';
import { endingTable } from './lib/kazakh/morphology/table';
endingTable(); analyzeLowerWord('мемлекеттердің');
const t0 = performance.now();
for (let i = 0; i < 5000; i++) analyzeLowerWord('мемлекеттердің');
console.log(((performance.now() - t0) / 5000 * 1000).toFixed(1), 'us');
