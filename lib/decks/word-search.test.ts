import { describe, expect, it } from 'vitest';
import { pageOf, wordMatcher, type SearchableWord } from './index';

const state: SearchableWord = { headword: 'мемлекет', lemma: 'мемлекет', ru: 'государство', en: 'state', forms: ['мемлекеттердің', 'мемлекетаралық'] };
const integration: SearchableWord = { headword: 'интеграция', lemma: 'интеграция', ru: 'интеграция', en: 'integration', forms: ['интеграциясына'] };

describe('word search', () => {
  it('finds a word by an inflected form and says which form matched', () => {
    expect(wordMatcher('мемлекеттердің')(state)).toEqual({ kind: 'form', form: 'мемлекеттердің' });
    expect(wordMatcher('Интеграциясына')(integration)).toEqual({ kind: 'form', form: 'интеграциясына' });
  });

  it('finds a word while the form is still being typed, by the forms the deck uses', () => {
    expect(wordMatcher('мемлекеттерд')(state)).toEqual({ kind: 'form', form: 'мемлекеттердің' });
    expect(wordMatcher('мемл')(state)).toEqual({ kind: 'word' });
  });

  it('finds a word by its Russian or English meaning, and nothing else', () => {
    expect(wordMatcher('государ')(state)).toEqual({ kind: 'meaning', lang: 'ru' });
    expect(wordMatcher('integr')(integration)).toEqual({ kind: 'meaning', lang: 'en' });
    expect(wordMatcher('integr')(state)).toBeNull();
    expect(wordMatcher('  ')(state)).toEqual({ kind: 'all' });
  });

  it('pages a list and clamps the page number', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 1, 50)).toEqual({ items: items.slice(0, 50), page: 1, pageCount: 3 });
    expect(pageOf(items, 3, 50).items).toEqual(items.slice(100));
    expect(pageOf(items, 99, 50).page).toBe(3);
    expect(pageOf(items, Number.NaN, 50).page).toBe(1);
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});
