// "Add to my words": the word is taken from the reader's view of a deck the learner may read,
// by its place in the text; it lands in the learner's own private deck with the glossary's
// meaning and its sentence; nothing else can be added, and nobody else sees the deck.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { getReader } = await import('./get-reader');
const { addToMyWords, myWordsDeckId, MY_WORDS_TITLE } = await import('./add-to-my-words');
const { getStudyStep } = await import('../study/get-study-step');

const NOW = new Date('2026-05-04T09:00:00Z');
const TEXT = 'Біз кітап оқимыз. Мысалы, кітап пайдалы.';

beforeAll(async () => {
  for (const id of ['ana', 'ben', 'tea']) await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
  await db.deck.create({ data: { id: 'text', title: 'Мәтін', visibility: 'public', sourceText: TEXT } });
  await db.deck.create({ data: { id: 'secret', title: 'Құпия', ownerId: 'tea', sourceText: TEXT } });
  await db.note.create({ data: { id: 'kitap', deckId: 'text', kind: 'word', kk: 'кітап', lemma: 'кітап', headword: 'кітап', upos: 'NOUN', ru: 'книга', en: 'book' } });
  await db.card.create({ data: { id: 'kitap-r', noteId: 'kitap', deckId: 'text', type: 'recognition' } });
});

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

async function wordIndex(deckId: string, form: string): Promise<number> {
  const view = (await getReader('ana', deckId))!.view;
  for (let i = 0; i < view.words.length; i += 3) if (view.text.slice(view.words[i]!, view.words[i + 1]!) === form) return i / 3;
  throw new Error(`no ${form}`);
}

describe('add to my words', () => {
  it('adds a word the deck has no card for, with the glossary meaning and its sentence, to a private deck of the learner', async () => {
    const word = await wordIndex('text', 'Мысалы');
    expect(await addToMyWords('ana', { deckId: 'text', word }, NOW)).toEqual({ ok: true, deckId: myWordsDeckId('ana'), added: true });
    const deck = await db.deck.findUniqueOrThrow({ where: { id: myWordsDeckId('ana') }, include: { notes: { include: { cards: true } } } });
    expect(deck).toMatchObject({ ownerId: 'ana', visibility: 'private', title: MY_WORDS_TITLE });
    expect(deck.notes).toHaveLength(1);
    const note = deck.notes[0]!;
    expect(note.headword).toBe('мысалы');
    expect(note.en).toMatch(/example/);
    expect(note.ru).not.toBe('');
    const [example] = JSON.parse(note.examples) as { kk: string; start: number; end: number; form: string }[];
    expect(example!.kk).toBe('Мысалы, кітап пайдалы.');
    expect(example!.kk.slice(example!.start, example!.end)).toBe('Мысалы');
    expect(note.cards.map((c) => c.type).sort()).toEqual(['cloze', 'production', 'recognition']);
    // and it can be studied at once
    expect((await getStudyStep('ana', myWordsDeckId('ana'), NOW))?.card?.cardId).toBe(note.cards.find((c) => c.type === 'recognition')!.id);
  });

  it('adds a word once', async () => {
    const word = await wordIndex('text', 'Мысалы');
    expect(await addToMyWords('ana', { deckId: 'text', word }, NOW)).toEqual({ ok: true, deckId: myWordsDeckId('ana'), added: false });
    expect(await db.note.count({ where: { deckId: myWordsDeckId('ana') } })).toBe(1);
  });

  it('refuses a word the deck has cards for, a place past the text, bad input and decks the learner may not read', async () => {
    expect(await addToMyWords('ana', { deckId: 'text', word: await wordIndex('text', 'кітап') }, NOW)).toEqual({ ok: false, error: 'not-found' });
    expect(await addToMyWords('ana', { deckId: 'text', word: 10_000 }, NOW)).toEqual({ ok: false, error: 'not-found' });
    expect(await addToMyWords('ana', { deckId: 'text', word: -1 }, NOW)).toEqual({ ok: false, error: 'invalid' });
    expect(await addToMyWords('ana', { deckId: 'text', word: 1.5 }, NOW)).toEqual({ ok: false, error: 'invalid' });
    expect(await addToMyWords('ana', { deckId: 'secret', word: 0 }, NOW)).toEqual({ ok: false, error: 'not-found' });
    expect(await db.deck.count({ where: { ownerId: 'ana', id: { not: myWordsDeckId('ana') } } })).toBe(0);
  });

  it('keeps the learner\'s deck theirs: another learner can neither study nor read it', async () => {
    expect(await getStudyStep('ben', myWordsDeckId('ana'), NOW)).toBeNull();
    expect(await getReader('ben', myWordsDeckId('ana'))).toBeNull();
  });
});
