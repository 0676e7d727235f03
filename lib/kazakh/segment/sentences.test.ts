import { describe, expect, it } from 'vitest';
import { findDuplicateSentences, sentences } from '../index';

const texts = (s: string) => sentences(s).map((x) => x.text);

describe('sentences', () => {
  it('splits on . ! ? and gives offsets', () => {
    const s = 'Бұл бірінші.  Бұл екінші! Сен кімсің?';
    const spans = sentences(s);
    expect(spans.map((x) => x.text)).toEqual(['Бұл бірінші.', 'Бұл екінші!', 'Сен кімсің?']);
    for (const sp of spans) expect(s.slice(sp.start, sp.end)).toBe(sp.text);
  });
  it('does not end a sentence at an initial, even across a line break', () => {
    expect(texts('Президент Н. Назарбаев келді. Н. Ә. Назарбаев болды.')).toEqual([
      'Президент Н. Назарбаев келді.', 'Н. Ә. Назарбаев болды.',
    ]);
    expect(texts('Президент Н.\nНазарбаев келді.')).toEqual(['Президент Н.\nНазарбаев келді.']);
  });
  it('does not end a sentence at т.б. followed by a lower-case word', () => {
    expect(texts('ЕО, НАФТА, т.б.\nмысал бола алады.')).toEqual(['ЕО, НАФТА, т.б.\nмысал бола алады.']);
  });
  it('ends a sentence at т.б. before a capitalised word', () => {
    expect(texts('Алма, өрік т.б. Олар пісті.')).toEqual(['Алма, өрік т.б.', 'Олар пісті.']);
  });
  it('splits glued sentences ("алады..Қазіргі", "болды.Сонымен")', () => {
    expect(texts('мысал бола алады..Қазіргі кезең. Ол болды.Сонымен қатар.')).toEqual([
      'мысал бола алады..', 'Қазіргі кезең.', 'Ол болды.', 'Сонымен қатар.',
    ]);
  });
  it('keeps ellipses and ?/! before a lower-case word inside the sentence', () => {
    expect(texts('Ол келді... және кетті. Қайда? деп сұрады.')).toEqual(['Ол келді... және кетті.', 'Қайда? деп сұрады.']);
    expect(texts('Сен бе? – деді ол.')).toEqual(['Сен бе? – деді ол.']);
  });
  it('keeps closing quotes with the sentence', () => {
    expect(texts('«Ол келді.» Біз күттік.')).toEqual(['«Ол келді.»', 'Біз күттік.']);
  });
  it('does not split at abbreviations such as ж. and at decimals', () => {
    expect(texts('1991 ж. Қазақстан тәуелсіз болды. Өсім 3.5 пайыз.')).toEqual([
      '1991 ж. Қазақстан тәуелсіз болды.', 'Өсім 3.5 пайыз.',
    ]);
  });
  it('treats blank lines and heading lines as boundaries, wrapped lines as continuation', () => {
    expect(texts('Кіріспе\nМәтін бар\n\nТағы бір')).toEqual(['Кіріспе', 'Мәтін бар', 'Тағы бір']);
    expect(texts('Ол үйге\nкелді.')).toEqual(['Ол үйге\nкелді.']);
  });
  it('handles empty text, only punctuation and no final period', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('   ')).toEqual([]);
    expect(texts('...!!!')).toEqual(['...!!!']);
    expect(texts('Сәлем')).toEqual(['Сәлем']);
  });
});

describe('findDuplicateSentences', () => {
  it('finds repeated sentences ignoring case, spaces and punctuation', () => {
    const spans = sentences(
      'Сондықтан осы аймақта қауіпсіздік маңызды. Бұл жаңа сөйлем. сондықтан  осы аймақта қауіпсіздік маңызды! Иә. Иә.',
    );
    expect(findDuplicateSentences(spans)).toEqual([2]);
  });
});
