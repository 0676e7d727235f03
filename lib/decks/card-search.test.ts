import { describe, expect, it } from 'vitest';
import { cardSearchTerms } from './index';

describe('cardSearchTerms', () => {
  it('finds the lemma of an inflected Kazakh form and matches the text in any case', () => {
    const t = cardSearchTerms('  Мемлекеттердің ')!;
    expect(t.lemmas).toContain('мемлекет');
    expect(t.patterns).toEqual(['%мемлекеттердің%', '%Мемлекеттердің%', '%МЕМЛЕКЕТТЕРДІҢ%']);
  });

  it('reads Latin input as the Cyrillic it stands for, and keeps it for English meanings', () => {
    const t = cardSearchTerms('integratsiiasyna')!;
    expect(t.lemmas).toContain('интеграция');
    expect(t.patterns[0]).toBe('%integratsiiasyna%');
    expect(cardSearchTerms('aimaqtyñ')).toEqual({ patterns: ['%aimaqtyñ%', '%аймақтың%', '%Аймақтың%', '%АЙМАҚТЫҢ%'], lemmas: expect.arrayContaining(['аймақ']) });
    expect(cardSearchTerms('state')!.patterns[0]).toBe('%state%');
  });

  it('finds the word typed without Kazakh letters: on a Russian keyboard, or in plain ASCII Latin', () => {
    expect(cardSearchTerms('кауипсиздик')!.lemmas).toContain('қауіпсіздік');
    expect(cardSearchTerms('мемлекеттердин')!.lemmas).toContain('мемлекет');
    expect(cardSearchTerms('тауелсиздик')!.lemmas).toContain('тәуелсіздік');
    expect(cardSearchTerms('integratsiya')!.lemmas).toContain('интеграция');
    expect(cardSearchTerms('memleketterdin')!.lemmas).toContain('мемлекет');
    expect(cardSearchTerms('qauipsizdik')!.lemmas).toContain('қауіпсіздік');
    // an English meaning stays an English meaning
    expect(cardSearchTerms('security')!.lemmas).toEqual([]);
  });

  it('escapes LIKE wildcards, ignores an empty query and does not analyse phrases', () => {
    expect(cardSearchTerms('50%_a\\b')!.patterns[0]).toBe('%50\\%\\_a\\\\b%');
    expect(cardSearchTerms('   ')).toBeNull();
    expect(cardSearchTerms('қарым қатынас')!.lemmas).toEqual([]);
  });
});
