// What the production server does to every request before anything else sees it. Free of
// Next, so that server/main.ts stays a few lines and the parts can be tested alone.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, isTrustedProxy, type ProxyTrust } from './client-address';
import { bodyTooLarge, errorBody, type Failure } from './json-body';
import { securityHeaders } from './security-headers';

export interface FrontDoorOptions {
  trust: ProxyTrust;
  appUrl?: string;
}

/** Bodies better-auth's endpoints read whole: a sign-up is a few hundred bytes. */
export const MAX_AUTH_BODY_BYTES = 16_384;

// Headers a client could send to pose as a proxy: believed from trusted proxies only.
const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip'];

/**
 * Overwrites X-Forwarded-For with the one client address (server/http/client-address.ts),
 * so that Next, better-auth (session records) and our limits all read an address no client
 * can forge; drops the other forwarding headers unless a trusted proxy sent them.
 */
export function stampClientAddress(req: IncomingMessage, trust: ProxyTrust): void {
  const forwarded = req.headers['x-forwarded-for'];
  req.headers['x-forwarded-for'] = clientAddress(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trust);
  if (!isTrustedProxy(req.socket.remoteAddress, trust)) for (const h of PROXY_HEADERS) delete req.headers[h];
}

export function sendFailure(res: ServerResponse, { status, body }: Failure): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

/** Length Required, for bodies the front door must be able to measure before anyone reads them. */
const lengthRequired = (): Failure => ({ status: 411, body: errorBody('length-required', 'Send the body with a Content-Length.') });

/**
 * better-auth reads a request body whole, however large (a 10-million-character name went
 * through): bodies to /api/auth/ past MAX_AUTH_BODY_BYTES are refused before anyone reads
 * them. Null: go ahead.
 */
export function refuseOversizedAuthBody(req: IncomingMessage): Failure | null {
  if (req.method === 'GET' || req.method === 'HEAD' || !req.url?.startsWith('/api/auth/')) return null;
  const length = req.headers['content-length'];
  if (length === undefined) return req.headers['transfer-encoding'] ? lengthRequired() : null;
  return Number(length) > MAX_AUTH_BODY_BYTES ? bodyTooLarge() : null;
}

/** Whether the client reached us over HTTPS (directly, or as a trusted proxy says). */
function isHttps(req: IncomingMessage, appUrl?: string): boolean {
  return (req.socket as { encrypted?: boolean }).encrypted === true || req.headers['x-forwarded-proto'] === 'https' || !!appUrl?.startsWith('https:');
}

/**
 * Everything the front door does before a request goes on: the client address, the
 * security headers of the answer, and refusals that need no body read. True when it has
 * answered the request itself.
 */
export function screenRequest(req: IncomingMessage, res: ServerResponse, options: FrontDoorOptions): boolean {
  stampClientAddress(req, options.trust);
  for (const [name, value] of Object.entries(securityHeaders(isHttps(req, options.appUrl)))) res.setHeader(name, value);
  const refused = refuseOversizedAuthBody(req);
  if (!refused) return false;
  req.resume();
  sendFailure(res, refused);
  return true;
}
