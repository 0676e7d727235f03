// Bundles the production server (bin/server.ts) into dist/server.mjs after `next build`,
// and the workers it starts (server/engine/engine-worker.ts, server/scheduler-fit/fit-worker.ts)
// into dist/engine-worker.mjs and dist/fit-worker.mjs.
// Our server modules import 'server-only', which resolves to an empty module only under
// the react-server condition: the bundle resolves it that way. Packages from node_modules
// (next, better-sqlite3, zod, ts-fsrs) stay external and load at run time.
import { build } from 'esbuild';

await build({
  entryPoints: { server: 'bin/server.ts', 'engine-worker': 'server/engine/engine-worker.ts', 'fit-worker': 'server/scheduler-fit/fit-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'server-only',
      setup(b) {
        b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
        b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
      },
    },
  ],
});
