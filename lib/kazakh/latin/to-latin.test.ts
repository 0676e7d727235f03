import { describe, expect, it } from 'vitest';
import { toLatin } from '../index';

// [cyrillic lower, latin lower, cyrillic upper (title position), latin title, latin in an ALL-CAPS word]
const LETTERS: [string, string, string, string, string][] = [
  ['а', 'a', 'А', 'A', 'A'],
  ['ә', 'ä', 'Ә', 'Ä', 'Ä'],
  ['б', 'b', 'Б', 'B', 'B'],
  ['в', 'v', 'В', 'V', 'V'],
  ['г', 'g', 'Г', 'G', 'G'],
  ['ғ', 'ğ', 'Ғ', 'Ğ', 'Ğ'],
  ['д', 'd', 'Д', 'D', 'D'],
  ['е', 'e', 'Е', 'E', 'E'],
  ['ж', 'j', 'Ж', 'J', 'J'],
  ['з', 'z', 'З', 'Z', 'Z'],
  ['и', 'i', 'И', 'İ', 'İ'],
  ['й', 'i', 'Й', 'İ', 'İ'],
  ['к', 'k', 'К', 'K', 'K'],
  ['қ', 'q', 'Қ', 'Q', 'Q'],
  ['л', 'l', 'Л', 'L', 'L'],
  ['м', 'm', 'М', 'M', 'M'],
  ['н', 'n', 'Н', 'N', 'N'],
  ['ң', 'ñ', 'Ң', 'Ñ', 'Ñ'],
  ['о', 'o', 'О', 'O', 'O'],
  ['ө', 'ö', 'Ө', 'Ö', 'Ö'],
  ['п', 'p', 'П', 'P', 'P'],
  ['р', 'r', 'Р', 'R', 'R'],
  ['с', 's', 'С', 'S', 'S'],
  ['т', 't', 'Т', 'T', 'T'],
  ['у', 'u', 'У', 'U', 'U'],
  ['ұ', 'ū', 'Ұ', 'Ū', 'Ū'],
  ['ү', 'ü', 'Ү', 'Ü', 'Ü'],
  ['ф', 'f', 'Ф', 'F', 'F'],
  ['х', 'h', 'Х', 'H', 'H'],
  ['һ', 'h', 'Һ', 'H', 'H'],
  ['ш', 'ş', 'Ш', 'Ş', 'Ş'],
  ['ы', 'y', 'Ы', 'Y', 'Y'],
  ['і', 'ı', 'І', 'I', 'I'],
  ['э', 'e', 'Э', 'E', 'E'],
  ['ю', 'iu', 'Ю', 'İu', 'İU'],
  ['я', 'ia', 'Я', 'İa', 'İA'],
];

// Russian-only letters: not in the 2021 alphabet, mapped by convention (see latin/to-latin.ts).
const RUSSIAN_ONLY: [string, string, string, string, string, string][] = [
  ['ё → io (й+о, dotted İ when capital)', 'ё', 'io', 'Ё', 'İo', 'İO'],
  ['ц → ts', 'ц', 'ts', 'Ц', 'Ts', 'TS'],
  ['ч → ch', 'ч', 'ch', 'Ч', 'Ch', 'CH'],
  ['щ → şş', 'щ', 'şş', 'Щ', 'Şş', 'ŞŞ'],
  ['ъ → dropped', 'ъ', '', 'Ъ', '', ''],
  ['ь → dropped', 'ь', '', 'Ь', '', ''],
];

describe('toLatin: every letter of the 2021 alphabet, both cases', () => {
  for (const [cyr, lat, CYR, title, caps] of LETTERS) {
    it(`${cyr} → ${lat}, ${CYR} → ${title} (in capitals ${caps})`, () => {
      expect(toLatin(`а${cyr}а`)).toBe(`a${lat}a`);
      expect(toLatin(`${CYR}а`)).toBe(`${title}a`);
      expect(toLatin(`А${CYR}А`)).toBe(`A${caps}A`);
    });
  }
});

describe('toLatin: Russian-only letters (documented conventions)', () => {
  for (const [name, cyr, lat, CYR, title, caps] of RUSSIAN_ONLY) {
    it(name, () => {
      expect(toLatin(`а${cyr}а`)).toBe(`a${lat}a`);
      expect(toLatin(`${CYR}а`)).toBe(`${title}a`);
      expect(toLatin(`А${CYR}А`)).toBe(`A${caps}A`);
    });
  }
});

describe('toLatin: casing and text', () => {
  it('capital і is dotless I, capital и/й are dotted İ', () => {
    expect(toLatin('Іле')).toBe('Ile');
    expect(toLatin('Ирак')).toBe('İrak');
    expect(toLatin('Йемен')).toBe('İemen');
  });
  it('keeps ALL CAPS words fully upper-case', () => {
    expect(toLatin('ҚАЗАҚСТАН')).toBe('QAZAQSTAN');
    expect(toLatin('ЮНЕСКО')).toBe('İUNESKO');
    expect(toLatin('ШЧ')).toBe('ŞCH');
  });
  it('keeps title case', () => {
    expect(toLatin('Шымкент')).toBe('Şymkent');
    expect(toLatin('Юрий')).toBe('İurii');
    expect(toLatin('Щучинск')).toBe('Şşuchinsk');
  });
  it('transliterates a sentence and leaves punctuation, digits and Latin alone', () => {
    expect(toLatin('Қазақстан Республикасы 1991 жылы тәуелсіздік алды.')).toBe(
      'Qazaqstan Respublikasy 1991 jyly täuelsızdık aldy.',
    );
    expect(toLatin('«Еуразия» – iPhone, КСРО-дан')).toBe('«Euraziia» – iPhone, KSRO-dan');
  });
  it('handles empty and odd input', () => {
    expect(toLatin('')).toBe('');
    expect(toLatin('😀 \ud800 ?')).toBe('😀 \ud800 ?');
  });
});
