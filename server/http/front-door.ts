// What the production server does to every request before anything else sees it. Free of
// Next, so that bin/server.ts stays a few lines and the parts can be tested alone.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { clientAddress, isTrustedProxy, type ProxyTrust } from './client-address';
import { bodyTooLarge, errorBody, type Failure } from './json-body';
import { refusalPage, type Refusal } from './refusal-page';
import { securityHeaders } from './security-headers';
import { ACTION_BODY_LIMIT, actionRequestOf, refuseActionBody, refuseActionHeaders } from './server-actions';

export interface FrontDoorOptions {
  trust: ProxyTrust;
  appUrl?: string;
  /** A server action's exported name by id (loadActionNames). */
  actionName?: (id: string) => string | undefined;
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

/** Whether the path of `url` has an escape that does not decode (%ff, a cut-off %E0%A4%A). */
export function isUndecodablePath(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0]!);
    return false;
  } catch {
    return true;
  }
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
  if (isUndecodablePath(req.url ?? '/')) {
    req.resume();
    refuseBadAddress(req.url ?? '/', res);
    return true;
  }
  const refused = refuseOversizedAuthBody(req);
  if (!refused) return false;
  req.resume();
  sendFailure(res, refused);
  return true;
}

/** Server action ids → exported names, from the build's manifest (Next writes it at build time). */
export function loadActionNames(distDir: string): (id: string) => string | undefined {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node?: Record<string, { exportedName?: unknown }> };
  const names = new Map(Object.entries(manifest.node ?? {}).map(([id, v]) => [id, typeof v.exportedName === 'string' ? v.exportedName : undefined]));
  if (![...names.values()].some(Boolean)) throw new Error(`${file}: no server action names (has Next's manifest format changed?)`);
  return (id) => names.get(id);
}

/** The whole body, or null when the client went away or sent more than `limit`. */
function readWhole(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(null));
    req.on('close', () => resolve(null));
  });
}

/**
 * `req` again, with its body, already read, readable once more: the stream state of a fresh
 * Readable holding `body` moves onto `req`, as Next itself does after middleware has read a
 * body (replaceRequestBody in next/dist/server/body-streams.js).
 */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const stream = new Readable({ read() {} });
  stream.push(body);
  stream.push(null);
  const target = req as unknown as Record<string, unknown>;
  for (const key in stream) {
    const value = (stream as unknown as Record<string, unknown>)[key];
    target[key] = typeof value === 'function' ? value.bind(req) : value;
  }
  return req;
}

/** An address Next could not decode: JSON for the API, a page in the path's language otherwise. */
function refuseBadAddress(url: string, res: ServerResponse): void {
  if (url.startsWith('/api/')) return sendFailure(res, { status: 400, body: errorBody('invalid-input', 'The address has an escape that does not decode.') });
  sendRefusalPage(res, 400, url, 'bad-address');
}

function sendRefusalPage(res: ServerResponse, status: number, url: string, refusal: Refusal): void {
  const html = refusalPage(url, refusal);
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store' });
  res.end(html);
}

function refuseAction(req: IncomingMessage, res: ServerResponse, refused: Failure, formPost: boolean): void {
  // A form posted without JavaScript shows our answer as a page: say it in the page's language.
  if (formPost && refused.status === 413) sendRefusalPage(res, 413, req.url ?? '/', 'too-large');
  else sendFailure(res, refused);
}

/**
 * The front door: screenRequest, then server action calls checked (server/http/server-actions.ts)
 * before `next` gets the request.
 */
export async function frontDoor(req: IncomingMessage, res: ServerResponse, options: FrontDoorOptions, next: (req: IncomingMessage) => void): Promise<void> {
  if (screenRequest(req, res, options)) return;
  const action = actionRequestOf(req.method, req.url, req.headers);
  if (!action) return next(req);
  const early = refuseActionHeaders(action, req.headers, options.appUrl);
  if (early) {
    req.resume();
    return refuseAction(req, res, early, action.kind === 'form');
  }
  const body = await readWhole(req, ACTION_BODY_LIMIT);
  if (body === null) return;
  if (body === 'too-large') return refuseAction(req, res, bodyTooLarge(), action.kind === 'form');
  const refused = await refuseActionBody(action, String(req.headers['content-type'] ?? ''), body, options.actionName ?? (() => undefined));
  if (refused) return refuseAction(req, res, refused, action.kind === 'form');
  next(replay(req, body));
}
