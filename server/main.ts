// The production server (`npm start`): Node's HTTP server with Next behind it. It answers
// POST /api/reviews itself, the one request learners send many times a minute, and hands
// every other request to Next unchanged. Why: docs/decisions/007-review-endpoint-before-next.md.
// Bundled by scripts/build-server.mjs into dist/server.mjs as part of `npm run build`.
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { checkpointInBackground } from './db/checkpointer';
import { sqlite } from './db/sqlite';
import { env } from './env';
import { frontDoor, loadActionNames } from './http/front-door';
import { handleReviewSubmission, isReviewSubmission } from './http/review-endpoint';

const checkpointer = await checkpointInBackground(sqlite(), env.databaseFile);

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
  console.log(`▲ Jatta ready on http://${hostname}:${env.PORT}`);
});

function shutDown() {
  server.close(() => void checkpointer.stop().finally(() => process.exit(0)));
  // Idle keep-alive sockets would hold close() open.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
