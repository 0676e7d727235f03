import { describe, expect, it } from 'vitest';
import { allEntries, knownLemma, lexiconSize, lookupLemma } from './index';
import { analyze, headwordOf } from '../morphology';

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

describe('verb headwords (the -у form a learner looks up)', () => {
  // checked by hand: voicing before -у, ы/і and й merging, the irregular ones
  const expected: Record<string, string> = {
    тап: 'табу', жап: 'жабу', шап: 'шабу', сеп: 'себу', шық: 'шығу', жақ: 'жағу', тақ: 'тағу', ақ: 'ағу', ұқ: 'ұғу',
    төк: 'төгу', тік: 'тігу', ек: 'егу', шек: 'шегу', бүк: 'бүгу', кешік: 'кешігу', қызық: 'қызығу', жалық: 'жалығу',
    қырқ: 'қырқу', қорық: 'қорқу', оқы: 'оқу', дамы: 'даму', қой: 'қою', жой: 'жою', күшей: 'күшею', ки: 'кию',
    жау: 'жауу', ту: 'туу', жу: 'жуу', суы: 'суу', де: 'деу', же: 'жеу', е: 'е', қолда: 'қолдау', қатыс: 'қатысу', айт: 'айту',
  };
  it('follows the rules and the hand-checked irregular list', () => {
    for (const [stem, hw] of Object.entries(expected)) {
      expect(knownLemma(stem, 'VERB'), stem).toBe(true);
      expect(headwordOf(stem, 'VERB'), stem).toBe(hw);
    }
  });
  it('is, for every lexicon verb, a word the analyser reads as that verb', () => {
    const wrong: string[] = [];
    for (const e of allEntries()) {
      if (e.upos !== 'VERB' || e.lemma.includes(' ')) continue;
      const hw = headwordOf(e.lemma, 'VERB');
      if (!analyze(hw).some((a) => a.lemma === e.lemma && (a.upos === 'VERB' || a.upos === 'AUX'))) wrong.push(`${e.lemma} → ${hw}`);
      // a stop between vowels is voiced in writing: *тапу, *шықу
      if (/[аәеоөұүыіиуэюя][пкқ]$/.test(e.lemma) && hw === e.lemma + 'у') wrong.push(`${e.lemma} → ${hw} (unvoiced)`);
      if (/[ыі]у$/.test(hw) || (e.lemma.endsWith('й') && hw.endsWith('йу'))) wrong.push(`${e.lemma} → ${hw} (unmerged)`);
    }
    expect(wrong).toEqual([]);
  });
});
