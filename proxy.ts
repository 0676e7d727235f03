// Every page: a Content-Security-Policy with a fresh nonce (on the request, where Next finds
// it and adds it to its own scripts, and on the answer), then next-intl's locale routing,
// which forwards the request's headers.
import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { env } from './server/env';
import { newNonce, pagePolicy } from './server/http/security-headers';

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === 'https:' || !!env.APP_URL?.startsWith('https:');
  const policy = pagePolicy(newNonce(), { dev: env.NODE_ENV === 'development', https });
  request.headers.set('content-security-policy', policy);
  const response = handleI18nRouting(request);
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: not the API, Next's own files, or files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
