// What text may be spoken, and the cache key of its audio. One rule for the route, the use
// case and the benchmark.
import { createHash } from 'node:crypto';

/** Longest text spoken: the essay's longest sentence has 395 characters. */
export const MAX_SPEECH_CHARS = 500;

export type SpeechTextError = 'empty' | 'too-long' | 'unspeakable';

/** NFC, whitespace collapsed and trimmed: texts that sound the same share one cache entry. */
export function speechText(raw: string): { ok: true; text: string } | { ok: false; code: SpeechTextError } {
  const text = raw.normalize('NFC').replace(/[\u0000-\u001f\u007f]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!text) return { ok: false, code: 'empty' };
  if ([...text].length > MAX_SPEECH_CHARS) return { ok: false, code: 'too-long' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, code: 'unspeakable' };
  return { ok: true, text };
}

/** sha-256 of engine version, voice and text: the cache key and the ETag. */
export function speechKey(engineVersion: string, voice: string, text: string): string {
  return createHash('sha256').update(`${engineVersion}\u0000${voice}\u0000${text}`).digest('hex');
}
