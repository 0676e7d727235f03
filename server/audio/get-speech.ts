// Spoken Kazakh for a signed-in learner: from this server's memory, else the database (shared
// by all app servers), else synthesised once and stored. At most NEW_PER_HOUR new texts per
// learner and hour (counted in the database, so across servers); cached texts are free. The
// stored audio is kept within SPEECH_CACHE_MB (./speech-cache.ts).
import 'server-only';
import { db } from '../db';
import { env } from '../env';
import { afterSpeechStored, noteSpeechUse } from './speech-cache';
import { SPEECH_ENGINE_VERSION, SPEECH_MIME, synthesize, type Voice } from './espeak';
import { speechKey, speechText, type SpeechTextError } from './speech-text';

export type { Voice };
export const NEW_PER_HOUR = 300;

export type SpeechResult =
  | { ok: true; etag: string; mime: string; bytes: Uint8Array<ArrayBuffer>; source: 'memory' | 'database' | 'synthesised' }
  | { ok: false; code: SpeechTextError | 'quota' | 'failed' };

/** Per-process cache of recent audio (a cache only: the database is the shared one). */
const MEMORY_LIMIT_BYTES = 16 * 1024 * 1024;
const memory = new Map<string, Uint8Array<ArrayBuffer>>();
let memoryBytes = 0;

function remember(key: string, bytes: Uint8Array<ArrayBuffer>): void {
  if (bytes.length > MEMORY_LIMIT_BYTES / 4 || memory.has(key)) return;
  memory.set(key, bytes);
  memoryBytes += bytes.length;
  for (const [k, v] of memory) {
    if (memoryBytes <= MEMORY_LIMIT_BYTES) break;
    memory.delete(k);
    memoryBytes -= v.length;
  }
}

function recall(key: string): Uint8Array<ArrayBuffer> | undefined {
  const hit = memory.get(key);
  if (hit) {
    // most recently used last
    memory.delete(key);
    memory.set(key, hit);
  }
  return hit;
}

/** Empties this process's memory cache (benchmarks: measure the database path). */
export function forgetSpeechMemory(): void {
  memory.clear();
  memoryBytes = 0;
}

/** Concurrent first requests for one text share one synthesis (per process). */
const inFlight = new Map<string, Promise<SpeechResult>>();

/** The ETag of a text's audio, known without loading it (answers If-None-Match). */
export function speechEtag(rawText: string, voice: Voice): string | null {
  const parsed = speechText(rawText);
  return parsed.ok ? `"${speechKey(SPEECH_ENGINE_VERSION, voice, parsed.text)}"` : null;
}

export async function getSpeech(userId: string, rawText: string, voice: Voice, now = new Date()): Promise<SpeechResult> {
  const parsed = speechText(rawText);
  if (!parsed.ok) return parsed;
  const key = speechKey(SPEECH_ENGINE_VERSION, voice, parsed.text);
  const etag = `"${key}"`;
  const hot = recall(key);
  if (hot) return { ok: true, etag, mime: SPEECH_MIME, bytes: hot, source: 'memory' };
  const stored = await db.speechAudio.findUnique({ where: { key }, select: { bytes: true, mime: true } });
  if (stored) {
    const bytes = new Uint8Array(stored.bytes);
    remember(key, bytes);
    void noteSpeechUse(key, now);
    return { ok: true, etag, mime: stored.mime, bytes, source: 'database' };
  }
  let job = inFlight.get(key);
  if (!job) {
    job = createSpeech(userId, key, parsed.text, voice, now).finally(() => inFlight.delete(key));
    inFlight.set(key, job);
  }
  return job;
}

async function createSpeech(userId: string, key: string, text: string, voice: Voice, now: Date): Promise<SpeechResult> {
  const since = new Date(now.getTime() - 3_600_000);
  const made = await db.speechAudio.count({ where: { createdBy: userId, createdAt: { gte: since } } });
  if (made >= NEW_PER_HOUR) return { ok: false, code: 'quota' };
  const spoken = await synthesize(text, voice);
  if (!spoken.ok) return { ok: false, code: spoken.code };
  const bytes = spoken.mp3;
  // Another server may have stored it meanwhile: the first row wins, both are the same audio.
  await db.speechAudio.createMany({ data: [{ key, voice, text, mime: SPEECH_MIME, bytes, size: bytes.length, createdBy: userId, createdAt: now, usedAt: now }] }).catch(() => undefined);
  afterSpeechStored(env.SPEECH_CACHE_MB * 1024 * 1024, now);
  remember(key, bytes);
  return { ok: true, etag: `"${key}"`, mime: SPEECH_MIME, bytes, source: 'synthesised' };
}
