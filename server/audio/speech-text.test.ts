import { describe, expect, it } from 'vitest';
import { MAX_SPEECH_CHARS, speechKey, speechText } from './speech-text';

describe('speechText', () => {
  const rows: [string, ReturnType<typeof speechText>][] = [
    ['мемлекет', { ok: true, text: 'мемлекет' }],
    ['  Орталық \n\t Азия  ', { ok: true, text: 'Орталық Азия' }],
    ['2015 жыл', { ok: true, text: '2015 жыл' }],
    ['', { ok: false, code: 'empty' }],
    ['   ', { ok: false, code: 'empty' }],
    ['?!…', { ok: false, code: 'unspeakable' }],
    ['—', { ok: false, code: 'unspeakable' }],
    ['а'.repeat(MAX_SPEECH_CHARS + 1), { ok: false, code: 'too-long' }],
    ['\u0000\u0007', { ok: false, code: 'empty' }],
  ];
  it.each(rows)('%j → %j', (raw, expected) => {
    expect(speechText(raw)).toEqual(expected);
  });
  it('accepts the longest allowed text', () => {
    expect(speechText('а'.repeat(MAX_SPEECH_CHARS)).ok).toBe(true);
  });
  it('joins decomposed letters (NFC) so both spellings share one entry', () => {
    const composed = speechText('й');
    const decomposed = speechText('и\u0306');
    expect(composed).toEqual(decomposed);
  });
});

describe('speechKey', () => {
  it('depends on the engine version, the voice and the text, and is a hex sha-256', () => {
    const k = speechKey('v1', 'kk', 'мемлекет');
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(speechKey('v1', 'kk', 'мемлекет')).toBe(k);
    expect(speechKey('v2', 'kk', 'мемлекет')).not.toBe(k);
    expect(speechKey('v1', 'ru', 'мемлекет')).not.toBe(k);
    expect(speechKey('v1', 'kk', 'мемлекеттер')).not.toBe(k);
    // the separator keeps voice and text apart
    expect(speechKey('v1', 'k', 'kмемлекет')).not.toBe(speechKey('v1', 'kk', 'мемлекет'));
  });
});
