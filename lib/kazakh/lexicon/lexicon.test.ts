import { describe, expect, it } from 'vitest';
import { allEntries, knownLemma, lexiconSize, lookupLemma } from './index';

describe('stem lexicon', () => {
  it('has thousands of lemmas', () => {
    expect(lexiconSize()).toBeGreaterThan(3500);
  });
  it('entries are well-formed: Cyrillic (or digits/hyphen/space) lemmas, valid UPOS', () => {
    for (const e of allEntries()) {
      expect(e.lemma, e.lemma).toMatch(/^[\u0400-\u04ff\- ]+$/u);
      expect(/[a-z]/i.test(e.lemma), e.lemma).toBe(false);
    }
  });
  it('knows core words of each class', () => {
    expect(knownLemma('мемлекет', 'NOUN')).toBe(true);
    expect(knownLemma('интеграция', 'NOUN')).toBe(true);
    expect(knownLemma('экономика', 'NOUN')).toBe(true);
    expect(knownLemma('потенциал', 'NOUN')).toBe(true);
    expect(knownLemma('қолда', 'VERB')).toBe(true);
    expect(knownLemma('Қазақстан', 'PROPN')).toBe(true);
    expect(knownLemma('Ресей', 'PROPN')).toBe(true);
    expect(knownLemma('Қытай', 'PROPN')).toBe(true);
    expect(knownLemma('үшін', 'ADP')).toBe(true);
    expect(knownLemma('және', 'CCONJ')).toBe(true);
    expect(knownLemma('бұл', 'DET')).toBe(true);
    expect(knownLemma('жаңа', 'ADJ')).toBe(true);
  });
  it('keeps proper nouns capitalised and looks up case-insensitively', () => {
    const e = lookupLemma('қазақстан');
    expect(e.some((x) => x.lemma === 'Қазақстан' && x.upos === 'PROPN')).toBe(true);
  });
  it('lists particle allomorphs under their lemma', () => {
    expect(lookupLemma('де').some((x) => x.lemma === 'да')).toBe(true);
    expect(lookupLemma('пен').some((x) => x.lemma === 'мен' && x.upos === 'CCONJ')).toBe(true);
  });
});
