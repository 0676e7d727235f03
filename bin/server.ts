// The production server (`npm start`): Node's HTTP server with Next behind it. It answers
// POST /api/reviews itself, the one request learners send many times a minute, and hands
// every other request to Next unchanged. Why: docs/decisions/007-review-endpoint-before-next.md.
// Bundled by scripts/build-server.mjs into dist/server.mjs as part of `npm run build`.
import { createServer } from 'node:http';
import next from 'next';
import { env } from '../server/env';
import { handleReviewSubmission, isReviewSubmission } from '../server/http/review-endpoint';
import { store } from '../server/store';
import { describeDatabaseError } from '../server/store/database-errors';
import { redactedDatabaseUrl } from '../server/store/database-url';

try {
  await store().start();
} catch (error) {
  console.error(`error: ${describeDatabaseError(error)} (DATABASE_URL=${redactedDatabaseUrl(env.database.url)})`);
  process.exit(1);
}

const hostname = env.HOST ?? 'localhost';
const app = next({ dev: false, dir: process.cwd(), hostname, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (isReviewSubmission(req)) void handleReviewSubmission(req, res);
  else void handle(req, res);
});
server.listen(env.PORT, env.HOST, () => {
  console.log(`▲ Jatta ready on http://${hostname}:${env.PORT} (${env.database.kind})`);
});

function shutDown() {
  server.close(() => void store().stop().finally(() => process.exit(0)));
  // Idle keep-alive sockets would hold close() open.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
