// `npm run fit-jobs`: a process that runs learners' scheduler fits and serves nothing, for
// deployments that keep fits off the web servers (FIT_JOBS=off there): the job runner of
// `npm start`, alone (docs/decisions/028). Any number may run against one database; each job
// still runs on exactly one of them (the lease in FitJob).
// Bundled by scripts/build-server.mjs into dist/fit-jobs.mjs as part of `npm run build`.
import { env } from '../server/env';
import { startFitLauncher } from '../server/scheduler-fit/fit-in-process';
import { startFitRunner } from '../server/scheduler-fit/fit-runner';
import { store } from '../server/store';
import { redactedDatabaseUrl } from '../server/store/database-url';
import { startStoreOrExit } from './start-store';

// First, while this process is small (as in bin/server.ts).
startFitLauncher();
await startStoreOrExit();

const runner = startFitRunner(store().fits, { onError: (e) => console.error('scheduler fit failed:', e.message) });
// The runner's own timer does not keep a process alive (the web server's sockets do there).
const alive = setInterval(() => {}, 60_000);
console.log(`▲ Jatta fit jobs running on ${redactedDatabaseUrl(env.database.url)} (${env.database.kind})`);

function shutDown() {
  clearInterval(alive);
  // A fit under way finishes first; one that outlasts this is claimed again once its lease runs out.
  setTimeout(() => process.exit(0), 30_000).unref();
  void runner.stop().then(() => store().stop()).finally(() => process.exit(0));
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
