// Deck from text (draft → review → deck) and CSV import/export against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';
import type { Actor } from './result';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { createDraft } = await import('./create-draft');
const { getDraftView } = await import('./draft-view');
const { editDraft } = await import('./edit-draft');
const { createDeckFromDraft } = await import('./create-deck-from-draft');
const { createDeck } = await import('./create-deck');
const { importCsv } = await import('./import-csv');
const { exportCsv } = await import('./export-csv');
const { getReader } = await import('../reader/get-reader');

const teacher: Actor = { id: 'teacher', role: 'teacher' };
const TEXT = 'Біздің ауылда үлкен мектеп бар. Балалар күнде таңертең мектепке барады.Мұғалім оларға қазақ тілін үйретеді. Сондыктан оқушылар тілді жақсы біледі.';

beforeAll(async () => {
  await db.user.create({ data: { id: 'teacher', name: 't', email: 't@example.test', role: 'teacher' } });
});

afterAll(async () => {
  await db.$disconnect();
  await testDb.cleanup();
});

describe('deck from text', () => {
  it('shows changes and vocabulary, keeps the teacher\'s choices in the draft and builds the deck', async () => {
    const d = await createDraft(teacher, { title: 'Ауыл', text: TEXT });
    if (!d.ok) throw new Error(JSON.stringify(d));
    const draftId = d.value.id;
    const open = async (query: object = {}) => {
      const r = await getDraftView(teacher, { draftId, ...query });
      if (!r.ok) throw new Error('open');
      return r.value;
    };
    const edit = async (...edits: unknown[]) => {
      const r = await editDraft(teacher, { draftId, edits });
      if (!r.ok) throw new Error(JSON.stringify(r));
      return r.value;
    };
    const opened = await open();
    expect(opened.chars).toBe(TEXT.length);
    const join = opened.changes.items.find((c) => c.reason === 'sentence-join');
    expect(join).toMatchObject({ accepted: true, before: '.', after: '. ' });
    expect(opened.changes.items.find((c) => c.reason === 'russian-letter')).toMatchObject({ before: 'Сондыктан', after: 'Сондықтан', accepted: true });
    const school = opened.words.items.find((r) => r.lemma === 'мектеп');
    expect(school).toMatchObject({ upos: 'NOUN', count: 2, gloss: { ru: 'школа' }, selected: true });
    expect(school!.forms).toEqual(expect.arrayContaining(['мектеп', 'мектепке']));
    expect(opened.sentences.total).toBe(4);
    // By default the glossary's words are selected, and only they.
    expect(opened.counts.selected).toBe(opened.words.items.filter((r) => r.gloss.ru || r.gloss.en).length);
    expect(opened.counts).toMatchObject({ words: opened.words.total, missing: opened.words.items.filter((r) => !r.gloss.ru && !r.gloss.en).length });

    // Rejecting a change is remembered and re-analysed; it comes in a batch of its own.
    expect(await editDraft(teacher, { draftId, edits: [{ kind: 'change', key: join!.key, accept: false }, { kind: 'title', value: 'x' }] })).toMatchObject({ ok: false, error: 'invalid' });
    await edit({ kind: 'change', key: join!.key, accept: false });
    const rejected = await open();
    expect(rejected.changes.items.find((c) => c.key === join!.key)?.accepted).toBe(false);
    // Selecting none, then two words: one glossed by the teacher (typing a meaning selects it) and one by the glossary.
    const village = rejected.words.items.find((r) => r.lemma === 'ауыл')!;
    expect(await edit({ kind: 'select-none' })).toMatchObject({ selected: 0 });
    expect(await edit({ kind: 'gloss', key: 'мектеп|NOUN', lang: 'ru', value: 'школа (общеобразовательная)' }, { kind: 'select', key: village.key, on: true }, { kind: 'title', value: 'Ауыл 2' })).toMatchObject({ selected: 2 });
    const s0 = rejected.sentences.items[0]!.key;
    await edit({ kind: 'sentence', key: s0, on: true }, { kind: 'translation', key: s0, lang: 'ru', value: 'В нашем ауле есть большая школа.' });
    // Edits of rows the text does not have are dropped, not stored.
    await edit({ kind: 'gloss', key: 'жоқ|NOUN', lang: 'ru', value: 'нет' }, { kind: 'select', key: 'жоқ|NOUN', on: true });
    const reopened = await open();
    expect(reopened).toMatchObject({ title: 'Ауыл 2', counts: { selected: 2 } });
    expect(reopened.words.items.find((r) => r.lemma === 'мектеп')).toMatchObject({ selected: true, gloss: { ru: 'школа (общеобразовательная)', en: 'school' } });
    expect(reopened.sentences.items[0]!.translation).toEqual({ ru: 'В нашем ауле есть большая школа.', en: '' });
    expect(JSON.parse((await db.deckDraft.findUniqueOrThrow({ where: { id: draftId } })).state).glosses['жоқ|NOUN']).toBeUndefined();
    // Only the words without a meaning, a page at a time.
    const missing = await open({ missing: true });
    expect(missing.words.items.length).toBe(reopened.counts.missing);
    expect(missing.words.items.every((r) => !r.gloss.ru && !r.gloss.en)).toBe(true);

    // A ticked sentence without a translation is not dropped silently: the deck waits for it, and the answer names it.
    const s2 = reopened.sentences.items[2]!;
    await edit({ kind: 'sentence', key: s2.key, on: true }, { kind: 'translation', key: s2.key, lang: 'ru', value: ' ' });
    expect(await createDeckFromDraft(teacher, { draftId, title: 'Біздің ауыл', description: '' })).toEqual({
      ok: false, error: 'invalid', issues: [{ code: 'sentence-untranslated', sentence: s2.kk }],
    });
    expect(await db.deckDraft.count({ where: { id: draftId } })).toBe(1);
    await edit({ kind: 'sentence', key: s2.key, on: false });

    const created = await createDeckFromDraft(teacher, { draftId, title: 'Біздің ауыл', description: '' });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.value).toMatchObject({ sentences: 1, words: 2 });
    const notes = await db.note.findMany({ where: { deckId: created.value.deckId }, include: { cards: true } });
    const schoolNote = notes.find((n) => n.lemma === 'мектеп')!;
    expect(schoolNote.ru).toBe('школа (общеобразовательная)');
    expect(schoolNote.cards.map((c) => c.type).sort()).toEqual(['cloze', 'production', 'recognition']);
    const cloze = JSON.parse(schoolNote.cards.find((c) => c.type === 'cloze')!.data);
    expect(cloze.sentence.slice(cloze.start, cloze.end).toLowerCase()).toMatch(/^мектеп/);
    expect(notes.find((n) => n.kind === 'sentence')?.cards.map((c) => c.type)).toEqual(['sentence']);
    expect(await db.deckDraft.count({ where: { id: draftId } })).toBe(0);

    // The deck keeps the text it was built from, so its reader shows it: the join the teacher
    // rejected is not made, the accepted spelling fix is, and the words map to the deck's notes.
    expect(await db.deck.findUniqueOrThrow({ where: { id: created.value.deckId }, select: { sourceNormalised: true } })).toEqual({ sourceNormalised: true });
    const reader = (await getReader('teacher', created.value.deckId))!;
    expect(reader.view.text).toContain('барады.Мұғалім');
    expect(reader.view.text).toContain('Сондықтан');
    expect(reader.view.text).not.toContain('Сондыктан');
    expect(reader.view.lemmas.find((l) => l.lemma === 'мектеп')).toMatchObject({ noteId: schoolNote.id, state: 'unknown' });
  });

  it('sends a long text a page at a time, and two tabs editing one draft both keep their work', async () => {
    // 300 sentences, each with a made-up word of its own (three syllables of 300 combinations).
    const syl = ['ба', 'ке', 'мұ', 'ты', 'сө', 'жа', 'қо', 'ре', 'ну', 'гі'];
    const sentences = Array.from({ length: 300 }, (_, i) => `Ол ${syl[i % 10]}${syl[Math.floor(i / 10) % 10]}${syl[Math.floor(i / 100)]}тан мектепке барады.`).join(' ');
    const d = await createDraft(teacher, { title: '', text: sentences });
    if (!d.ok) throw new Error('draft');
    const first = await getDraftView(teacher, { draftId: d.value.id });
    if (!first.ok) throw new Error('open');
    expect(first.value.words.total).toBeGreaterThan(200);
    expect(first.value.words.items.length).toBe(100);
    expect(first.value.sentences.items.length).toBe(100);
    const third = await getDraftView(teacher, { draftId: d.value.id, words: 3, sentences: 99 });
    if (!third.ok) throw new Error('open');
    expect(third.value.words.page).toBe(3);
    expect(third.value.words.items[0]!.key).not.toBe(first.value.words.items[0]!.key);
    // A page past the end is the last page; a nonsense page is the first.
    expect(third.value.sentences).toMatchObject({ page: 3, pages: 3 });
    expect(await getDraftView(teacher, { draftId: d.value.id, words: 'x' })).toMatchObject({ ok: true, value: { words: { page: 1 } } });
    // Two tabs at once: both batches land.
    const [a, b] = [first.value.words.items[0]!.key, first.value.words.items[1]!.key];
    const both = await Promise.all([
      editDraft(teacher, { draftId: d.value.id, edits: [{ kind: 'gloss', key: a, lang: 'en', value: 'one' }] }),
      editDraft(teacher, { draftId: d.value.id, edits: [{ kind: 'gloss', key: b, lang: 'en', value: 'two' }] }),
    ]);
    expect(both.every((r) => r.ok)).toBe(true);
    const state = JSON.parse((await db.deckDraft.findUniqueOrThrow({ where: { id: d.value.id } })).state);
    expect([state.glosses[a]?.en, state.glosses[b]?.en]).toEqual(['one', 'two']);
    // Malformed edits are refused whole.
    expect(await editDraft(teacher, { draftId: d.value.id, edits: [{ kind: 'gloss', key: a, lang: 'de', value: 'x' }] })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await editDraft(teacher, { draftId: d.value.id, edits: [] })).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('refuses a text over 200,000 characters and a deck with nothing selected', async () => {
    expect(await createDraft(teacher, { title: '', text: 'а'.repeat(200_001) })).toMatchObject({ ok: false, error: 'invalid' });
    // 200,000 characters as a browser submits them (CRLF line breaks) are accepted and stored with LF.
    const lines = `${'а'.repeat(99)}\r\n`.repeat(2000);
    const big = await createDraft(teacher, { title: '', text: lines });
    if (!big.ok) throw new Error(JSON.stringify(big));
    expect((await db.deckDraft.findUniqueOrThrow({ where: { id: big.value.id } })).text.length).toBe(200_000);
    const d = await createDraft(teacher, { title: '', text: TEXT });
    if (!d.ok) throw new Error('draft');
    expect(await editDraft(teacher, { draftId: d.value.id, edits: [{ kind: 'select-none' }] })).toMatchObject({ ok: true, value: { selected: 0 } });
    expect(await createDeckFromDraft(teacher, { draftId: d.value.id, title: 'x', description: '' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'nothing-selected' }] });
  });
});

const HEADER = 'kk,ru,en,pos,example_kk,example_ru,example_en';

describe('CSV', () => {
  it('imports quoted fields, reports bad rows by line and imports nothing from a bad file', async () => {
    const deck = await createDeck(teacher, { title: 'CSV', description: '' });
    if (!deck.ok) throw new Error('deck');
    const deckId = deck.value.id;
    const bad = [
      HEADER,
      'кітап,книга,book,NOUN,,,',
      'қала,,,NOUN,,,',
      '"ауыл","село, аул","village",NOUN,"Біздің ауыл ""үлкен"".","Наше село\nбольшое.",',
      'су,вода,water,BANANA,,,',
      'тіл,язык,language,NOUN,,,,extra',
      'кітаптар,книги,books,NOUN,,,',
    ].join('\n');
    const r = await importCsv(teacher, { deckId, csv: bad });
    expect(r).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'meaning-required', line: 3 }, { code: 'unknown-pos', line: 6 }, { code: 'csv-columns', line: 7 }, { code: 'csv-duplicate', line: 8 }] });
    expect(await db.note.count({ where: { deckId } })).toBe(0);

    expect(await importCsv(teacher, { deckId, csv: 'kk,russian,en\nа,б,в\n' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'csv-header', line: 1 }] });
    expect(await importCsv(teacher, { deckId, csv: 'ru,en,pos\nб,в,NOUN\n' })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'csv-header-required', line: 1 }] });
    expect(await importCsv(teacher, { deckId, csv: `${HEADER}\n"кітап,книга\n` })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'csv-unterminated-quote', line: 2 }] });
    expect(await importCsv(teacher, { deckId, csv: `${HEADER}\n,книга,,,,,\nкітап,${'к'.repeat(501)},,,,,\n` })).toEqual({
      ok: false, error: 'invalid', issues: [{ code: 'required', field: 'kk', line: 2 }, { code: 'too-long', field: 'ru', limit: 500, line: 3 }],
    });

    const good = [HEADER, 'кітап,книга,book,NOUN,Мен кітап оқимын.,Я читаю книгу.,I read a book.', '"ауыл","село, аул","village",NOUN,"Біздің ауыл ""үлкен"".","Наше село\nбольшое.",', 'Біз қазақ тілін үйренеміз.,Мы учим казахский язык.,We learn Kazakh.,,,,'].join('\r\n');
    expect(await importCsv(teacher, { deckId, csv: good })).toEqual({ ok: true, value: { imported: 3 } });
    const notes = await db.note.findMany({ where: { deckId }, include: { cards: true }, orderBy: { sortOrder: 'asc' } });
    expect(notes.map((n) => [n.kind, n.kk, n.ru])).toEqual([['word', 'кітап', 'книга'], ['word', 'ауыл', 'село, аул'], ['sentence', 'Біз қазақ тілін үйренеміз.', 'Мы учим казахский язык.']]);
    expect(notes[0]!.cards.map((c) => c.type).sort()).toEqual(['cloze', 'production', 'recognition']);

    const out = await exportCsv(teacher, deckId);
    if (!out.ok) throw new Error('export');
    expect(out.value.csv.split('\r\n')[0]).toBe(HEADER);
    expect(out.value.csv).toContain('"село, аул"');
    expect(out.value.csv).toContain('"Біздің ауыл ""үлкен""."');
    // Importing the export again changes nothing but keeps every note and card id.
    const ids = (await db.card.findMany({ where: { deckId }, select: { id: true } })).map((c) => c.id).sort();
    expect(await importCsv(teacher, { deckId, csv: out.value.csv })).toEqual({ ok: true, value: { imported: 3 } });
    expect((await db.card.findMany({ where: { deckId }, select: { id: true } })).map((c) => c.id).sort()).toEqual(ids);
    expect(await db.note.count({ where: { deckId } })).toBe(3);
  });

  it('exports no cell a spreadsheet would run as a formula, and imports its own export unchanged', async () => {
    const deck = await createDeck(teacher, { title: 'Formulas', description: '' });
    if (!deck.ok) throw new Error('deck');
    const deckId = deck.value.id;
    const csv = [HEADER, 'кітап,"=HYPERLINK(""https://evil.example"",""x"")",+1,NOUN,-2 Мен кітап оқимын.,@SUM(A1),"\tx"'].join('\n');
    expect(await importCsv(teacher, { deckId, csv })).toEqual({ ok: true, value: { imported: 1 } });
    const out = await exportCsv(teacher, deckId);
    if (!out.ok) throw new Error('export');
    const row = out.value.csv.split('\r\n')[1]!;
    expect(row).toBe(`кітап,"'=HYPERLINK(""https://evil.example"",""x"")",'+1,NOUN,'-2 Мен кітап оқимын.,'@SUM(A1),x`);
    expect(await importCsv(teacher, { deckId, csv: out.value.csv })).toEqual({ ok: true, value: { imported: 1 } });
    expect(await db.note.findFirstOrThrow({ where: { deckId }, select: { ru: true, en: true } })).toEqual({ ru: '=HYPERLINK("https://evil.example","x")', en: '+1' });
  });

  it('reads what spreadsheets write: semicolons or tabs, any order, only the columns it has (issue 10 item 6)', async () => {
    const deck = await createDeck(teacher, { title: 'Excel', description: '' });
    if (!deck.ok) throw new Error('deck');
    const deckId = deck.value.id;
    // Excel in a Russian or Kazakh locale: semicolons, a BOM, CRLF, trailing empty cells dropped.
    const excel = '\uFEFFen;kk;ru\r\nbook;кітап;книга\r\ntown;қала;"город; село"\r\nwater;су\r\n';
    expect(await importCsv(teacher, { deckId, csv: excel })).toEqual({ ok: true, value: { imported: 3 } });
    const notes = await db.note.findMany({ where: { deckId }, orderBy: { sortOrder: 'asc' } });
    expect(notes.map((n) => [n.kk, n.ru, n.en])).toEqual([['кітап', 'книга', 'book'], ['қала', 'город; село', 'town'], ['су', '', 'water']]);
    const tabs = 'kk\tru\tpos\nбала\tребёнок\tNOUN\n';
    expect(await importCsv(teacher, { deckId, csv: tabs })).toEqual({ ok: true, value: { imported: 1 } });
    expect(await db.note.count({ where: { deckId } })).toBe(4);
  });
});
