// The reader's shared view is built once per deck and used for every learner until the deck's
// text, notes or cards change: an edit is seen at the next request, and one learner's progress
// never shows in another's reader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { getReader } = await import('./get-reader');
const { readerBaseOf } = await import('./reader-base');

const TEXT = 'Біз кітап оқимыз. Кітап пайдалы.';

beforeAll(async () => {
  for (const id of ['ana', 'ben']) await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
  await db.deck.create({ data: { id: 'text', title: 'Мәтін', visibility: 'public', sourceText: TEXT } });
  await db.note.create({ data: { id: 'kitap', deckId: 'text', kind: 'word', kk: 'кітап', lemma: 'кітап', headword: 'кітап', upos: 'NOUN', ru: 'книга', en: 'book' } });
  await db.card.create({ data: { id: 'kitap-r', noteId: 'kitap', deckId: 'text', type: 'recognition' } });
  await db.card.create({ data: { id: 'kitap-p', noteId: 'kitap', deckId: 'text', type: 'production' } });
});

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

async function kitap(userId: string) {
  const page = (await getReader(userId, 'text'))!;
  const i = page.view.words.findIndex((_, k) => k % 3 === 0 && page.view.text.slice(page.view.words[k]!, page.view.words[k + 1]!) === 'кітап');
  return page.view.lemmas[page.view.forms[page.view.words[i + 2]!]!.lemma]!;
}

describe('the reader\'s shared view', () => {
  it('is built once for all learners while the deck does not change', async () => {
    const deck = await db.deck.findUniqueOrThrow({ where: { id: 'text' } });
    const source = { text: deck.sourceText!, normalised: deck.sourceNormalised, contentVersion: deck.contentVersion };
    const first = await readerBaseOf('text', source);
    await getReader('ana', 'text');
    await getReader('ben', 'text');
    expect(await readerBaseOf('text', source)).toBe(first);
  });

  it('shows each learner their own state of a word', async () => {
    await db.cardProgress.create({ data: { userId: 'ana', cardId: 'kitap-r', deckId: 'text', noteId: 'kitap', state: 2, stability: 40, due: new Date('2026-07-01T00:00:00Z') } });
    expect(await kitap('ana')).toMatchObject({ state: 'known', due: '2026-07-01T00:00:00.000Z' });
    expect(await kitap('ben')).toMatchObject({ state: 'unknown', due: null, asked: false });
    await db.cardProgress.create({ data: { userId: 'ben', cardId: 'kitap-p', deckId: 'text', noteId: 'kitap', state: 0, due: new Date('2026-05-01T00:00:00Z'), requestedAt: new Date('2026-05-01T00:00:00Z') } });
    expect(await kitap('ben')).toMatchObject({ state: 'unknown', asked: true });
    expect(await kitap('ana')).toMatchObject({ asked: false });
  });

  it('sees a changed gloss at the next request', async () => {
    expect((await kitap('ben')).en).toBe('book');
    await db.note.update({ where: { id: 'kitap' }, data: { en: 'a book' } });
    expect((await kitap('ben')).en).toBe('a book');
  });

  it('sees an edit stamped earlier than the deck\'s latest change (another server\'s clock is ahead)', async () => {
    const ahead = new Date(Date.now() + 60_000);
    await db.note.create({ data: { id: 'paydaly', deckId: 'text', kind: 'word', kk: 'пайдалы', lemma: 'пайдалы', headword: 'пайдалы', upos: 'ADJ', ru: 'полезный', en: 'useful', updatedAt: ahead } });
    expect((await kitap('ben')).en).toBe('a book');
    await db.note.update({ where: { id: 'kitap' }, data: { en: 'the book' } });
    expect((await kitap('ben')).en).toBe('the book');
    await db.note.update({ where: { id: 'kitap' }, data: { en: 'a book' } });
    expect((await kitap('ben')).en).toBe('a book');
    await db.note.delete({ where: { id: 'paydaly' } });
  });

  it('sees a write that does not go through Prisma', async () => {
    await db.$executeRaw`UPDATE "Note" SET "ru" = 'книжка', "updatedAt" = ${new Date(0)} WHERE "id" = 'kitap'`;
    expect((await kitap('ben')).ru).toBe('книжка');
    await db.$executeRaw`UPDATE "Note" SET "ru" = 'книга' WHERE "id" = 'kitap'`;
    expect((await kitap('ben')).ru).toBe('книга');
  });

  it('sees cards removed from a note (as a teacher removes them, in one updateMany)', async () => {
    await db.card.updateMany({ where: { noteId: 'kitap' }, data: { deletedAt: new Date() } });
    expect(await kitap('ana')).toMatchObject({ noteId: 'kitap', state: 'none', due: null });
    await db.card.updateMany({ where: { noteId: 'kitap' }, data: { deletedAt: null } });
    expect(await kitap('ana')).toMatchObject({ state: 'known' });
  });

  it('sees a note added and a note deleted', async () => {
    const biz = async () => {
      const page = (await getReader('ana', 'text'))!;
      return page.view.lemmas.find((l) => l.lemma === 'біз')!;
    };
    expect((await biz()).noteId).toBeNull();
    await db.note.create({ data: { id: 'biz', deckId: 'text', kind: 'word', kk: 'біз', lemma: 'біз', headword: 'біз', upos: 'PRON', ru: 'мы', en: 'we' } });
    await db.card.create({ data: { id: 'biz-r', noteId: 'biz', deckId: 'text', type: 'recognition' } });
    expect(await biz()).toMatchObject({ noteId: 'biz', en: 'we', state: 'unknown' });
    await db.note.delete({ where: { id: 'biz' } });
    expect((await biz()).noteId).toBeNull();
  });

  it('reads an edited text again', async () => {
    await db.deck.update({ where: { id: 'text' }, data: { sourceText: 'Кітап оқу керек.' } });
    const page = (await getReader('ana', 'text'))!;
    expect(page.view.text).toBe('Кітап оқу керек.');
    expect(page.view.lemmas.find((l) => l.lemma === 'кітап')).toMatchObject({ noteId: 'kitap', state: 'known' });
  });
});
