import { describe, expect, it } from 'vitest';
import { readText } from '../kazakh';
import { sentenceNoteId, wordNoteId } from '../decks';
import { buildReaderView, lemmaState, packReaderView, readerSummary, unpackReaderView, wordSentence, type ReaderNote } from './index';

const text = 'Мемлекеттердің интеграциясы күшейді. Интеграция және сауда.\nЖаңа абзац мұнда.';
const reading = readText(text);
const note = (lemma: string, upos: string, extra: Partial<ReaderNote> = {}): ReaderNote => ({
  id: wordNoteId('d', lemma, upos), kind: 'word', kk: lemma, lemma, upos, headword: lemma, ru: `ru:${lemma}`, en: `en:${lemma}`, cards: 3, progress: null, due: null, ...extra,
});
const words = (v: ReturnType<typeof buildReaderView>) =>
  Array.from({ length: v.words.length / 3 }, (_, i) => {
    const f = v.forms[v.words[i * 3 + 2]!]!;
    return { text: v.text.slice(v.words[i * 3]!, v.words[i * 3 + 1]!), lemma: v.lemmas[f.lemma]!, segments: f.segments };
  });

describe('buildReaderView', () => {
  it('maps text offsets to the note of each word’s lemma, all forms to one lemma', () => {
    const due = new Date('2026-03-01T00:00:00Z');
    const v = buildReaderView({
      deckId: 'd', reading,
      notes: [note('интеграция', 'NOUN', { progress: { state: 2, stability: 40, suspended: false }, due }), note('мемлекет', 'NOUN', { progress: { state: 1, stability: 1, suspended: false } })],
    });
    const w = words(v);
    expect(w.map((x) => x.text)).toEqual(['Мемлекеттердің', 'интеграциясы', 'күшейді', 'Интеграция', 'және', 'сауда', 'Жаңа', 'абзац', 'мұнда']);
    const [mem, integ, , integ2] = w;
    expect(integ!.lemma).toBe(integ2!.lemma);
    expect(integ!.lemma).toMatchObject({ noteId: wordNoteId('d', 'интеграция', 'NOUN'), state: 'known', due: due.toISOString(), ru: 'ru:интеграция', glossFrom: 'deck' });
    expect(integ!.segments).toEqual([['интеграция', null], ['сы', 'POSS.3']]);
    expect(mem!.lemma.state).toBe('learning');
    expect(mem!.segments.map((s) => s[1])).toEqual([null, 'PL', 'GEN']);
    expect(v.paragraphs).toEqual([0, 2]);
  });

  it('falls back to the same lemma under another part of speech, then to the glossary', () => {
    const v = buildReaderView({
      deckId: 'd', reading,
      notes: [note('сауда', 'ADJ')],
      glossary: (lemma) => (lemma === 'жаңа' ? { ru: 'новый', en: 'new' } : undefined),
    });
    const w = words(v);
    expect(w.find((x) => x.text === 'сауда')!.lemma.noteId).toBe(wordNoteId('d', 'сауда', 'ADJ'));
    expect(w.find((x) => x.text === 'Жаңа')!.lemma).toMatchObject({ noteId: null, glossFrom: 'glossary', ru: 'новый', state: 'none' });
    expect(w.find((x) => x.text === 'абзац')!.lemma).toMatchObject({ noteId: null, glossFrom: null, ru: '', state: 'none' });
  });

  it('gives a sentence the translation of its sentence note', () => {
    const s = reading.sentences[1]!.text;
    const v = buildReaderView({ deckId: 'd', reading, notes: [{ ...note('x', 'X'), id: sentenceNoteId('d', s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')), kind: 'sentence', lemma: null, upos: null, ru: 'Интеграция и торговля.', en: 'Integration and trade.' }] });
    expect(v.translations).toEqual([null, ['Интеграция и торговля.', 'Integration and trade.'], null]);
  });
});

describe('lemmaState and readerSummary', () => {
  it('colours a word by its lemma: unknown, learning, known; nothing to study without cards', () => {
    expect(lemmaState(undefined)).toBe('none');
    expect(lemmaState({ cards: 0, progress: null })).toBe('none');
    expect(lemmaState({ cards: 2, progress: null })).toBe('unknown');
    expect(lemmaState({ cards: 2, progress: { state: 3, stability: 2, suspended: false } })).toBe('learning');
    expect(lemmaState({ cards: 2, progress: { state: 2, stability: 5, suspended: false } })).toBe('learning');
    expect(lemmaState({ cards: 2, progress: { state: 2, stability: 21, suspended: false } })).toBe('known');
  });

  it('counts known running words among those with cards, and new lemmas', () => {
    const v = buildReaderView({ deckId: 'd', reading, notes: [note('интеграция', 'NOUN'), note('мемлекет', 'NOUN'), note('сауда', 'NOUN', { cards: 0 })] });
    const states = v.lemmas.map((l) => l.state);
    expect(readerSummary(v, states)).toEqual({ running: 9, studyRunning: 3, known: 0, newLemmas: 2 });
    const i = v.lemmas.findIndex((l) => l.lemma === 'интеграция');
    states[i] = 'known';
    expect(readerSummary(v, states)).toEqual({ running: 9, studyRunning: 3, known: 2, newLemmas: 1 });
  });
});

describe('packReaderView', () => {
  it('sends the view in a smaller form that unpacks to the same view (builds in the text’s own case)', () => {
    const v = buildReaderView({
      deckId: 'd', reading,
      notes: [note('интеграция', 'NOUN', { progress: { state: 2, stability: 40, suspended: false }, due: new Date('2026-03-01T00:00:00Z') }), note('күшей', 'VERB', { headword: 'күшею', asked: true })],
      glossary: (lemma) => (lemma === 'жаңа' ? { ru: 'новый', en: 'new' } : undefined),
    });
    // the word the learner asked to study next stays asked for (the reader shows it so after a reload)
    expect(v.lemmas.filter((l) => l.asked).map((l) => l.lemma)).toEqual(['күшей']);
    const packed = packReaderView(v);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(v).length);
    const back = unpackReaderView(JSON.parse(JSON.stringify(packed)));
    const lower = (x: typeof v) => ({ ...x, forms: x.forms.map((f) => ({ ...f, segments: f.segments.map(([t, l]) => [t.toLocaleLowerCase('kk'), l]) })) });
    expect(lower(back)).toEqual(lower(v));
    expect(back.lemmas.filter((l) => l.asked).map((l) => l.lemma)).toEqual(['күшей']);
    expect(back.forms[v.forms.findIndex((f) => v.lemmas[f.lemma]!.lemma === 'мемлекет')]!.segments[0]![0]).toBe('Мемлекет');
  });
  it('sends note ids without the start they share, and gets every id back whole', () => {
    const deckId = 'a-teachers-deck-with-a-long-id';
    const two = buildReaderView({ deckId, reading, notes: [{ ...note('интеграция', 'NOUN'), id: wordNoteId(deckId, 'интеграция', 'NOUN') }, { ...note('мемлекет', 'NOUN'), id: wordNoteId(deckId, 'мемлекет', 'NOUN') }] });
    const packed = packReaderView(two);
    expect(packed.noteIdPrefix.startsWith(deckId)).toBe(true);
    const sent = packed.lemmas.map((l) => l[4]).filter(Boolean);
    expect(sent).toHaveLength(2);
    for (const id of sent) expect(id.length).toBeLessThan(wordNoteId(deckId, 'мемлекет', 'NOUN').length - deckId.length);
    expect(unpackReaderView(JSON.parse(JSON.stringify(packed))).lemmas.map((l) => l.noteId)).toEqual(two.lemmas.map((l) => l.noteId));
    // one note: its id is not all prefix (an empty id would read as "no note")
    const one = buildReaderView({ deckId, reading, notes: [note('сауда', 'NOUN')] });
    const onePacked = packReaderView(one);
    expect(onePacked.lemmas.find((l) => l[4])![4].length).toBeGreaterThan(0);
    expect(unpackReaderView(onePacked).lemmas.map((l) => l.noteId)).toEqual(one.lemmas.map((l) => l.noteId));
    // ids that share nothing
    const apart = buildReaderView({ deckId, reading, notes: [{ ...note('сауда', 'NOUN'), id: 'x1' }, { ...note('абзац', 'NOUN'), id: 'y2' }] });
    expect(packReaderView(apart).noteIdPrefix).toBe('');
    expect(unpackReaderView(packReaderView(apart)).lemmas.map((l) => l.noteId)).toEqual(apart.lemmas.map((l) => l.noteId));
  });
});

describe('wordSentence', () => {
  const multiline = buildReaderView({ deckId: 'd', reading: readText('Бірінші сөйлем.\nЕкінші\nсөйлем осында тұр. Үшінші.'), notes: [] });
  const at = (v: typeof multiline, form: string) => words(v).findIndex((w) => w.text === form);

  it('gives the sentence of a word on one line, with the word\'s place in it', () => {
    const s = wordSentence(multiline, at(multiline, 'осында'))!;
    expect(s.index).toBe(1);
    expect(s.text).toBe('Екінші сөйлем осында тұр.');
    expect(s.text.slice(s.start, s.end)).toBe('осында');
    const first = wordSentence(multiline, at(multiline, 'Бірінші'))!;
    expect(first).toEqual({ index: 0, text: 'Бірінші сөйлем.', start: 0, end: 7 });
    expect(wordSentence(multiline, at(multiline, 'Үшінші'))!.text).toBe('Үшінші.');
  });

  it('has none for a place that is not a word of the view', () => {
    const count = multiline.words.length / 3;
    for (const bad of [-1, count, 1.5, Number.NaN]) expect(wordSentence(multiline, bad)).toBeNull();
  });
});
