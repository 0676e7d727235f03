import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeck, type LexiconEntry } from '@/lib/decks';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { saveBuiltDeck } = await import('./save-built-deck');
const { submitReview } = await import('../reviews/submit-review');

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

const TEXT = 'Мемлекеттердің интеграциясы маңызды. Интеграция мемлекеттерге пайда әкеледі.';
const lex = (lemma: string, upos: LexiconEntry['upos'], ru: string, en: string): LexiconEntry => ({ lemma, upos, headword: lemma, kind: 'content', ru, en, note: '', unsure: false });
const LEXICON = [
  lex('мемлекет', 'NOUN', 'государство', 'state'),
  lex('интеграция', 'NOUN', 'интеграция', 'integration'),
  lex('маңызды', 'ADJ', 'важный', 'important'),
  lex('пайда', 'NOUN', 'польза', 'benefit'),
  lex('әкел', 'VERB', 'приносить', 'to bring'),
];
const TRANSLATIONS = [
  { kk: 'Мемлекеттердің интеграциясы маңызды.', ru: 'Интеграция государств важна.', en: 'The integration of states is important.', unsure: false },
  { kk: 'Интеграция мемлекеттерге пайда әкеледі.', ru: 'Интеграция приносит государствам пользу.', en: 'Integration benefits states.', unsure: false },
];
const META = { id: 'd', title: 'Test', description: '', sourceText: TEXT, visibility: 'public' as const, ownerId: null };

describe('saveBuiltDeck', () => {
  it('writes a deck, changes nothing the second time, and keeps progress through edits', async () => {
    const now = new Date();
    const first = buildDeck({ deckId: 'd', text: TEXT, lexicon: LEXICON, translations: TRANSLATIONS });
    const r1 = await saveBuiltDeck(db, META, first, now);
    expect(r1.notes.created).toBe(first.notes.length);
    const r2 = await saveBuiltDeck(db, META, first, now);
    expect(r2.notes).toEqual({ created: 0, updated: 0, removed: 0, unchanged: first.notes.length });
    expect(r2.cards).toEqual({ created: 0, updated: 0, removed: 0, unchanged: first.cards.length });

    await db.user.create({ data: { id: 'u1', name: 'u1', email: 'u1@example.test' } });
    const stateNote = first.notes.find((n) => n.lemma === 'мемлекет')!;
    const benefitNote = first.notes.find((n) => n.lemma === 'пайда')!;
    const stateCard = first.cards.find((c) => c.noteId === stateNote.id && c.type === 'recognition')!;
    const benefitCard = first.cards.find((c) => c.noteId === benefitNote.id && c.type === 'recognition')!;
    for (const cardId of [stateCard.id, benefitCard.id]) {
      const out = await submitReview('u1', { id: randomUUID(), cardId, rating: 3, reviewedAt: now.toISOString(), durationMs: 1000 }, { now, clockSkewMs: 0 });
      expect(out.ok).toBe(true);
    }

    // A gloss changes and a word leaves the glossary.
    const edited = LEXICON.filter((e) => e.lemma !== 'пайда').map((e) => (e.lemma === 'мемлекет' ? { ...e, ru: 'государство; страна' } : e));
    const second = buildDeck({ deckId: 'd', text: TEXT, lexicon: edited, translations: TRANSLATIONS });
    const r3 = await saveBuiltDeck(db, META, second, new Date());
    expect(r3.notes.updated).toBeGreaterThanOrEqual(1);

    const note = await db.note.findUniqueOrThrow({ where: { id: stateNote.id } });
    expect(note.ru).toBe('государство; страна');
    const progress = await db.cardProgress.findUnique({ where: { userId_cardId: { userId: 'u1', cardId: stateCard.id } } });
    expect(progress?.reps).toBe(1);

    // The unglossed word's cards leave study; its review history stays.
    const gone = await db.card.findUniqueOrThrow({ where: { id: benefitCard.id } });
    expect(gone.deletedAt).not.toBeNull();
    expect(await db.reviewLog.count({ where: { cardId: benefitCard.id } })).toBe(1);
    expect(await db.cardProgress.count({ where: { userId: 'u1' } })).toBe(2);
  });
});
