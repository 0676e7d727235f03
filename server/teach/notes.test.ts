// Editing never loses progress: a gloss edit updates the note's cards in place (same ids,
// progress kept); deleting a note takes its cards out of study and keeps the review
// history; adding the word again brings the progress back. Plus the card types a note gets.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';
import type { Actor } from './result';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { submitReview } = await import('../reviews/submit-review');
const { getStudyStep } = await import('../study/get-study-step');
const { createDeck } = await import('./create-deck');
const { saveNote } = await import('./save-note');
const { deleteNote } = await import('./delete-note');
const { prefillNote } = await import('./prefill-note');
const { getTeacherDeck } = await import('./get-teacher-deck');

const teacher: Actor = { id: 'teacher', role: 'teacher' };
let deckId = '';

beforeAll(async () => {
  await db.user.create({ data: { id: 'teacher', name: 't', email: 't@example.test', role: 'teacher' } });
  await db.user.create({ data: { id: 'learner', name: 'l', email: 'l@example.test' } });
  const d = await createDeck(teacher, { title: 'Мектеп', description: '' });
  if (!d.ok) throw new Error('deck');
  deckId = d.value.id;
  // The teacher studies their own deck here (owners may), standing in for a class member.
});

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

const word = (over: Record<string, unknown> = {}) => ({
  deckId, kind: 'word', kk: 'мектеп', ru: 'школа', en: 'school',
  exampleKk: 'Балалар мектепке барады.', exampleRu: 'Дети идут в школу.', exampleEn: 'The children go to school.', ...over,
});

describe('notes and their cards', () => {
  it('the engine pre-fills lemma, part of speech, build and glossary glosses', async () => {
    const r = await prefillNote(teacher, { kk: 'мектептерде' });
    expect(r).toMatchObject({ ok: true, value: { lemma: 'мектеп', upos: 'NOUN' } });
    if (!r.ok) return;
    expect(r.value.segments.length).toBeGreaterThan(1);
    expect(r.value.segments.map((s) => s.text).join('').toLowerCase()).toBe('мектептерде');
  });

  it('a word note gets recognition, production and a cloze card blanking the word in its example', async () => {
    const r = await saveNote(teacher, word());
    if (!r.ok) throw new Error(JSON.stringify(r));
    const cards = await db.card.findMany({ where: { noteId: r.value.noteId }, orderBy: { type: 'asc' } });
    expect(cards.map((c) => c.type)).toEqual(['cloze', 'production', 'recognition']);
    expect(cards.map((c) => c.id)).toEqual([`${r.value.noteId}-c`, `${r.value.noteId}-p`, `${r.value.noteId}-r`]);
    const cloze = JSON.parse(cards[0]!.data);
    expect(cloze).toMatchObject({ sentence: 'Балалар мектепке барады.', ru: 'Дети идут в школу.', en: 'The children go to school.' });
    expect('Балалар мектепке барады.'.slice(cloze.start, cloze.end)).toBe('мектепке');
    expect(cloze.segments.length).toBeGreaterThan(1);
  });

  it('a new word starts with its recognition card, not the cloze (issue 10 item 2)', async () => {
    const note = await db.note.findFirstOrThrow({ where: { deckId, kk: 'мектеп' } });
    const bySort = await db.card.findMany({ where: { noteId: note.id }, orderBy: { sortOrder: 'asc' } });
    expect(bySort.map((c) => c.type)).toEqual(['recognition', 'production', 'cloze']);
    const step = await getStudyStep('teacher', deckId, new Date());
    expect(step?.card?.type).toBe('recognition');
  });

  it('no cloze card when the example does not contain the word; a sentence note gets a sentence card', async () => {
    const r = await saveNote(teacher, word({ kk: 'кітап', ru: 'книга', en: 'book', exampleKk: 'Ол үйге келді.' }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect((await db.card.findMany({ where: { noteId: r.value.noteId } })).map((c) => c.type).sort()).toEqual(['production', 'recognition']);
    const s = await saveNote(teacher, { deckId, kind: 'sentence', kk: 'Біз қазақ тілін үйренеміз.', ru: 'Мы учим казахский язык.', en: '', exampleKk: '', exampleRu: '', exampleEn: '' });
    if (!s.ok) throw new Error(JSON.stringify(s));
    expect((await db.card.findMany({ where: { noteId: s.value.noteId } })).map((c) => c.type)).toEqual(['sentence']);
  });

  it('an inflected form becomes its dictionary word, with the typed form as the example form (issue 10 item 3)', async () => {
    const r = await saveNote(teacher, word({ kk: 'интеграциясына', ru: 'интеграция', en: 'integration', exampleKk: '', exampleRu: '', exampleEn: '' }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const note = await db.note.findUniqueOrThrow({ where: { id: r.value.noteId }, include: { cards: true } });
    expect([note.kk, note.headword, note.lemma]).toEqual(['интеграция', 'интеграция', 'интеграция']);
    const [example] = JSON.parse(note.examples);
    expect(example).toMatchObject({ kk: 'интеграциясына', form: 'интеграциясына', start: 0, end: 14 });
    expect(example.segments.map((s: { text: string }) => s.text).join('')).toBe('интеграциясына');
    // A bare form is no sentence to blank a word in.
    expect(note.cards.map((c) => c.type).sort()).toEqual(['production', 'recognition']);
    // A word that reads as itself stays as typed (қала is a town, not a form of қал-).
    const town = await saveNote(teacher, word({ kk: 'қала', ru: 'город', en: 'town', exampleKk: '', exampleRu: '', exampleEn: '' }));
    if (!town.ok) throw new Error(JSON.stringify(town));
    expect((await db.note.findUniqueOrThrow({ where: { id: town.value.noteId } })).kk).toBe('қала');
  });

  it('refuses a note without a meaning, a too long word, and the same word twice, with codes the UI words', async () => {
    expect(await saveNote(teacher, word({ kk: 'қала', ru: '', en: '' }))).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'meaning-required', field: 'ru' }] });
    expect(await saveNote(teacher, word({ kk: 'а'.repeat(201) }))).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'too-long', field: 'kk', limit: 200 }] });
    expect(await saveNote(teacher, word({ kk: ' ', ru: 'x'.repeat(501), upos: 'BANANA' }))).toEqual({
      ok: false, error: 'invalid', issues: [{ code: 'required', field: 'kk' }, { code: 'invalid', field: 'upos' }, { code: 'too-long', field: 'ru', limit: 500 }],
    });
    expect(await saveNote(teacher, word({ deckId: 7 }))).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'malformed' }] });
    expect(await saveNote(teacher, word({ kk: 'мектептер' }))).toEqual({ ok: false, error: 'conflict' });
  });

  it('editing a gloss updates the cards in place and keeps the learner\'s progress', async () => {
    const noteId = (await db.note.findFirstOrThrow({ where: { deckId, lemma: 'мектеп' } })).id;
    const card = `${noteId}-r`;
    const now = new Date();
    const review = await submitReview('teacher', { id: randomUUID(), cardId: card, rating: 3, reviewedAt: now.toISOString(), durationMs: 1000 }, { now, clockSkewMs: 0 });
    expect(review.ok).toBe(true);
    const before = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'teacher', cardId: card } } });

    const edited = await saveNote(teacher, word({ noteId, ru: 'школа; училище', exampleRu: 'Дети ходят в школу.' }));
    expect(edited).toEqual({ ok: true, value: { noteId } });
    const note = await db.note.findUniqueOrThrow({ where: { id: noteId } });
    expect(note.ru).toBe('школа; училище');
    const cards = await db.card.findMany({ where: { noteId } });
    expect(cards.map((c) => c.id).sort()).toEqual([`${noteId}-c`, `${noteId}-p`, `${noteId}-r`]);
    expect(cards.every((c) => c.deletedAt === null)).toBe(true);
    expect(JSON.parse(cards.find((c) => c.type === 'cloze')!.data).ru).toBe('Дети ходят в школу.');
    const after = await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'teacher', cardId: card } } });
    expect(after).toEqual(before);
  });

  it('deleting a note takes its cards out of study and keeps the review history; adding it again revives them', async () => {
    const noteId = (await db.note.findFirstOrThrow({ where: { deckId, lemma: 'мектеп' } })).id;
    expect(await deleteNote(teacher, { deckId, noteId })).toEqual({ ok: true, value: null });
    const cards = await db.card.findMany({ where: { noteId } });
    expect(cards.every((c) => c.deletedAt !== null)).toBe(true);
    expect(await db.reviewLog.count({ where: { cardId: `${noteId}-r` } })).toBe(1);
    expect(await db.cardProgress.count({ where: { cardId: `${noteId}-r` } })).toBe(1);
    const deck = await getTeacherDeck(teacher, deckId);
    expect(deck.ok && deck.value.notes.map((n) => n.id)).not.toContain(noteId);
    // Study no longer offers its cards.
    const now = new Date(Date.now() + 30 * 86_400_000);
    for (let i = 0; i < 5; i++) {
      const step = await getStudyStep('teacher', deckId, now);
      expect(step?.card?.cardId.startsWith(noteId) ?? false).toBe(false);
    }
    expect(await deleteNote(teacher, { deckId, noteId })).toEqual({ ok: false, error: 'not-found' });

    const again = await saveNote(teacher, word({ kk: 'мектеп', exampleKk: '' }));
    expect(again).toEqual({ ok: true, value: { noteId } });
    const revived = await db.card.findMany({ where: { noteId, deletedAt: null } });
    expect(revived.map((c) => c.type).sort()).toEqual(['production', 'recognition']);
    expect((await db.card.findUniqueOrThrow({ where: { id: `${noteId}-c` } })).deletedAt).not.toBeNull();
    expect((await db.cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId: 'teacher', cardId: `${noteId}-r` } } })).reps).toBe(1);
  });
});
