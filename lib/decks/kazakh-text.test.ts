import { describe, expect, it } from 'vitest';
import { looksKazakh } from './kazakh-text';

describe('looksKazakh', () => {
  it('refuses English and other Latin-script text, and text with no words at all', () => {
    expect(looksKazakh('hello world this is english')).toBe(false);
    expect(looksKazakh('The quick brown fox jumps over the lazy dog. It was a sunny day in London.')).toBe(false);
    expect(looksKazakh('Guten Tag, wie geht es Ihnen?')).toBe(false);
    expect(looksKazakh('12345 67 — !!! ...')).toBe(false);
    expect(looksKazakh('')).toBe(false);
    // an English text with one Kazakh word in it is still English
    expect(looksKazakh('We said сәлем to everyone at the meeting and then we went home for dinner.')).toBe(false);
  });

  it('takes Kazakh, also with Latin words, names and links in it', () => {
    expect(looksKazakh('Біздің ауылда үлкен мектеп бар.')).toBe(true);
    expect(looksKazakh('Мен сені жақсы көремін')).toBe(true);
    expect(looksKazakh('Біз Python тілінде бағдарлама жаздық, кодты GitHub-қа салдық: https://github.com/example/repo.')).toBe(true);
    expect(looksKazakh('Apple, Google және Microsoft компаниялары Астанада IT hub ашты.')).toBe(true);
    // typed on a Russian keyboard (к for қ, н for ң): the engine repairs it, so it is not refused
    expect(looksKazakh('Сондыктан аймактын елдери бирге жумыс истейди.')).toBe(true);
  });

  it('answers for a 200,000-character text quickly', () => {
    const paragraph = 'Орталық Азия елдерінің интеграциясы аймақтың тұрақты дамуына ықпал етеді. ';
    const long = paragraph.repeat(Math.ceil(200_000 / paragraph.length)).slice(0, 200_000);
    const t0 = performance.now();
    expect(looksKazakh(long)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
