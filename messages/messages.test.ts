import { describe, expect, it } from 'vitest';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

function flatten(obj: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

const files = { kk: flatten(kk), ru: flatten(ru), en: flatten(en) };

describe('UI messages', () => {
  it('have the same keys in kk, ru and en', () => {
    const keys = Object.keys(files.en).sort();
    expect(Object.keys(files.kk).sort()).toEqual(keys);
    expect(Object.keys(files.ru).sort()).toEqual(keys);
  });

  it('are never empty', () => {
    for (const [locale, messages] of Object.entries(files)) {
      for (const [key, value] of Object.entries(messages)) expect(value.trim(), `${locale}:${key}`).not.toBe('');
    }
  });

  it('are written in Kazakh and Russian, not left in English', () => {
    // The only messages that read the same in every language, and why.
    const INTENTIONAL: Record<string, string> = {
      'nav.home': 'the brand name, Jatta',
      'teach.deck.csv': 'the file format, CSV',
      'answer.part': 'a template of placeholders only: {name} -{suffix}',
    };
    for (const locale of ['kk', 'ru'] as const) {
      const copied = Object.keys(files.en).filter((k) => files[locale][k] === files.en[k] && !(k in INTENTIONAL));
      expect(copied, `${locale} messages identical to English`).toEqual([]);
    }
    for (const key of Object.keys(INTENTIONAL)) expect(files.kk[key], key).toBe(files.en[key]);
  });

  it('name each part of speech differently (a menu never lists one name twice)', () => {
    for (const [locale, messages] of Object.entries({ kk, ru, en })) {
      const names = Object.values(messages.pos);
      expect(names.filter((n, i) => names.indexOf(n) !== i), locale).toEqual([]);
    }
  });
});
