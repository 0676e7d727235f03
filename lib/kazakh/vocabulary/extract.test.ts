import { describe, expect, it } from 'vitest';
import { extractVocabulary, isFunctionWord } from '../index';

describe('extractVocabulary', () => {
  const text =
    'Орталық Азия мемлекеттерінің интеграциясына кедергі көп. Интеграцияның негізі – сауда және ынтымақтастық. ' +
    'Интеграция мен қауіпсіздік үшін 1991 жылы келісім жасалды, т.б.';
  const vocab = extractVocabulary(text);
  const entry = (lemma: string) => vocab.entries.find((e) => e.lemma.toLowerCase() === lemma);

  it('groups the forms of one lemma: интеграция, интеграциясына, интеграцияның', () => {
    const e = entry('интеграция');
    expect(e).toBeDefined();
    expect(e!.upos).toBe('NOUN');
    expect(e!.count).toBe(3);
    expect(e!.forms.map((f) => f.form).sort()).toEqual(['интеграция', 'интеграциясына', 'интеграцияның'].sort());
    expect(e!.guess).toBe(false);
  });
  it('records occurrences with sentence offsets and segments', () => {
    const e = entry('интеграция')!;
    for (const o of e.occurrences) {
      const s = vocab.sentences[o.sentence]!;
      expect(s.text.slice(o.start, o.end)).toBe(o.form);
      expect(o.segments.length).toBeGreaterThan(0);
    }
    expect(e.occurrences.map((o) => o.sentence)).toEqual([0, 1, 2]);
  });
  it('flags function words', () => {
    expect(entry('және')?.isFunctionWord).toBe(true);
    expect(entry('мен')?.isFunctionWord).toBe(true);
    expect(entry('үшін')?.isFunctionWord).toBe(true);
    expect(entry('интеграция')?.isFunctionWord).toBe(false);
    expect(isFunctionWord('осы', 'DET')).toBe(true);
    expect(isFunctionWord('бірақ', 'NOUN')).toBe(true);
    expect(isFunctionWord('сауда', 'NOUN')).toBe(false);
  });
  it('skips punctuation, digits and dotted abbreviations', () => {
    const forms = vocab.entries.flatMap((e) => e.forms.map((f) => f.form));
    for (const f of ['1991', '.', ',', '–', 'т.б.']) expect(forms).not.toContain(f);
  });
  it('ranks content words above function words', () => {
    const first = vocab.entries[0]!;
    expect(first.isFunctionWord).toBe(false);
    const idx = (l: string) => vocab.entries.findIndex((e) => e.lemma.toLowerCase() === l);
    expect(idx('интеграция')).toBeLessThan(idx('және'));
    const scores = vocab.entries.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
  it('normalises first (run-together words, Russian letters)', () => {
    const v = extractVocabulary('Сондыктан аймактың интеграциясы кажет.');
    const lemmas = v.entries.map((e) => e.lemma.toLowerCase());
    expect(lemmas).toContain('сондықтан');
    expect(lemmas).toContain('аймақ');
    expect(v.sentences[0]!.text).toBe('Сондықтан аймақтың интеграциясы қажет.');
  });
  it('does not count a repeated sentence twice unless asked', () => {
    const s = 'Қазіргі жаһандану кезеңінде интеграция маңызды. ';
    const once = extractVocabulary(s + 'Бұл жаңа сөйлем. ' + s);
    const twice = extractVocabulary(s + 'Бұл жаңа сөйлем. ' + s, { countDuplicateSentences: true });
    const count = (v: typeof once) => v.entries.find((e) => e.lemma.toLowerCase() === 'интеграция')?.count;
    expect(count(once)).toBe(1);
    expect(count(twice)).toBe(2);
    expect(once.sentences).toHaveLength(3);
  });
  it('lists forms most frequent first', () => {
    const v = extractVocabulary('Ел дамыды. Елдің күші. Елдің байлығы. Елдің болашағы.');
    expect(v.entries.find((e) => e.lemma.toLowerCase() === 'ел')?.forms[0]).toEqual({ form: 'елдің', count: 3 });
  });
  it('can skip normalisation', () => {
    const v = extractVocabulary('аймактың', { normalize: false });
    expect(v.sentences[0]!.text).toBe('аймактың');
  });
  it('handles 200,000 characters quickly', () => {
    const base = text + '\n';
    let big = '';
    let i = 0;
    while (big.length < 200_000) big += base.replace('көп', `көп${i++ % 50 === 0 ? ' екен' : ''}`);
    const t0 = performance.now();
    const v = extractVocabulary(big);
    const ms = performance.now() - t0;
    expect(v.entries.length).toBeGreaterThan(5);
    expect(ms).toBeLessThan(15_000); // generous: CI machines are shared; the bench measures speed
  });
});
