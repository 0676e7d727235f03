// Issue 13 finding 3: a big import's commit does not copy the WAL back into the database file
// on the event loop (SQLite's automatic checkpoint in the committing connection); the
// production server's checkpoint worker does that, off the event loop. SQLite only: a
// PostgreSQL commit writes its WAL on the server, not in this process.
import { statSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { testStore, useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { createDeck } = await import('./create-deck');
const { importCsv } = await import('./import-csv');
const { stopEngine } = await import('../engine/engine');

afterAll(async () => {
  await stopEngine();
  await testDb.cleanup();
});

it.runIf(testStore() === 'sqlite')('a 5,000-row import commits without checkpointing the WAL into the database file', { timeout: 120_000 }, async () => {
  const teacher = { id: 'teacher', role: 'teacher' as const };
  await db.user.create({ data: { id: 'teacher', name: 't', email: 't@example.test', role: 'teacher' } });
  const deck = await createDeck(teacher, { title: 'Big', description: '' });
  if (!deck.ok) throw new Error('deck');
  const rows = Array.from({ length: 5_000 }, (_, i) => `тіркес ${i} сөзі,сочетание ${i},phrase ${i},NOUN,Біздің тіркес ${i} сөзі мысалда бар.,Пример ${i}.,Example ${i}.`);
  const file = testDb.url.slice('file:'.length);
  const before = statSync(file).size;

  expect(await importCsv(teacher, { deckId: deck.value.id, csv: ['kk,ru,en,pos,example_kk,example_ru,example_en', ...rows].join('\n') })).toEqual({ ok: true, value: { imported: 5_000 } });

  // Several MB went into the WAL; had the commit checkpointed, the file would have grown by as much.
  expect(statSync(`${file}-wal`).size).toBeGreaterThan(4_000_000);
  expect(statSync(file).size - before).toBeLessThan(1_000_000);
  expect(await db.$queryRawUnsafe('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 0n }]);
});
