import { describe, expect, it } from 'vitest';
import { compileLexicon, deserializeCompiled, formProblems, serializeCompiled } from './source';

const compile = (files: Record<string, string>, homographs = '') =>
  compileLexicon(Object.entries(files).map(([name, text]) => ({ name, text })), homographs);
const messages = (files: Record<string, string>, homographs = '') => compile(files, homographs).problems.map((p) => `${p.file}:${p.line} ${p.message}`);

describe('lexicon source validation', () => {
  it('accepts well-formed entries, comments and multi-word forms', () => {
    const r = compile({ 'nouns.txt': 'мемлекет NOUN # state\nауыл шаруашылығы NOUN\nқарым-қатынас NOUN\n\n# comment\n' });
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => e.form)).toEqual(['мемлекет', 'ауыл шаруашылығы', 'қарым-қатынас']);
  });
  it('finds Latin letters mixed into a Cyrillic word', () => {
    expect(formProblems('мемлeкет')).toEqual(['mixed Cyrillic/Latin letters in «мемлeкет»']);
    expect(messages({ 'nouns.txt': 'қaла NOUN' })).toEqual(['nouns.txt:1 mixed Cyrillic/Latin letters in «қaла»']);
    expect(messages({ 'nouns.txt': 'city NOUN' })[0]).toContain('Latin word');
  });
  it('finds duplicates across files', () => {
    expect(messages({ 'nouns.txt': 'жер NOUN', 'loanwords.txt': 'жер NOUN' })).toEqual(['nouns.txt:1 duplicate: «жер» NOUN is already in loanwords.txt:1']);
  });
  it('finds unknown flags and missing or unknown parts of speech', () => {
    expect(messages({ 'nouns.txt': 'жер NOUN R' })[0]).toContain('unknown flag R');
    expect(messages({ 'nouns.txt': 'жер' })).toEqual(['nouns.txt:1 missing part of speech in «жер»']);
    expect(messages({ 'nouns.txt': 'жер NOUNS' })[0]).toContain('unknown part of speech NOUNS');
  });
  it('keeps each file to what its name says, and proper nouns capitalised', () => {
    expect(messages({ 'nouns.txt': 'бар VERB' })[0]).toContain('does not belong in nouns.txt');
    expect(messages({ 'place-names.txt': 'алматы PROPN' })[0]).toContain('not capitalised');
    expect(messages({ 'extra1.txt': 'жер NOUN' })[0]).toContain('unknown lexicon file');
  });
  it('requires every homograph to be ranked, and the ranking to match the entries', () => {
    const files = { 'nouns.txt': 'қазан NOUN', 'place-names.txt': 'Қазан PROPN' };
    expect(messages(files)[0]).toContain('rank them in homographs.txt');
    const ranked = compile(files, 'қазан: NOUN PROPN');
    expect(ranked.problems).toEqual([]);
    expect(ranked.entries.map((e) => e.upos)).toEqual(['NOUN', 'PROPN']);
    expect(compile(files, 'қазан: PROPN NOUN').entries.map((e) => e.upos)).toEqual(['PROPN', 'NOUN']);
    expect(messages(files, 'қазан: NOUN VERB')[0]).toContain('ranks NOUN VERB but the lexicon has');
    expect(messages({ 'nouns.txt': 'жер NOUN' }, 'жер: NOUN')[0]).toContain('one reading only');
  });
  it('checks allomorph targets', () => {
    expect(compile({ 'function-words.txt': 'да PART\nде PART =да' }).problems).toEqual([]);
    expect(messages({ 'function-words.txt': 'де PART =да' })[0]).toContain('no PART entry «да»');
  });
  it('rejects a noun that is only the verbal noun of a lexicon verb, unless lexicalised', () => {
    expect(messages({ 'verbs.txt': 'баста VERB', 'nouns.txt': 'бастау NOUN' })[0]).toContain('verbal noun of баста');
    expect(compile({ 'verbs.txt': 'қар VERB', 'nouns.txt': 'қару NOUN lexicalised' }).problems).toEqual([]);
  });
  it('takes a headword= flag only on verbs, and only where the rule does not give it', () => {
    expect(compile({ 'verbs.txt': 'е VERB headword=е' }).problems).toEqual([]);
    expect(messages({ 'verbs.txt': 'қорық VERB vowel-drop headword=қорқу' })[0]).toContain('what the rule gives');
    expect(messages({ 'verbs.txt': 'тап VERB headword=табу' })[0]).toContain('what the rule gives');
    expect(messages({ 'nouns.txt': 'жер NOUN headword=жерлер' })[0]).toContain('headword= is for verbs');
  });
  it('takes a gender flag only on personal names, and one gender only', () => {
    expect(compile({ 'person-names.txt': 'Айгүл PROPN fem\nБекболат PROPN masc' }).problems).toEqual([]);
    expect(messages({ 'place-names.txt': 'Алматы PROPN fem' })[0]).toContain('for personal names');
    expect(messages({ 'person-names.txt': 'Бақыт PROPN masc fem' })[0]).toContain('more than one gender');
  });
  it('takes front only on nouns and adjectives', () => {
    expect(compile({ 'nouns.txt': 'хал NOUN front' }).problems).toEqual([]);
    expect(messages({ 'verbs.txt': 'ал VERB front' })[0]).toContain('front is for nouns and adjectives');
  });
  it('round-trips the compiled form', () => {
    const { entries } = compile({ 'function-words.txt': 'да PART\nде PART =да', 'nouns.txt': 'жер NOUN unsure' });
    expect(deserializeCompiled(serializeCompiled(entries))).toEqual(entries);
  });
});
