// POST /api/reviews answered straight from Node's HTTP server, in front of Next. Next's
// per-request pipeline (web-stream Request/Response, routing, tracing) costs several times
// the review itself on this hardware; see docs/decisions/007-review-endpoint-before-next.md.
// Everything but the transport is shared with the route handler: answerReviewRequest.
import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { userFromSessionCookie } from '../auth/session-user';
import { env } from '../env';
import { refuseForeignRequest } from './foreign-request';
import { answerReviewRequest } from './review-request';
import { answerUndoRequest } from './undo-request';
import { bodyTooLarge, errorBody, MAX_JSON_BYTES, unreadableBody } from './json-body';

type Answer = (user: Awaited<ReturnType<typeof userFromSessionCookie>>, text: string, options: { now: Date; clockSkewMs: number }) => Promise<{ status: number; body: unknown; retryAfterS?: number }>;

// A rating, and taking one back: the two requests the study page makes.
const ROUTES: Record<string, Answer> = { '/api/reviews': answerReviewRequest, '/api/reviews/undo': answerUndoRequest };

function routeOf(req: IncomingMessage): Answer | null {
  if (req.method !== 'POST' || !req.url) return null;
  const q = req.url.indexOf('?');
  return ROUTES[q === -1 ? req.url : req.url.slice(0, q)] ?? null;
}

/** Whether this request is one the endpoint answers (anything else goes to Next). */
export function isReviewSubmission(req: IncomingMessage): boolean {
  return routeOf(req) !== null;
}

function send(res: ServerResponse, status: number, body: unknown, retryAfterS?: number): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...(retryAfterS === undefined ? {} : { 'retry-after': String(retryAfterS) }),
  });
  res.end(text);
}

/** The body as text, or 'too-large' / null (unreadable). Stops reading past the limit. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null | 'too-large'> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBytes) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
    // A client that goes away mid-body: settle (after 'end' this changes nothing).
    req.on('close', () => resolve(null));
  });
}

export async function handleReviewSubmission(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const refused = refuseForeignRequest(header, env.APP_URL);
    if (refused) {
      req.resume();
      return send(res, refused.status, refused.body);
    }
    const now = new Date();
    const user = await userFromSessionCookie(req.headers.cookie, now);
    // Without a session the body is not worth reading; let it drain.
    const text = user ? await readBody(req, MAX_JSON_BYTES) : (req.resume(), '');
    if (text === 'too-large') {
      const { status, body } = bodyTooLarge();
      return send(res, status, body);
    }
    if (text === null) {
      const { status, body } = unreadableBody();
      return send(res, status, body);
    }
    const answer = await routeOf(req)!(user, text, { now, clockSkewMs: env.REVIEW_CLOCK_SKEW_MS });
    send(res, answer.status, answer.body, answer.retryAfterS);
  } catch (error) {
    // The client keeps the review and retries it with the same id; the server counts it once.
    console.error('POST /api/reviews failed', error);
    if (!res.headersSent) send(res, 503, errorBody('unavailable', 'The review could not be saved; try again.'));
    else res.destroy();
  }
}
