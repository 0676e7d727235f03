import { describe, expect, it } from 'vitest';
import { barLetters, letterForKey, shortcutHelp } from './kazakh-keys';

const key = (k: string, code: string, extra: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  ({ key: k, code, altKey: true, shiftKey: false, ctrlKey: false, metaKey: false, ...extra });

describe('letterForKey', () => {
  const rows: [string, ReturnType<typeof key>, 'cyrl' | 'latn', string | null][] = [
    ['Alt+а (Russian layout)', key('а', 'KeyF'), 'cyrl', 'ә'],
    ['Alt+a (English layout)', key('a', 'KeyA'), 'cyrl', 'ә'],
    ['Alt+к', key('к', 'KeyR'), 'cyrl', 'қ'],
    ['Alt+q', key('q', 'KeyQ'), 'cyrl', 'қ'],
    ['Alt+н', key('н', 'KeyY'), 'cyrl', 'ң'],
    ['Alt+у', key('у', 'KeyE'), 'cyrl', 'ұ'],
    ['Alt+Shift+У', key('У', 'KeyE', { shiftKey: true }), 'cyrl', 'ү'],
    ['Alt+y', key('y', 'KeyY'), 'cyrl', 'ү'],
    ['Alt+х', key('х', 'BracketLeft'), 'cyrl', 'һ'],
    ['Alt+ы', key('ы', 'KeyS'), 'cyrl', 'і'],
    ['Alt+и', key('и', 'KeyB'), 'cyrl', 'і'],
    ['Alt+g, Latin', key('g', 'KeyG'), 'latn', 'ğ'],
    ['Alt+s, Latin', key('s', 'KeyS'), 'latn', 'ş'],
    ['Alt+s, Cyrillic: nothing', key('s', 'KeyS'), 'cyrl', null],
    ['Alt+i, Latin', key('i', 'KeyI'), 'latn', 'ı'],
    ['macOS Option+a gives å: the key position decides', key('å', 'KeyA'), 'cyrl', 'ә'],
    ['no Alt', key('a', 'KeyA', { altKey: false }), 'cyrl', null],
    ['Ctrl+Alt (AltGr) is left alone', key('a', 'KeyA', { ctrlKey: true }), 'cyrl', null],
    ['Alt+z: nothing', key('z', 'KeyZ'), 'cyrl', null],
  ];
  it.each(rows)('%s', (_name, event, script, letter) => {
    expect(letterForKey(event, script)).toBe(letter);
  });
});

describe('letter bar and help', () => {
  it('offers the nine Kazakh letters in Cyrillic and the marked Latin ones', () => {
    expect(barLetters('cyrl')).toEqual(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і']);
    expect(barLetters('latn')).toEqual(['ä', 'ğ', 'ñ', 'ö', 'ū', 'ü', 'ı', 'ş']);
  });
  it('documents every shortcut', () => {
    const help = shortcutHelp('cyrl');
    expect(help.map((r) => r.letter)).toEqual(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і']);
    expect(help.find((r) => r.letter === 'ү')?.keys).toBe('Alt+Shift+у / Alt+Shift+u / Alt+y');
  });
});
