// What the production server does to every request before anything else sees it. Free of
// Next, so that server/main.ts stays a few lines and the parts can be tested alone.
import type { IncomingMessage } from 'node:http';
import { clientAddress, isTrustedProxy, type ProxyTrust } from './client-address';

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
