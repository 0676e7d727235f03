// The production server (`npm start`): Node's HTTP server with Next behind it. It answers
// POST /api/reviews (and /undo) itself, the requests learners send many times a minute, and
// hands every other request to Next after the front door's checks (server/http/front-door.ts). Why: docs/decisions/007-review-endpoint-before-next.md.
// Bundled by scripts/build-server.mjs into dist/server.mjs as part of `npm run build`.
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { env } from '../server/env';
import { frontDoor, loadActionNames } from '../server/http/front-door';
import { handleReviewSubmission, isReviewSubmission } from '../server/http/review-endpoint';
import { startFitLauncher } from '../server/scheduler-fit/fit-in-process';
import { startFitRunner } from '../server/scheduler-fit/fit-runner';
import { store } from '../server/store';
import { startStoreOrExit } from './start-store';

// First, while this process is small: starting a process copies the page tables of the one that starts it (docs/decisions/028).
if (env.FIT_JOBS) {
  try {
    startFitLauncher();
  } catch (error) {
    // reviews do not need it; each fit tries again and fails with this reason until the build is mended
    console.error('scheduler fits cannot start:', (error as Error).message);
  }
}

await startStoreOrExit();

// Fits of learners' scheduler parameters, each in a process of its own, one job at a time
// (docs/decisions/028); with FIT_JOBS=off they wait in the database for `npm run fit-jobs`.
const fitRunner = env.FIT_JOBS ? startFitRunner(store().fits, { onError: (e) => console.error('scheduler fit failed:', e.message) }) : null;

const hostname = env.HOST ?? 'localhost';
const app = next({ dev: false, dir: process.cwd(), hostname, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();
const actionName = loadActionNames(path.join(process.cwd(), env.NEXT_DIST_DIR)); // security (issue 13)

// security (issue 13): a client that sends its request slowly is cut off; timeouts are
// checked every second (Node's default: every 30 s).
const server = createServer({ connectionsCheckingInterval: 1_000 }, (req, res) => {
  // security (issue 13): client address, security headers, refusals (server/http/front-door.ts)
  void frontDoor(req, res, { trust: env.proxyTrust, appUrl: env.APP_URL, actionName }, (screened) => {
    if (isReviewSubmission(screened)) void handleReviewSubmission(screened, res);
    else void handle(screened, res);
  });
});
server.requestTimeout = env.REQUEST_TIMEOUT_MS;
server.headersTimeout = Math.min(10_000, env.REQUEST_TIMEOUT_MS);
// end security
server.listen(env.PORT, env.HOST, () => {
  console.log(`▲ Jatta ready on http://${hostname}:${env.PORT} (${env.database.kind}${env.FIT_JOBS ? '' : '; scheduler fits off here: npm run fit-jobs runs them'})`);
});

function shutDown() {
  server.close(() => void (fitRunner?.stop() ?? Promise.resolve()).then(() => store().stop()).finally(() => process.exit(0)));
  // Idle keep-alive sockets would hold close() open.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
