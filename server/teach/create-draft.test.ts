// A pasted text that is not Kazakh is refused before a draft is made; Kazakh with some Latin
// words is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';
import type { Actor } from './result';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { createDraft } = await import('./create-draft');
const { loadEssayText } = await import('../content/content-files');

const teacher: Actor = { id: 'teacher', role: 'teacher' };

beforeAll(async () => {
  await db.user.create({ data: { id: 'teacher', name: 't', email: 't@example.test', role: 'teacher' } });
});

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

describe('createDraft', () => {
  it('refuses an English text with a reason, and keeps no draft of it', async () => {
    expect(await createDraft(teacher, { title: '', text: 'hello world this is english' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'not-kazakh' }] });
    expect(await createDraft(teacher, { title: 'Notes', text: 'Meeting notes:\n- buy milk\n- call Aigerim at 5 pm' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'not-kazakh' }] });
    expect(await db.deckDraft.count({ where: { ownerId: 'teacher' } })).toBe(0);
  });

  it('takes Kazakh text with English words in it', async () => {
    const r = await createDraft(teacher, { title: 'IT', text: 'Біз Python тілінде шағын бағдарлама жаздық, кейін оны GitHub-қа жүктедік.' });
    expect(r.ok).toBe(true);
    expect(await db.deckDraft.count({ where: { ownerId: 'teacher' } })).toBe(1);
    // and so is the shipped essay
    expect((await createDraft(teacher, { title: 'Essay', text: loadEssayText() })).ok).toBe(true);
  });

  it('says an empty text is empty, not that it is not Kazakh', async () => {
    expect(await createDraft(teacher, { title: '', text: '   ' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'required', field: 'text' }] });
  });
});
