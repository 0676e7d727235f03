// The essay as the reader shows it, mapped onto the essay deck's notes: every running word has
// an analysis and its lemma's note, words the normaliser split out of a run-together string
// included, and the mapping agrees with the vocabulary the deck was built from.
import { describe, expect, it } from 'vitest';
import { extractVocabulary, readText } from '@/lib/kazakh';
import { wordNoteId } from '@/lib/decks';
import { buildReaderView, readerPart, readerSummary, type ReaderNote } from '@/lib/reader';
import { loadEssayText } from '../content/content-files';
import { buildEssayDeck, ESSAY_DECK_ID } from '../decks/essay-deck';

const raw = loadEssayText();
const { build } = buildEssayDeck();
const reading = readText(raw);
const cardsOf = new Map<string, number>();
for (const c of build.cards) cardsOf.set(c.noteId, (cardsOf.get(c.noteId) ?? 0) + 1);
const notes: ReaderNote[] = build.notes.map((n) => ({ ...n, cards: cardsOf.get(n.id) ?? 0, progress: null, due: null }));
const view = buildReaderView({ deckId: ESSAY_DECK_ID, reading, notes });
const wordAt = (i: number) => {
  const [start, end, form] = [view.words[i * 3]!, view.words[i * 3 + 1]!, view.words[i * 3 + 2]!];
  const f = view.forms[form]!;
  return { start, end, text: view.text.slice(start, end), form: f, lemma: view.lemmas[f.lemma]! };
};
const allWords = Array.from({ length: view.words.length / 3 }, (_, i) => wordAt(i));

describe('the essay in the reader', () => {
  it('is the normalised essay, in sentences and paragraphs', () => {
    expect(view.text).not.toContain('..Қазіргі');
    expect(view.text).not.toMatch(/\[\d+\]/);
    expect(reading.sentences.length).toBeGreaterThan(60);
    expect(view.paragraphs[0]).toBe(0);
    expect(view.paragraphs.length).toBeGreaterThan(30);
    for (let i = 0; i < view.sentences.length; i += 2) expect(view.sentences[i]!).toBeLessThan(view.sentences[i + 1]!);
  });

  it('gives every running word an analysis whose build spells the word', () => {
    expect(allWords.length).toBeGreaterThan(1400);
    for (const w of allWords) {
      expect(w.lemma.lemma.length, w.text).toBeGreaterThan(0);
      expect(w.form.segments.map((s) => s[0]).join('').toLocaleLowerCase('kk'), w.text).toBe(w.text.toLocaleLowerCase('kk'));
    }
  });

  it('maps every word to the note of its lemma, as the deck was built', () => {
    const vocab = extractVocabulary(raw, { countDuplicateSentences: true });
    const noteIds = new Set(build.notes.map((n) => n.id));
    let checked = 0;
    const byStart = new Map(allWords.map((w) => [w.start, w]));
    for (const e of vocab.entries) {
      for (const o of e.occurrences) {
        const w = byStart.get(vocab.sentences[o.sentence]!.start + o.start);
        expect(w, o.form).toBeDefined();
        expect(w!.text).toBe(o.form);
        const id = wordNoteId(ESSAY_DECK_ID, e.lemma, e.upos);
        if (noteIds.has(id)) expect(w!.lemma.noteId, o.form).toBe(id);
        checked++;
      }
    }
    expect(checked).toBe(allWords.length);
    // every word with a card to study is coloured by its note
    const studied = new Set(build.cards.map((c) => c.noteId));
    for (const w of allWords) if (w.lemma.noteId && studied.has(w.lemma.noteId)) expect(w.lemma.state).toBe('unknown');
  });

  it('maps the words of a run-together string the normaliser split', () => {
    const at = view.text.indexOf('елдерінің саяси құрылымындағы әулеттік бөлініп');
    expect(at).toBeGreaterThan(0);
    const inside = allWords.filter((w) => w.start >= at && w.end <= at + 'елдерінің саяси құрылымындағы әулеттік бөлініп'.length);
    expect(inside.map((w) => w.text)).toEqual(['елдерінің', 'саяси', 'құрылымындағы', 'әулеттік', 'бөлініп']);
    expect(inside.map((w) => w.lemma.lemma)).toEqual(['ел', 'саяси', 'құрылым', 'әулеттік', 'бөл']);
    for (const w of inside) expect(w.lemma.noteId, w.text).not.toBeNull();
    const el = inside[0]!;
    expect(el.form.segments.map((s) => s[1])).toEqual([null, 'PL', 'POSS.3', 'GEN']);
    const split = allWords.find((w) => w.text === 'Сондықтан' && view.text.slice(w.end, w.end + 4) === ' осы');
    expect(split?.lemma.noteId).not.toBeNull();
  });

  it('gives every sentence with a sentence note its translation, repeated sentences too', () => {
    const translated = new Map(build.notes.filter((n) => n.kind === 'sentence').map((n) => [n.kk, [n.ru, n.en]]));
    reading.sentences.forEach((s, i) => {
      const tr = translated.get(s.text);
      if (tr) expect(view.translations[i]).toEqual(tr);
    });
    expect(view.translations.filter(Boolean).length).toBeGreaterThanOrEqual(translated.size);
    expect(translated.size).toBeGreaterThan(50);
  });

  it('counts the running words a new learner knows: none of them', () => {
    const s = readerSummary(view, view.lemmas.map((l) => l.state));
    expect(s.running).toBe(allWords.length);
    expect(s.known).toBe(0);
    expect(s.studyRunning).toBeGreaterThan(s.running / 2);
    expect(s.newLemmas).toBe(new Set(allWords.filter((w) => w.lemma.state === 'unknown').map((w) => w.lemma.noteId)).size);
  });

  it('is one page of the reader: a single part, the whole view', () => {
    const only = readerPart(view, 0)!;
    expect(only).toMatchObject({ part: 0, parts: 1, firstWord: 0 });
    expect(only.view).toEqual(view);
    expect(only.summary).toEqual(readerSummary(view, view.lemmas.map((l) => l.state)));
  });
});
