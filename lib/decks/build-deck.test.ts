import { describe, expect, it } from 'vitest';
import { buildDeck, type LexiconEntry, type SentenceTranslation } from './index';

const TEXT =
  'Мемлекеттердің интеграциясы маңызды. Интеграция мемлекеттерге пайда әкеледі. Мемлекеттердің интеграциясы маңызды.';

function entry(lemma: string, upos: LexiconEntry['upos'], ru: string, en: string, kind: LexiconEntry['kind'] = 'content'): LexiconEntry {
  return { lemma, upos, headword: lemma, kind, ru, en, note: '', unsure: false };
}

const LEXICON: LexiconEntry[] = [
  entry('мемлекет', 'NOUN', 'государство', 'state'),
  entry('интеграция', 'NOUN', 'интеграция', 'integration'),
  entry('маңызды', 'ADJ', 'важный', 'important'),
  entry('пайда', 'NOUN', 'польза', 'benefit'),
  entry('әкел', 'VERB', 'приносить', 'to bring'),
];

const TRANSLATIONS: SentenceTranslation[] = [
  { kk: 'Мемлекеттердің интеграциясы маңызды.', ru: 'Интеграция государств важна.', en: 'The integration of states is important.', unsure: false },
  { kk: 'Интеграция мемлекеттерге пайда әкеледі.', ru: 'Интеграция приносит государствам пользу.', en: 'Integration benefits states.', unsure: false },
];

function build(lexicon = LEXICON, translations = TRANSLATIONS) {
  return buildDeck({ deckId: 'd', text: TEXT, lexicon, translations });
}

describe('buildDeck', () => {
  it('makes one word note per lemma, whatever its forms, with glosses from the lexicon', () => {
    const deck = build();
    const words = deck.notes.filter((n) => n.kind === 'word');
    const state = words.find((n) => n.lemma === 'мемлекет');
    expect(state).toBeDefined();
    expect(state?.ru).toBe('государство');
    expect(state?.frequency).toBe(2);
    expect(words.filter((n) => n.lemma === 'интеграция')).toHaveLength(1);
  });

  it('a misspelt form of the source (kind typo) keeps its note (the reader explains it) but gets no card, and is not reported as missing a gloss', () => {
    const typoed = LEXICON.map((e) => (e.lemma === 'пайда' ? { ...e, kind: 'typo' as const, note: 'misspelt' } : e));
    const cardsOf = (d: ReturnType<typeof build>) => {
      const id = d.notes.find((n) => n.kind === 'word' && n.lemma === 'пайда')!.id;
      return d.cards.filter((c) => c.noteId === id).length;
    };
    const deck = build(typoed);
    expect(deck.notes.find((n) => n.lemma === 'пайда')).toMatchObject({ ru: 'польза', comment: 'misspelt' });
    expect(cardsOf(deck)).toBe(0);
    expect(cardsOf(build())).toBeGreaterThan(0);
    expect(deck.missing.glosses.map((g) => g.lemma)).not.toContain('пайда');
    // The sentence it stands in is still a card.
    expect(deck.notes.some((n) => n.kind === 'sentence' && n.kk.includes('пайда'))).toBe(true);
  });

  it('merges the duplicated sentence and translates every sentence', () => {
    const deck = build();
    expect(deck.report.sentences).toBe(2);
    expect(deck.report.translatedRu).toBe(2);
    expect(deck.report.translatedEn).toBe(2);
    expect(deck.missing.translations).toEqual([]);
  });

  it('makes recognition, production and cloze cards per glossed word and a card per sentence', () => {
    const deck = build();
    const note = deck.notes.find((n) => n.lemma === 'мемлекет')!;
    const types = deck.cards.filter((c) => c.noteId === note.id).map((c) => c.type).sort();
    expect(types).toEqual(['cloze', 'production', 'recognition']);
    expect(deck.cards.filter((c) => c.type === 'sentence')).toHaveLength(2);
  });

  it('blanks exactly the inflected token of the sentence in a cloze card', () => {
    const deck = build();
    for (const card of deck.cards.filter((c) => c.type === 'cloze')) {
      const d = card.data as { sentence: string; start: number; end: number };
      const blank = d.sentence.slice(d.start, d.end);
      expect(blank.length).toBeGreaterThan(0);
      expect(d.sentence.split(/[\s.,;:!?«»()]+/)).toContain(blank);
    }
    const stateCloze = deck.cards.find((c) => c.type === 'cloze' && c.noteId.includes(deck.notes.find((n) => n.lemma === 'мемлекет')!.id));
    const d = stateCloze!.data as { sentence: string; start: number; end: number };
    expect(d.sentence.slice(d.start, d.end).toLowerCase()).toMatch(/^мемлекеттер/);
  });

  it('shows inflected forms in examples with the form highlighted and its build', () => {
    const note = build().notes.find((n) => n.lemma === 'интеграция')!;
    const ex = note.examples[0]!;
    expect(ex.kk.slice(ex.start, ex.end)).toBe(ex.form);
    expect(ex.segments.map((s) => s.text).join('')).toBe(ex.form);
    expect(ex.ru).not.toBe('');
  });

  it('reports content lemmas without glosses and sentences without translations', () => {
    const deck = build(LEXICON.filter((e) => e.lemma !== 'пайда'), TRANSLATIONS.slice(0, 1));
    expect(deck.missing.glosses.map((g) => g.lemma)).toContain('пайда');
    expect(deck.report.glossedRu).toBe(deck.report.contentLemmas - deck.missing.glosses.length);
    expect(deck.missing.translations).toEqual(['Интеграция мемлекеттерге пайда әкеледі.']);
  });

  it('keeps ids stable across rebuilds and when a gloss changes', () => {
    const a = build();
    const changed = LEXICON.map((e) => (e.lemma === 'мемлекет' ? { ...e, ru: 'государство; страна' } : e));
    const b = build(changed);
    expect(b.notes.map((n) => n.id)).toEqual(a.notes.map((n) => n.id));
    expect(b.cards.map((c) => c.id)).toEqual(a.cards.map((c) => c.id));
    expect(b.notes.find((n) => n.lemma === 'мемлекет')?.ru).toBe('государство; страна');
  });

  it('finds multi-word expressions of the lexicon in the text', () => {
    const deck = buildDeck({
      deckId: 'd',
      text: 'Мемлекеттер интеграцияны жүзеге асырады.',
      lexicon: [...LEXICON, entry('жүзеге асыр', 'VERB', 'осуществлять', 'to implement', 'mwe')],
      translations: [{ kk: 'Мемлекеттер интеграцияны жүзеге асырады.', ru: 'Государства осуществляют интеграцию.', en: 'States carry out integration.', unsure: false }],
    });
    const mwe = deck.notes.find((n) => n.lemma === 'жүзеге асыр');
    expect(mwe?.en).toBe('to implement');
    expect(mwe?.examples[0]?.kk.slice(mwe.examples[0].start, mwe.examples[0].end)).toBe('жүзеге асырады');
  });
});

describe('card order and doubtful sentences (issue 10 items 2 and 10)', () => {
  it('introduces every word with its recognition card first', () => {
    const deck = build();
    const byNote = new Map<string, typeof deck.cards>();
    for (const c of deck.cards) byNote.set(c.noteId, [...(byNote.get(c.noteId) ?? []), c]);
    for (const cards of byNote.values()) {
      const first = [...cards].sort((a, b) => a.sortOrder - b.sortOrder)[0]!;
      expect(first.type === 'recognition' || first.type === 'sentence', first.id).toBe(true);
    }
    // Card positions follow note positions: notes never interleave.
    const sorted = [...deck.cards].sort((a, b) => a.sortOrder - b.sortOrder);
    const noteOrder = new Map(deck.notes.map((n) => [n.id, n.sortOrder]));
    for (let i = 1; i < sorted.length; i++) expect(noteOrder.get(sorted[i]!.noteId)!).toBeGreaterThanOrEqual(noteOrder.get(sorted[i - 1]!.noteId)!);
  });

  it('never uses a sentence whose translation is unsure as an example, a cloze or a card', () => {
    const doubtful = TRANSLATIONS.map((t, i) => (i === 1 ? { ...t, unsure: true } : t));
    const deck = build(LEXICON, doubtful);
    const bad = 'Интеграция мемлекеттерге пайда әкеледі.';
    expect(deck.notes.flatMap((n) => n.examples.map((e) => e.kk))).not.toContain(bad);
    expect(deck.cards.filter((c) => c.type === 'cloze').map((c) => c.data.sentence)).not.toContain(bad);
    expect(deck.notes.filter((n) => n.kind === 'sentence').map((n) => n.kk)).not.toContain(bad);
    // The same sentence, trusted, is used.
    expect(build().notes.flatMap((n) => n.examples.map((e) => e.kk))).toContain(bad);
  });
});
