import { describe, expect, it } from 'vitest';
import { indexLexicon, mergeLexicons, type LexiconEntry } from './index';

function entry(lemma: string, upos: LexiconEntry['upos'], ru: string, kind: LexiconEntry['kind'] = 'content'): LexiconEntry {
  return { lemma, upos, headword: lemma, kind, ru, en: ru, note: '', unsure: false };
}

describe('mergeLexicons', () => {
  const essay = [entry('тұрақты', 'ADJ', 'устойчивый (essay)'), entry('ел', 'NOUN', 'страна (essay)')];
  const general = [entry('ел', 'NOUN', 'страна (general)'), entry('тұрақты', 'ADV', 'постоянно (general)'), entry('теңге', 'NOUN', 'тенге (general)')];

  it('keeps the earlier glossary\'s entry where both have the lemma and part of speech', () => {
    const merged = mergeLexicons(essay, general);
    expect(merged.filter((e) => e.lemma === 'ел')).toEqual([essay[1]]);
    expect(indexLexicon(merged).find('ел', 'NOUN')?.ru).toBe('страна (essay)');
  });

  it('adds what only the later glossary has, including another part of speech of a known lemma', () => {
    const index = indexLexicon(mergeLexicons(essay, general));
    expect(index.find('теңге', 'NOUN')?.ru).toBe('тенге (general)');
    expect(index.find('тұрақты', 'ADV')?.ru).toBe('постоянно (general)');
    expect(index.find('тұрақты', 'ADJ')?.ru).toBe('устойчивый (essay)');
  });

  it('lets the earlier glossary win the fall-back to another part of speech', () => {
    const index = indexLexicon(mergeLexicons([entry('жаңа', 'ADJ', 'новый (essay)')], [entry('жаңа', 'ADV', 'только что (general)')]));
    expect(index.find('жаңа', 'NOUN')?.ru).toBe('новый (essay)');
  });
});
