import { describe, expect, it } from 'vitest';
import { cleanDisplayText, isDisplayable } from './index';

const shown = (s: string) => isDisplayable(cleanDisplayText(s));

describe('names that show what they hold', () => {
  it('accepts real names and titles in any script, with their marks and joiners', () => {
    for (const name of ['Әлия Нұрланқызы', 'Иван Петров-Водкин', "O'Brien", 'Qazaq tılı 7Ә', 'مريم', '李雷', 'Нұр 👩‍🏫', 'Jose\u0301', '7А сынып (2026)']) {
      expect(shown(name), name).toBe(true);
    }
  });

  it('refuses control, format, bidi and surrogate characters, wherever they are', () => {
    for (const bad of ['\u202etnedutS', 'Stu\u200bdent', '\u0000nul', '\ud800x', 'a\nb', 'Ann\u2066a', 'B\ufeffOM', 'x\u2028y', 'tab\there', 'pri\ue000vate', 'soft\u00adhyphen']) {
      expect(shown(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses a name of nothing visible: spaces, joiners or marks alone', () => {
    for (const bad of ['', '   ', '\u200d\u200d', '\u0301\u0301', '\u3000']) expect(shown(bad), JSON.stringify(bad)).toBe(false);
  });

  it('cleans to NFC, trims and folds runs of spaces', () => {
    expect(cleanDisplayText('  Jose\u0301   Maria\u00a0\u00a0Lopez ')).toBe('José Maria Lopez');
    expect(cleanDisplayText('Әлия')).toBe('Әлия'.normalize('NFC'));
  });
});
