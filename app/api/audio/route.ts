// GET /api/audio?text=…&voice=kk → the text spoken in Kazakh (MP3), for signed-in users.
// ETag = the cache key (known without loading the audio), so a revalidation is a 304.
import { NextResponse } from 'next/server';
import { z } from 'zod';
// The session is read as the review fast path reads it (one query, no cache: a sign-out counts at
// the next request); better-auth's getSession pipeline cost more than serving the audio itself.
import { userFromSessionCookie } from '@/server/auth/session-user';
import { getSpeech, speechEtag } from '@/server/audio/get-speech';
import { jsonError } from '@/app/api/_http/json';

const query = z.object({ text: z.string().max(4000), voice: z.enum(['kk']).default('kk') });

const STATUS = { empty: 400, 'too-long': 413, unspeakable: 422, quota: 429, failed: 503 } as const;
const MESSAGE = {
  empty: 'Nothing to speak.',
  'too-long': 'The text is too long to speak.',
  unspeakable: 'This text cannot be spoken.',
  quota: 'Too much new audio in the last hour; try again later.',
  failed: 'Speech is unavailable right now; try again.',
} as const;

export async function GET(request: Request) {
  const user = await userFromSessionCookie(request.headers.get('cookie'), new Date());
  if (!user) return jsonError(401, 'unauthenticated', 'Sign in to hear words.');
  const url = new URL(request.url);
  const parsed = query.safeParse({ text: url.searchParams.get('text') ?? '', voice: url.searchParams.get('voice') ?? undefined });
  if (!parsed.success) return jsonError(400, 'invalid-input', 'Give a text (and voice kk).');
  const { text, voice } = parsed.data;

  const etag = speechEtag(text, voice);
  const cache = { 'Cache-Control': 'private, max-age=604800', Vary: 'Cookie' };
  if (etag && request.headers.get('if-none-match')?.split(/\s*,\s*/).includes(etag)) {
    return new Response(null, { status: 304, headers: { ...cache, ETag: etag } });
  }
  const speech = await getSpeech(user.id, text, voice);
  if (!speech.ok) return jsonError(STATUS[speech.code], speech.code, MESSAGE[speech.code]);
  return new NextResponse(speech.bytes, {
    headers: { ...cache, ETag: speech.etag, 'Content-Type': speech.mime, 'Content-Length': String(speech.bytes.byteLength), 'X-Speech-Source': speech.source },
  });
}
