import { Worker } from 'node:worker_threads';
const mb = Number(process.argv[2]);
const w = new Worker(new URL('./prof2-tmp.mjs', import.meta.url), mb ? { resourceLimits: { maxYoungGenerationSizeMb: mb } } : {});
w.on('exit', () => {});
