// The stored speech stays within its budget, the least recently used going first, and a read
// marks audio as used (at most once a day).
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

await useTestDatabase();
const { db } = await import('../db');
const { keepSpeechWithin, noteSpeechUse } = await import('./speech-cache');

const DAY = 86_400_000;
const now = new Date('2026-12-07T12:00:00Z');

async function store(key: string, size: number, usedDaysAgo: number) {
  await db.speechAudio.create({
    data: { key, voice: 'kk', text: key, mime: 'audio/mpeg', bytes: new Uint8Array(size), size, createdAt: new Date(now.getTime() - 30 * DAY), usedAt: new Date(now.getTime() - usedDaysAgo * DAY) },
  });
}
const keys = async () => (await db.speechAudio.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((r) => r.key);

beforeEach(async () => {
  await db.speechAudio.deleteMany({});
});

describe('the speech cache budget', () => {
  it('within the budget nothing goes', async () => {
    await store('a', 1_000, 9);
    await store('b', 1_000, 1);
    expect(await keepSpeechWithin(2_000)).toBe(0);
    expect(await keys()).toEqual(['a', 'b']);
  });

  it('past it, the least recently used go until the total is under nine tenths of it', async () => {
    for (let i = 0; i < 10; i++) await store(`k${i}`, 1_000, 10 - i); // k0 used longest ago
    const freed = await keepSpeechWithin(8_000);
    // 10,000 stored, low water 7,200: the three used longest ago go.
    expect(freed).toBe(3_000);
    expect(await keys()).toEqual(['k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9']);
    const total = (await db.speechAudio.aggregate({ _sum: { size: true } }))._sum.size;
    expect(total).toBeLessThanOrEqual(8_000 * 0.9);
  });

  it('clears more than one page of rows when it has to', async () => {
    await db.speechAudio.createMany({
      data: Array.from({ length: 1_200 }, (_, i) => ({ key: `p${String(i).padStart(4, '0')}`, voice: 'kk', text: 't', mime: 'audio/mpeg', bytes: new Uint8Array(10), size: 10, usedAt: new Date(now.getTime() - (2_000 - i) * 60_000) })),
    });
    await keepSpeechWithin(1_000);
    const left = await keys();
    expect(left).toHaveLength(90);
    expect(left[0]).toBe('p1110');
  });

  it('a read marks the audio used, once a day at most', async () => {
    await store('old', 10, 3);
    await store('fresh', 10, 0.5);
    await noteSpeechUse('old', now);
    await noteSpeechUse('fresh', now);
    const rows = await db.speechAudio.findMany({ select: { key: true, usedAt: true } });
    const used = Object.fromEntries(rows.map((r) => [r.key, r.usedAt.getTime()]));
    expect(used.old).toBe(now.getTime());
    expect(used.fresh).toBe(now.getTime() - 0.5 * DAY);
  });
});
