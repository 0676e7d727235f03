// Kazakh phonology used by the analyser: vowel harmony and the classes of the last
// sound of a stem that choose a suffix's allomorph (consonant assimilation).

import { CODE_E, CODE_G, CODE_GH, CODE_I, CODE_K, CODE_KH, CODE_Q, CODE_SOFT, CODE_U, CODE_V, CODE_YU } from './char-codes';

export type Harmony = 'back' | 'front';

/**
 * Class of the last letter of a stem, as it matters for suffix allomorphy:
 * V  vowel;  P  voiceless (and б в г д, devoiced at the end of loans);
 * Z  ж з;    L  л;   R  р й у и (glides behave like р);   M  м;   N  н ң.
 */
export type LastClass = 'V' | 'P' | 'Z' | 'L' | 'R' | 'M' | 'N';

export const LAST_CLASSES: readonly LastClass[] = ['V', 'P', 'Z', 'L', 'R', 'M', 'N'];

const BACK_VOWELS = 'аоұыя';
const FRONT_VOWELS = 'әөүіеэё';
/** Vowels whose harmony is ambiguous in writing (у/ю can be either; и is usually front). */
const NEUTRAL_VOWELS = 'уюи';

// Per-code tables for the Cyrillic block (0x0400–0x04FF): no string allocation in hot loops.
const KIND = new Uint8Array(0x100); // 0 other, 1 back vowel, 2 front vowel, 3 neutral vowel
const CLASS = new Uint8Array(0x100); // index into LAST_CLASSES; default P
const CLASS_OF: readonly LastClass[] = ['V', 'P', 'Z', 'L', 'R', 'M', 'N'];
CLASS.fill(1);
for (const ch of BACK_VOWELS) KIND[ch.charCodeAt(0) - 0x400] = 1;
for (const ch of FRONT_VOWELS) KIND[ch.charCodeAt(0) - 0x400] = 2;
for (const ch of NEUTRAL_VOWELS) KIND[ch.charCodeAt(0) - 0x400] = 3;
for (const ch of 'аәеыіоөұүяэёю') CLASS[ch.charCodeAt(0) - 0x400] = 0;
for (const ch of 'уийр') CLASS[ch.charCodeAt(0) - 0x400] = 4;
CLASS['л'.charCodeAt(0) - 0x400] = 3;
CLASS['м'.charCodeAt(0) - 0x400] = 5;
CLASS['н'.charCodeAt(0) - 0x400] = 6;
CLASS['ң'.charCodeAt(0) - 0x400] = 6;
CLASS['ж'.charCodeAt(0) - 0x400] = 2;
CLASS['з'.charCodeAt(0) - 0x400] = 2;

function kindOf(code: number): number {
  const i = code - 0x400;
  return i >= 0 && i < 0x100 ? KIND[i]! : 0;
}

export function isVowelCode(code: number): boolean {
  return kindOf(code) !== 0;
}

export function isVowel(ch: string): boolean {
  return ch.length > 0 && kindOf(ch.charCodeAt(0)) !== 0;
}

export function isCyrillicLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0400 && c <= 0x04ff) || (c >= 0x0500 && c <= 0x052f);
}

const BACK: Harmony[] = ['back'];
const FRONT: Harmony[] = ['front'];
const FRONT_BACK: Harmony[] = ['front', 'back'];
/** Both harmonies, back first (shared: callers must not modify it). */
export const BACK_FRONT: Harmony[] = ['back', 'front'];


/**
 * Harmony classes a stem allows (by its last clear vowel; loans follow the last vowel). A
 * final к/г also allows front suffixes and a final х/қ/ғ back ones: loans take their suffix
 * from that consonant (банк-ке, округ-тері, цех-та). Native words agree anyway. Surnames in
 * -аев/-оев… are back (Тоқаев-тың). Do not mutate.
 */
export function stemHarmony(stem: string): Harmony[] {
  const last = stem.charCodeAt(stem.length - 1);
  // a final soft sign makes loans front (фестиваль-ге, автомобиль-дің); spelling varies
  if (last === CODE_SOFT) return BACK_FRONT;
  // a surname in -ев after a back vowel takes back suffixes (Назарбаев-тың, Тоқаев-қа): the е of
  // the Russian suffix does not count; after a front vowel or a consonant it does (Алиев-ке, Медведев-тің)
  const n = stem.length;
  if (last === CODE_V && n >= 3 && stem.charCodeAt(n - 2) === CODE_E && kindOf(stem.charCodeAt(n - 3)) === 1) return BACK;
  const byVowel = vowelHarmony(stem);
  if ((last === CODE_K || last === CODE_G) && byVowel === BACK) return BACK_FRONT;
  if ((last === CODE_KH || last === CODE_Q || last === CODE_GH) && byVowel === FRONT) return FRONT_BACK;
  return byVowel;
}

function vowelHarmony(stem: string): Harmony[] {
  for (let i = stem.length - 1; i >= 0; i--) {
    const code = stem.charCodeAt(i);
    const k = kindOf(code);
    if (k === 1) return BACK;
    if (k === 2) return FRONT;
    if (k === 3) {
      if (code === CODE_I) return FRONT_BACK;
      // у between consonants is the vowel of a loan, and back: ресурс-тар, вирус-ты, курс-ы
      if (code === CODE_U && i > 0 && i < stem.length - 1 && kindOf(stem.charCodeAt(i - 1)) === 0) return BACK_FRONT;
      // ю after a consonant is the ü of a Russian loan, and front: костюм-ді, парашют-ім
      if (code === CODE_YU && i > 0 && kindOf(stem.charCodeAt(i - 1)) === 0) return FRONT_BACK;
      // у/ю: look further left for a clear vowel
      for (let j = i - 1; j >= 0; j--) {
        const k2 = kindOf(stem.charCodeAt(j));
        if (k2 === 1) return BACK;
        if (k2 === 2) return FRONT;
      }
      return BACK_FRONT;
    }
  }
  // no vowel at all (abbreviations like "ҚР", "ТМД"): allow both
  return BACK_FRONT;
}

export function lastClass(stem: string): LastClass {
  // a final soft sign is silent: модель-дер, автомобиль-дің take the suffix of л
  if (stem.length >= 2 && stem.charCodeAt(stem.length - 1) === CODE_SOFT) return classOfCode(stem.charCodeAt(stem.length - 2));
  return stem.length ? classOfCode(stem.charCodeAt(stem.length - 1)) : 'P';
}

export function classOfCode(code: number): LastClass {
  const i = code - 0x400;
  return i >= 0 && i < 0x100 ? CLASS_OF[CLASS[i]!]! : 'P';
}

export function classOfChar(ch: string): LastClass {
  return ch.length ? classOfCode(ch.charCodeAt(0)) : 'P';
}

/** Pick the back or front variant of a two-way suffix written as "back|front". */
export function hv(pair: string, h: Harmony): string {
  const bar = pair.indexOf('|');
  if (bar < 0) return pair;
  return h === 'back' ? pair.slice(0, bar) : pair.slice(bar + 1);
}

/** Stem-final voiceless stops that voice before a vowel: кітап → кітабы, тілек → тілегі. */
export const VOICING: Record<string, string> = { 'п': 'б', 'к': 'г', 'қ': 'ғ' };
export const DEVOICING: Record<string, string> = { 'б': 'п', 'г': 'к', 'ғ': 'қ' };

/** Lower-case a Kazakh word (Unicode lower-casing handles Cyrillic incl. ә ғ қ ң ө ұ ү һ і). */
export function lower(s: string): string {
  return s.toLowerCase();
}
