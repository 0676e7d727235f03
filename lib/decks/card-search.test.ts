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

  it('escapes LIKE wildcards, ignores an empty query and does not analyse phrases', () => {
    expect(cardSearchTerms('50%_a\\b')!.patterns[0]).toBe('%50\\%\\_a\\\\b%');
    expect(cardSearchTerms('   ')).toBeNull();
    expect(cardSearchTerms('қарым қатынас')!.lemmas).toEqual([]);
  });
});
