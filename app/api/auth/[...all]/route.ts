import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/server/auth/auth';
import { isPublicAuthEndpoint } from '@/server/auth/public-endpoints';

const handler = toNextJsHandler(auth);
const notFound = () => Response.json({ error: { code: 'not-found', message: 'No such endpoint.' } }, { status: 404 });

export async function GET(request: Request) {
  return isPublicAuthEndpoint('GET', new URL(request.url).pathname) ? handler.GET(request) : notFound();
}

export async function POST(request: Request) {
  return isPublicAuthEndpoint('POST', new URL(request.url).pathname) ? handler.POST(request) : notFound();
}
