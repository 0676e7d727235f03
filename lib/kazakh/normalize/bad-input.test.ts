import { describe, expect, it } from 'vitest';
import { extractVocabulary, normalize, sentences, toLatin, tokenize, analyzeSentence, applyChanges } from '../index';

const BAD: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \n\t\r\n  '],
  ['only punctuation', '...!!! ??? – — « » , . ;'],
  ['Latin', 'The quick brown fox jumps over the lazy dog. Qazaqstan Respublikasy.'],
  ['mixed scripts', 'Қазақстан Republic of Kazakhstan Қaзaқcтaн 中文 العربية'],
  ['emoji', '😀👍🏽🇰🇿 сәлем 👨‍👩‍👧 ❤️'],
  ['control characters', '\u0000\u0001сөз\u0007\u001b[31m\u007f\u0085\u200b\ufeff'],
  ['unpaired surrogates', '\ud800сөз\udc00 \ud83d'],
  ['combining marks alone', '\u0306\u0308 и\u0306'],
  ['long token', 'а'.repeat(5000)],
  ['long run of Cyrillic without spaces', 'аймақтааймақтық'.repeat(300)],
  ['brackets', '[[[1]]] [] [a] ((('],
  ['numbers', '1 2 3 1.2.3 1,2,3 -5 10-шы 1e10'],
];

describe('bad input never throws', () => {
  for (const [name, input] of BAD) {
    it(name, () => {
      const r = normalize(input);
      expect(typeof r.text).toBe('string');
      expect(applyChanges(input, r.changes)).toBe(r.text);
      expect(Array.isArray(sentences(input))).toBe(true);
      expect(Array.isArray(tokenize(input))).toBe(true);
      expect(typeof toLatin(input)).toBe('string');
      const v = extractVocabulary(input);
      expect(Array.isArray(v.entries)).toBe(true);
      for (const t of tokenize(input)) expect(input.slice(t.start, t.end)).toBe(t.text);
    });
  }
  it('non-string input is treated as empty', () => {
    const anyInput = null as unknown as string;
    expect(normalize(anyInput)).toEqual({ text: '', changes: [] });
    expect(sentences(anyInput)).toEqual([]);
    expect(tokenize(anyInput)).toEqual([]);
    expect(toLatin(anyInput)).toBe('');
    expect(extractVocabulary(anyInput)).toEqual({ sentences: [], entries: [] });
  });
  it('normalises output to well-formed Unicode', () => {
    const r = normalize('a\ud800b\udc00c');
    expect(r.text).toBe('a\ufffdb\ufffdc');
  });
  it('1 MB of text', () => {
    const unit = 'Орталық Азия елдері сыртқы саяси стратегияларын өзара үйлестіре отырып қана экономикалық интеграция мен ұлттық қауіпсіздік жүйелерін дамыта алады. 😀 [1]..Сондыктан  аймактың! ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    expect(big.length).toBeGreaterThanOrEqual(1_000_000);
    const r = normalize(big);
    expect(r.text.length).toBeGreaterThan(900_000);
    expect(sentences(big).length).toBeGreaterThan(1000);
    expect(toLatin(big).length).toBeGreaterThan(900_000);
    const v = extractVocabulary(big);
    expect(v.entries.length).toBeGreaterThan(10);
  }, 60_000);
  it('analyzeSentence on odd words does not throw', () => {
    expect(() => analyzeSentence(['', '😀', '\ud800', 'ҚҚҚ', 'a'.repeat(1000)])).not.toThrow();
  });
});
