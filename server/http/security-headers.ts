// The security headers Jatta sends. Free of Next: the front door (server/http/front-door.ts)
// puts the fixed ones on every response, and proxy.ts puts a Content-Security-Policy with a
// fresh nonce on every page (Next adds the nonce to its own scripts when it finds one in the
// request's policy). Why each value: docs/decisions/018-security-headers-and-csp.md.
import { randomBytes } from 'node:crypto';

export function securityHeaders(https: boolean): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'cross-origin-opener-policy': 'same-origin',
    // Anything that is not a page (API answers, files) runs no script and sits in no frame.
    'content-security-policy': "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * A page's policy: scripts only with this response's nonce (and what they load, through
 * 'strict-dynamic'); styles from our files or with the nonce, plus style attributes
 * (charts and progress bars set widths and colours inline); no eval outside development.
 */
export function pagePolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    // Development injects styles from script without a nonce.
    `style-src 'self' ${options.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
