// The stored audio stays within a byte budget (SPEECH_CACHE_MB): any learner may have any short
// text spoken, and each new one is kept, so without a bound the table grows by what the hourly
// quota allows, for ever (security audit F5: ~60 MB per account and hour). Past the budget the
// least recently used audio goes first; it is synthesised again if anyone asks for it.
// The total is read from the (usedAt, size) index, never from the audio; every app server
// checks now and then after it stores audio, and two doing so at once only delete the same rows.
import 'server-only';
import { db } from '../db';

/** A row's last use is written at most this often (a read of hot audio is not a write). */
const USE_WRITE_EVERY_MS = 24 * 60 * 60_000;
/** A process checks the total at most this often. */
const CHECK_EVERY_MS = 5_000;
/** Past the budget, down to this share of it, so that not every insert starts a clean-up. */
const LOW_WATER = 0.9;
const PAGE = 500;

/** Marks audio served from the database as used (the answer does not wait for it). */
export function noteSpeechUse(key: string, now: Date): Promise<unknown> {
  return db.speechAudio
    .updateMany({ where: { key, usedAt: { lt: new Date(now.getTime() - USE_WRITE_EVERY_MS) } }, data: { usedAt: now } })
    .catch(() => undefined);
}

let lastCheck = 0;
let running: Promise<number> | null = null;

/** After storing audio: clean up now and then. */
export function afterSpeechStored(budgetBytes: number, now: Date): void {
  if (running || now.getTime() - lastCheck < CHECK_EVERY_MS) return;
  lastCheck = now.getTime();
  running = keepSpeechWithin(budgetBytes).catch((e: unknown) => {
    console.error('speech cache clean-up failed', e);
    return 0;
  }).finally(() => { running = null; });
}

/** Deletes the least recently used audio until the total is under the budget's low water; returns the bytes freed. */
export async function keepSpeechWithin(budgetBytes: number): Promise<number> {
  const total = (await db.speechAudio.aggregate({ _sum: { size: true } }))._sum.size ?? 0;
  if (total <= budgetBytes) return 0;
  const toFree = total - Math.floor(budgetBytes * LOW_WATER);
  let freed = 0;
  while (freed < toFree) {
    const oldest = await db.speechAudio.findMany({ orderBy: [{ usedAt: 'asc' }, { key: 'asc' }], select: { key: true, size: true }, take: PAGE });
    if (!oldest.length) break;
    const keys: string[] = [];
    for (const row of oldest) {
      if (freed >= toFree) break;
      keys.push(row.key);
      freed += row.size;
    }
    await db.speechAudio.deleteMany({ where: { key: { in: keys } } });
  }
  return freed;
}
