// Deck from text (draft → review → deck) and CSV import/export against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';
import type { Actor } from './result';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { createDraft } = await import('./create-draft');
const { getDraft } = await import('./get-draft');
const { saveDraft } = await import('./save-draft');
const { reanalyseDraft } = await import('./reanalyse-draft');
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
    const opened = await getDraft(teacher, d.value.id);
    if (!opened.ok) throw new Error('open');
    const { analysis } = opened.value;
    expect(analysis.chars).toBe(TEXT.length);
    const join = analysis.changes.find((c) => c.reason === 'sentence-join');
    expect(join).toMatchObject({ accepted: true, before: '.', after: '. ' });
    expect(analysis.changes.find((c) => c.reason === 'russian-letter')).toMatchObject({ before: 'Сондыктан', after: 'Сондықтан', accepted: true });
    const school = analysis.rows.find((r) => r.lemma === 'мектеп');
    expect(school).toMatchObject({ upos: 'NOUN', count: 2 });
    expect(school!.forms).toEqual(expect.arrayContaining(['мектеп', 'мектепке']));
    expect(analysis.sentences.length).toBe(4);

    // Rejecting a change is remembered and re-analysed.
    const state = { rejected: [join!.key], glosses: { 'мектеп|NOUN': { ru: 'школа (общеобразовательная)', en: 'school' } }, selected: ['мектеп|NOUN', analysis.rows.find((r) => r.lemma === 'ауыл')!.key], sentences: { [analysis.sentences[0]!.key]: { ru: 'В нашем ауле есть большая школа.', en: '' } }, description: '' };
    const re = await reanalyseDraft(teacher, { draftId: d.value.id, title: 'Ауыл', state });
    expect(re.ok && re.value.changes.find((c) => c.key === join!.key)?.accepted).toBe(false);
    expect(await saveDraft(teacher, { draftId: d.value.id, title: 'Ауыл 2', state })).toEqual({ ok: true, value: null });
    const reopened = await getDraft(teacher, d.value.id);
    expect(reopened.ok && reopened.value.draft).toMatchObject({ title: 'Ауыл 2', state: { rejected: [join!.key] } });

    // A ticked sentence without a translation is not dropped silently: the deck waits for it.
    const ticked = { ...state, sentences: { ...state.sentences, [analysis.sentences[2]!.key]: { ru: ' ', en: '' } } };
    expect(await createDeckFromDraft(teacher, { draftId: d.value.id, title: 'Біздің ауыл', description: '', state: ticked })).toEqual({
      ok: false, error: 'invalid', issues: [{ code: 'sentence-untranslated', sentence: analysis.sentences[2]!.key }],
    });
    expect(await db.deckDraft.count({ where: { id: d.value.id } })).toBe(1);

    const created = await createDeckFromDraft(teacher, { draftId: d.value.id, title: 'Біздің ауыл', description: '', state });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.value).toMatchObject({ sentences: 1 });
    const notes = await db.note.findMany({ where: { deckId: created.value.deckId }, include: { cards: true } });
    const schoolNote = notes.find((n) => n.lemma === 'мектеп')!;
    expect(schoolNote.ru).toBe('школа (общеобразовательная)');
    expect(schoolNote.cards.map((c) => c.type).sort()).toEqual(['cloze', 'production', 'recognition']);
    const cloze = JSON.parse(schoolNote.cards.find((c) => c.type === 'cloze')!.data);
    expect(cloze.sentence.slice(cloze.start, cloze.end).toLowerCase()).toMatch(/^мектеп/);
    expect(notes.find((n) => n.kind === 'sentence')?.cards.map((c) => c.type)).toEqual(['sentence']);
    expect(await db.deckDraft.count({ where: { id: d.value.id } })).toBe(0);

    // The deck keeps the text it was built from, so its reader shows it: the join the teacher
    // rejected is not made, the accepted spelling fix is, and the words map to the deck's notes.
    expect(await db.deck.findUniqueOrThrow({ where: { id: created.value.deckId }, select: { sourceNormalised: true } })).toEqual({ sourceNormalised: true });
    const reader = (await getReader('teacher', created.value.deckId))!;
    expect(reader.view.text).toContain('барады.Мұғалім');
    expect(reader.view.text).toContain('Сондықтан');
    expect(reader.view.text).not.toContain('Сондыктан');
    expect(reader.view.lemmas.find((l) => l.lemma === 'мектеп')).toMatchObject({ noteId: schoolNote.id, state: 'unknown' });
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
    expect(await createDeckFromDraft(teacher, { draftId: d.value.id, title: 'x', description: '', state: { rejected: [], selected: [], glosses: {}, sentences: {}, description: '' } })).toEqual({ ok: false, error: 'invalid', issues: [{ code: 'nothing-selected' }] });
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
