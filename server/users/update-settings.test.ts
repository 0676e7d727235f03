// Saving Settings: the role field offers the two self-service roles, so an admin who saves the
// form stays an admin; a learner may become a teacher and back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { settingsInput, updateSettings } = await import('./update-settings');

const form = (role: string, newCardsPerDay = '20') =>
  settingsInput.parse({ glossLanguage: 'auto', timeZone: 'UTC', newCardsPerDay, desiredRetentionPercent: '90', role });

beforeAll(async () => {
  await db.user.create({ data: { id: 'adm', name: 'adm', email: 'adm@example.test', role: 'admin' } });
  await db.user.create({ data: { id: 'lea', name: 'lea', email: 'lea@example.test' } });
});
afterAll(() => testDb.cleanup());

describe('updateSettings', () => {
  it('keeps an admin an admin, whatever role the form sends, and saves the rest', async () => {
    await updateSettings('adm', form('teacher', '25'));
    expect(await db.user.findUniqueOrThrow({ where: { id: 'adm' } })).toMatchObject({ role: 'admin', newCardsPerDay: 25 });
    await updateSettings('adm', form('learner'));
    expect((await db.user.findUniqueOrThrow({ where: { id: 'adm' } })).role).toBe('admin');
  });

  it('lets a learner choose teacher and back', async () => {
    await updateSettings('lea', form('teacher'));
    expect((await db.user.findUniqueOrThrow({ where: { id: 'lea' } })).role).toBe('teacher');
    await updateSettings('lea', form('learner'));
    expect((await db.user.findUniqueOrThrow({ where: { id: 'lea' } })).role).toBe('learner');
  });
});
