// The esbuild options the production server and its engine worker are bundled with
// (scripts/build-server.mjs). bench:kazakh bundles its passes with the same options, so it
// measures the engine compiled as the server runs it (tsx, used for scripts, wraps every
// function with a name helper the production bundle does not have).
// Our server modules import 'server-only', which resolves to an empty module only under
// the react-server condition: the bundle resolves it that way. Packages from node_modules
// (next, better-sqlite3, zod, ts-fsrs) stay external and load at run time.
export const serverBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
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
};
