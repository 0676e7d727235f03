// The teacher's import pre-fills glosses from the essay glossary and the general one.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../content/content-files';
import { loadGeneralGlossary } from '../content/general-glossary';
import { analyseText } from './analyse-text';
import { glossary } from './glossary';

const essay = loadLexicon();
const general = loadGeneralGlossary();
const key = (e: { lemma: string; upos: string }) => `${e.lemma}|${e.upos}`;

describe('analyseText pre-fills glosses', () => {
  const { view } = analyseText('Биыл ауылда жаңа мектеп салынды. Облыс әкімі елдің болашағы туралы айтты.');
  const row = (lemma: string) => view.rows.find((r) => r.lemma === lemma);

  it('from the general glossary for words the essay glossary lacks', () => {
    for (const lemma of ['биыл', 'ауыл', 'мектеп', 'сал', 'облыс', 'әкім']) {
      const r = row(lemma);
      const g = general.find((e) => key(e) === r?.key);
      expect(g, lemma).toBeDefined();
      expect(essay.some((e) => key(e) === r!.key), lemma).toBe(false);
      expect(r).toMatchObject({ ru: g!.ru, en: g!.en, headword: g!.headword, glossed: true });
    }
  });

  it('from the essay glossary where both have the word', () => {
    const r = row('ел')!;
    const e = essay.find((x) => key(x) === r.key)!;
    expect(r).toMatchObject({ ru: e.ru, en: e.en, glossed: true });
  });
});

describe('the glossary the import reads', () => {
  const index = glossary();

  it('answers every essay entry with the essay\'s own, whatever the general glossary says', () => {
    for (const e of essay) expect(index.find(e.lemma, e.upos), key(e)).toEqual(e);
  });

  it('answers every other general entry with the general one', () => {
    const essayKeys = new Set(essay.map(key));
    for (const g of general.filter((x) => !essayKeys.has(key(x)))) expect(index.find(g.lemma, g.upos), key(g)).toEqual(g);
  });
});

describe('a row of the vocabulary', () => {
  it('shows its example sentence cut to 160 characters: the table shows no more, so no more is sent', () => {
    const long = `Мектеп ${'үлкен ауылдағы балалар күнде таңертең оқуға барады және '.repeat(5)}жақсы біледі.`;
    const { view } = analyseText(`${long} Кітап пайдалы.`);
    const mektep = view.rows.find((r) => r.lemma === 'мектеп')!;
    expect(long.length).toBeGreaterThan(200);
    expect(mektep.example).toBe(`${long.slice(0, 160)}…`);
    expect(view.rows.find((r) => r.lemma === 'кітап')!.example).toBe('Кітап пайдалы.');
  });
});
