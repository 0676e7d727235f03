// Bundles the production server (bin/server.ts) into dist/server.mjs after `next build`, the
// fit job process (bin/fit-jobs.ts) into dist/fit-jobs.mjs,
// and the workers it starts (server/engine/engine-worker.ts, server/scheduler-fit/fit-worker.ts and
// the fit launcher, server/scheduler-fit/fit-launcher-process.ts)
// into dist/engine-worker.mjs, dist/fit-worker.mjs and dist/fit-launcher.mjs.
import { build } from 'esbuild';
import { serverBundleOptions } from './esbuild-server-options.mjs';

await build({
  ...serverBundleOptions,
  entryPoints: {
    server: 'bin/server.ts',
    'fit-jobs': 'bin/fit-jobs.ts',
    'engine-worker': 'server/engine/engine-worker.ts',
    'fit-worker': 'server/scheduler-fit/fit-worker.ts',
    'fit-launcher': 'server/scheduler-fit/fit-launcher-process.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  sourcemap: true,
});
