// Bundles the production server (bin/server.ts) into dist/server.mjs after `next build`,
// and the engine worker it starts (server/engine/engine-worker.ts) into dist/engine-worker.mjs.
import { build } from 'esbuild';
import { serverBundleOptions } from './esbuild-server-options.mjs';

await build({
  ...serverBundleOptions,
  entryPoints: { server: 'bin/server.ts', 'engine-worker': 'server/engine/engine-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  sourcemap: true,
});
