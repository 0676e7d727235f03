import { describe, expect, it } from 'vitest';
import { tokenize } from '../index';

const texts = (s: string) => tokenize(s).map((t) => t.text);
const kinds = (s: string) => tokenize(s).map((t) => `${t.text}/${t.kind}`);

describe('tokenize', () => {
  it('gives UTF-16 offsets into the input', () => {
    const s = 'Әлемнің түкпір – түкпіріндегі 😀 аймақтарда.';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps hyphenated compounds', () => {
    expect(texts('қарым-қатынас орта-азиялық су-энергетика ара-тұра')).toEqual([
      'қарым-қатынас', 'орта-азиялық', 'су-энергетика', 'ара-тұра',
    ]);
  });
  it('keeps numbers with suffixes and decimals', () => {
    expect(kinds('55-ші 1991 жылы 2020-шы 3,5 1.000.000')).toEqual([
      '55-ші/number', '1991/number', 'жылы/word', '2020-шы/number', '3,5/number', '1.000.000/number',
    ]);
  });
  it('splits number ranges and a sentence-final period after a number', () => {
    expect(texts('1991-1992 жылдары 2020.')).toEqual(['1991', '-', '1992', 'жылдары', '2020', '.']);
  });
  it('keeps abbreviations with suffixes', () => {
    expect(kinds('КСРО-дан АҚШ-тың ТМД')).toEqual(['КСРО-дан/abbr', 'АҚШ-тың/abbr', 'ТМД/abbr']);
  });
  it('keeps dotted abbreviations as one token', () => {
    expect(kinds('ЕО, т.б. мысал т.с.с.')).toEqual(['ЕО/abbr', ',/punct', 'т.б./abbr', 'мысал/word', 'т.с.с./abbr']);
    expect(texts('1991 ж. 20 млн. адам')).toEqual(['1991', 'ж.', '20', 'млн.', 'адам']);
  });
  it('keeps initials with their period', () => {
    expect(kinds('Н. Назарбаев Ш.Уәлиханов')).toEqual(['Н./abbr', 'Назарбаев/word', 'Ш./abbr', 'Уәлиханов/word']);
  });
  it('treats dashes, quotes and ellipses as punctuation', () => {
    expect(kinds('түкпір – түкпір — «сөз» ... … ?!')).toEqual([
      'түкпір/word', '–/punct', 'түкпір/word', '—/punct', '«/punct', 'сөз/word', '»/punct',
      '.../punct', '…/punct', '?!/punct',
    ]);
    expect(kinds('- Біздің')).toEqual(['-/punct', 'Біздің/word']);
  });
  it('recognises symbols and emoji, and marks unpaired surrogates as other', () => {
    expect(kinds('50% 👍🏽 🇰🇿 ₸ \ud800')).toEqual(['50/number', '%/symbol', '👍🏽/symbol', '🇰🇿/symbol', '₸/symbol', '\ud800/other']);
  });
  it('keeps a per cent sign with its case suffix', () => {
    expect(kinds('90%-ына дейін')).toEqual(['90%-ына/number', 'дейін/word']);
    expect(kinds('4,5 %-ке өсті')).toEqual(['4,5/number', '%-ке/symbol', 'өсті/word']);
  });
  it('keeps words with combining marks and apostrophes', () => {
    expect(texts('и\u0306гі ma’lumot')).toEqual(['и\u0306гі', 'ma’lumot']);
  });
  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});
