// Latin (2021 alphabet) back to Cyrillic, for analysing a word a learner typed in Latin.
// The way back is ambiguous (i is и or й, h is х or һ, ts is ц or тс …), so this lists the
// candidates and keeps those that toLatin() writes exactly as typed.
import { toLatin } from '../kazakh';

const SINGLE: Record<string, readonly string[]> = {
  a: ['а'], ä: ['ә'], b: ['б'], v: ['в'], g: ['г'], ğ: ['ғ'], d: ['д'], e: ['е', 'э'], j: ['ж'], z: ['з'],
  k: ['к'], q: ['қ'], l: ['л'], m: ['м'], n: ['н'], ñ: ['ң'], o: ['о'], ö: ['ө'], p: ['п'], r: ['р'],
  s: ['с'], t: ['т'], u: ['у'], ū: ['ұ'], ü: ['ү'], f: ['ф'], h: ['х', 'һ'], ş: ['ш'], y: ['ы'], ı: ['і'],
};
const DIGRAPHS: Record<string, readonly string[]> = {
  ts: ['ц', 'тс'], ch: ['ч'], şş: ['щ', 'шш'], io: ['ё', 'ио', 'йо'], iu: ['ю', 'иу', 'йу'], ia: ['я', 'иа', 'йа'],
};
const VOWELS = new Set([...'aäeioöuūüyı']);
const MAX_CANDIDATES = 24;

function lowerLatin(word: string): string {
  return word.replace(/İ/gu, 'i').replace(/I/gu, 'ı').toLowerCase();
}

/**
 * Cyrillic spellings of one Latin word, most likely first: those toLatin() writes exactly as
 * typed, then those that differ only by i typed for ı; [] when none fits.
 */
export function cyrillicCandidates(word: string): string[] {
  const w = lowerLatin(word.normalize('NFC'));
  const chars = [...w];
  const out: string[] = [];
  const walk = (i: number, acc: string): void => {
    if (out.length >= MAX_CANDIDATES * 8) return;
    if (i >= chars.length) {
      out.push(acc);
      return;
    }
    const two = chars[i]! + (chars[i + 1] ?? '');
    const options: [string, number][] = [];
    const afterVowel = i > 0 && VOWELS.has(chars[i - 1]!);
    for (const o of DIGRAPHS[two] ?? []) options.push([o, 2]);
    const ch = chars[i]!;
    if (ch === 'i') {
      // after a vowel, i is mostly й (қолдайды → qoldaidy); elsewhere и
      // … and a plain i is often typed for ı (і): tried last, kept only as a near miss
      for (const o of afterVowel ? ['й', 'и', 'і'] : ['и', 'й', 'і']) options.push([o, 1]);
    } else if (ch === 'e' && i > 0) {
      options.push(['е', 1]); // э only starts a word
    } else {
      for (const o of SINGLE[ch] ?? [ch]) options.push([o, 1]);
    }
    for (const [o, len] of options) walk(i + len, acc + o);
  };
  walk(0, '');
  // a Latin letter outside the alphabet (w, x, c …) has no Cyrillic spelling
  if (out.some((c) => /\p{Script=Latin}/u.test(c))) return [];
  const seen = new Set<string>();
  const exact: string[] = [];
  const near: string[] = [];
  for (const c of out) {
    if (seen.has(c)) continue;
    seen.add(c);
    const back = toLatin(c);
    if (back === w) exact.push(c);
    else if (back.replace(/ı/gu, 'i') === w) near.push(c);
  }
  return [...exact, ...near].slice(0, MAX_CANDIDATES);
}

/**
 * The likeliest Cyrillic spelling of one Latin word, found greedily (each letter's first
 * reading, digraphs first), when toLatin() writes it back exactly as typed; null otherwise.
 * One pass, for searching as you type; cyrillicCandidates() lists them all.
 */
export function likelyCyrillic(word: string): string | null {
  const w = lowerLatin(word.normalize('NFC'));
  const chars = [...w];
  let out = '';
  for (let i = 0; i < chars.length; ) {
    const ch = chars[i]!;
    const digraph = DIGRAPHS[ch + (chars[i + 1] ?? '')];
    if (digraph) {
      out += digraph[0];
      i += 2;
      continue;
    }
    const afterVowel = i > 0 && VOWELS.has(chars[i - 1]!);
    out += ch === 'i' ? (afterVowel ? 'й' : 'и') : ch === 'e' && i > 0 ? 'е' : (SINGLE[ch]?.[0] ?? ch);
    i += 1;
  }
  return !/\p{Script=Latin}/u.test(out) && toLatin(out) === w ? out : null;
}

/** true when the text has Latin letters and no Cyrillic ones. */
export function isLatinText(text: string): boolean {
  return /\p{Script=Latin}/u.test(text) && !/\p{Script=Cyrillic}/u.test(text);
}
