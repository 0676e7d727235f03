// Kazakh phonology used by the analyser: vowel harmony and the classes of the last
// sound of a stem that choose a suffix's allomorph (consonant assimilation).

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

export function isVowel(ch: string): boolean {
  return BACK_VOWELS.includes(ch) || FRONT_VOWELS.includes(ch) || NEUTRAL_VOWELS.includes(ch);
}

export function isCyrillicLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0400 && c <= 0x04ff) || (c >= 0x0500 && c <= 0x052f);
}

/** Harmony classes a stem allows (by its last clear vowel; loans follow the last vowel). */
export function stemHarmony(stem: string): Harmony[] {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem[i]!;
    if (BACK_VOWELS.includes(ch)) return ['back'];
    if (FRONT_VOWELS.includes(ch)) return ['front'];
    if (ch === 'и') {
      // и after a back vowel earlier in a loan (e.g. "алжир") is usually still front.
      return ['front', 'back'];
    }
    if (ch === 'у' || ch === 'ю') {
      // look further left for a clear vowel
      for (let j = i - 1; j >= 0; j--) {
        const c2 = stem[j]!;
        if (BACK_VOWELS.includes(c2)) return ['back'];
        if (FRONT_VOWELS.includes(c2)) return ['front'];
      }
      return ['back', 'front'];
    }
  }
  // no vowel at all (abbreviations like "ҚР", "ТМД"): allow both
  return ['back', 'front'];
}

export function lastClass(stem: string): LastClass {
  const ch = stem[stem.length - 1] ?? '';
  return classOfChar(ch);
}

export function classOfChar(ch: string): LastClass {
  switch (ch) {
    case 'а': case 'ә': case 'е': case 'ы': case 'і': case 'о': case 'ө': case 'ұ': case 'ү':
    case 'я': case 'э': case 'ё': case 'ю':
      return 'V';
    case 'у': case 'и': case 'й': case 'р':
      return 'R';
    case 'л': return 'L';
    case 'м': return 'M';
    case 'н': case 'ң': return 'N';
    case 'ж': case 'з': return 'Z';
    default: return 'P';
  }
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
