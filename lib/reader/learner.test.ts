import { describe, expect, it } from 'vitest';
import { readText } from '../kazakh';
import { wordNoteId } from '../decks';
import { buildReaderView, learnerNotes, readerCards, withLearner, type ReaderNote, type ReaderProgressRow } from './index';

const reading = readText('Мемлекеттердің интеграциясы күшейді. Интеграция және сауда.');
const note = (lemma: string, upos: string, extra: Partial<ReaderNote> = {}): ReaderNote => ({
  id: wordNoteId('d', lemma, upos), kind: 'word', kk: lemma, lemma, upos, headword: lemma, ru: `ru:${lemma}`, en: `en:${lemma}`, cards: 2, progress: null, due: null, ...extra,
});
const INTEG = wordNoteId('d', 'интеграция', 'NOUN');
const MEM = wordNoteId('d', 'мемлекет', 'NOUN');
const SAUDA = wordNoteId('d', 'сауда', 'NOUN');
const cards = readerCards([
  { id: 'i-cloze', noteId: INTEG, type: 'cloze' },
  { id: 'i-rec', noteId: INTEG, type: 'recognition' },
  { id: 'i-rec-2', noteId: INTEG, type: 'recognition' },
  { id: 'm-prod', noteId: MEM, type: 'production' },
  { id: 'm-cloze', noteId: MEM, type: 'cloze' },
]);
const row = (cardId: string, extra: Partial<ReaderProgressRow> = {}): ReaderProgressRow => ({
  cardId, state: 2, stability: 30, suspended: false, due: new Date('2026-06-01T00:00:00Z'), requestedAt: null, ...extra,
});

describe('readerCards', () => {
  it('lets a note\'s first recognition card speak for it, else its first card', () => {
    expect(cards.speaksFor.get(INTEG)).toBe('i-rec');
    expect(cards.speaksFor.get(MEM)).toBe('m-prod');
    expect(cards.noteOf.get('m-cloze')).toBe(MEM);
  });
});

describe('learnerNotes', () => {
  it('takes the state from the card that speaks for the note, the due date from its earliest started card', () => {
    const n = learnerNotes(cards, [
      row('i-cloze', { state: 1, stability: 1, due: new Date('2026-05-02T00:00:00Z') }),
      row('i-rec', { state: 2, stability: 40, due: new Date('2026-05-20T00:00:00Z') }),
      row('m-prod', { state: 2, stability: 40, suspended: true, due: new Date('2026-05-01T00:00:00Z') }),
      row('m-cloze', { state: 0, stability: 0, requestedAt: new Date('2026-05-01T00:00:00Z') }),
      row('gone-card', { requestedAt: new Date() }),
    ]);
    expect(n.get(INTEG)).toEqual({ progress: { state: 2, stability: 40, suspended: false }, due: new Date('2026-05-02T00:00:00Z'), asked: false });
    // a suspended card is not a next review; a new card asked for marks the word asked
    expect(n.get(MEM)).toEqual({ progress: { state: 2, stability: 40, suspended: true }, due: null, asked: true });
    expect(n.size).toBe(2);
  });
});

describe('withLearner', () => {
  it('gives the view buildReaderView gives with the learner\'s progress in the notes', () => {
    const due = new Date('2026-05-02T00:00:00Z');
    const learner = learnerNotes(cards, [row('i-rec', { stability: 40, due }), row('m-prod', { state: 1, stability: 2, due, requestedAt: due })]);
    const notes = [note('интеграция', 'NOUN'), note('мемлекет', 'NOUN'), note('сауда', 'NOUN', { cards: 0 })];
    const shared = buildReaderView({ deckId: 'd', reading, notes });
    const before = structuredClone(shared);
    const mine = withLearner(shared, learner);
    const direct = buildReaderView({
      deckId: 'd', reading,
      notes: notes.map((n) => {
        const l = learner.get(n.id);
        return l ? { ...n, progress: l.progress, due: l.due, asked: l.asked } : n;
      }),
    });
    expect(mine).toEqual(direct);
    expect(mine.lemmas.map((l) => [l.lemma, l.state])).toEqual(expect.arrayContaining([['интеграция', 'known'], ['мемлекет', 'learning'], ['сауда', 'none']]));
    // the view every learner shares is left as it was
    expect(shared).toEqual(before);
  });

  it('keeps a word without cards at "nothing to study", whatever rows the learner has', () => {
    const shared = buildReaderView({ deckId: 'd', reading, notes: [note('сауда', 'NOUN', { cards: 0 })] });
    const mine = withLearner(shared, new Map([[SAUDA, { progress: { state: 2, stability: 50, suspended: false }, due: new Date(), asked: true }]]));
    expect(mine.lemmas.find((l) => l.lemma === 'сауда')).toMatchObject({ state: 'none', asked: false, due: null });
  });
});
