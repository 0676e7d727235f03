// A teacher's drafts, decks and classes are bounded, and so is the rate of new drafts.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';
import type { Actor } from './result';

await useTestDatabase();
const { db } = await import('../db');
const { createDraft } = await import('./create-draft');
const { deleteDraft } = await import('./delete-draft');
const { createDeck } = await import('./create-deck');
const { createClass } = await import('./create-class');
const { OWNED_LIMITS, DRAFTS_PER_HOUR } = await import('./owned-limits');

const teacher = (id: string): Actor => ({ id, role: 'teacher' });

beforeAll(async () => {
  for (const id of ['drafts', 'rate', 'decks', 'classes']) await db.user.create({ data: { id, name: id, email: `${id}@example.test`, role: 'teacher' } });
});

describe('what one teacher may own', () => {
  it(`at most ${OWNED_LIMITS.drafts} drafts at a time; deleting one makes room`, async () => {
    const t = teacher('drafts');
    const ids: string[] = [];
    for (let i = 0; i < OWNED_LIMITS.drafts; i++) {
      const d = await createDraft(t, { title: `d${i}`, text: 'Мектеп үлкен.' });
      if (!d.ok) throw new Error(`draft ${i}: ${d.error}`);
      ids.push(d.value.id);
    }
    expect(await createDraft(t, { title: 'one more', text: 'Мектеп үлкен.' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'owned-limit', limit: OWNED_LIMITS.drafts }] });
    await deleteDraft(t, { draftId: ids[0] });
    expect((await createDraft(t, { title: 'again', text: 'Мектеп үлкен.' })).ok).toBe(true);
  });

  it(`at most ${DRAFTS_PER_HOUR.max} new drafts an hour, deleted ones counted`, async () => {
    const t = teacher('rate');
    for (let i = 0; i < DRAFTS_PER_HOUR.max; i++) {
      const d = await createDraft(t, { title: '', text: 'Ауыл.' });
      if (!d.ok) throw new Error(`draft ${i}: ${d.error}`);
      await deleteDraft(t, { draftId: d.value.id });
    }
    expect(await createDraft(t, { title: '', text: 'Ауыл.' })).toEqual({ ok: false, error: 'rate-limited' });
    expect(await db.deckDraft.count({ where: { ownerId: 'rate' } })).toBe(0);
  });

  it(`at most ${OWNED_LIMITS.decks} decks and ${OWNED_LIMITS.classes} classes`, async () => {
    await db.deck.createMany({ data: Array.from({ length: OWNED_LIMITS.decks - 1 }, (_, i) => ({ id: `t-limit-${i}`, ownerId: 'decks', title: `d${i}`, visibility: 'private' })) });
    expect((await createDeck(teacher('decks'), { title: 'last one', description: '' })).ok).toBe(true);
    expect(await createDeck(teacher('decks'), { title: 'too many', description: '' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'owned-limit', limit: OWNED_LIMITS.decks }] });

    await db.class.createMany({ data: Array.from({ length: OWNED_LIMITS.classes }, (_, i) => ({ id: `c-limit-${i}`, teacherId: 'classes', name: `c${i}`, joinCode: `LIMIT${i}` })) });
    expect(await createClass(teacher('classes'), { name: 'one more' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'owned-limit', limit: OWNED_LIMITS.classes }] });
    // Another teacher is not affected.
    expect((await createClass(teacher('decks'), { name: '7A' })).ok).toBe(true);
  });
});
