// Letter-level repairs inside Cyrillic words: Latin look-alikes, letters of other Cyrillic
// alphabets, and Russian keyboard letters typed for Kazakh ones.

/** Latin letters that look like Cyrillic ones, used inside otherwise Cyrillic words. */
const LATIN_LOOKALIKE: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', h: 'һ', k: 'к', m: 'м',
  A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', X: 'Х', Y: 'У', I: 'І', H: 'Н', K: 'К', M: 'М',
  T: 'Т', B: 'В',
  ə: 'ә', Ə: 'Ә', ɵ: 'ө', Ɵ: 'Ө', ı: 'і', ӏ: 'і',
};
// A word with any Latin letter outside this table is left alone (it may be a real
// mixed-script token such as a brand name).

/** Letters of other Cyrillic alphabets (Bashkir, Tatar, Khanty…) typed for Kazakh ones. */
const CYRILLIC_VARIANT: Record<string, string> = {
  ҡ: 'қ', Ҡ: 'Қ', ӄ: 'қ', Ӄ: 'Қ', ӊ: 'ң', Ӊ: 'Ң', ҥ: 'ң', Ҥ: 'Ң', ӈ: 'ң', Ӈ: 'Ң',
  ӷ: 'ғ', Ӷ: 'Ғ', ҕ: 'ғ', Ҕ: 'Ғ', ӧ: 'ө', Ӧ: 'Ө', ӱ: 'ү', Ӱ: 'Ү', ӓ: 'ә', Ӓ: 'Ә',
  ї: 'і', Ї: 'І',
};

const CYRILLIC = /[\u0400-\u04FF]/u;
const LATIN = /[A-Za-z\u0259\u018F\u0275\u019F\u0131\u04CF]/;

export interface LetterFix {
  text: string;
  reason: 'latin-lookalike' | 'unicode';
}

/**
 * Replaces Latin look-alike letters inside a word that has Cyrillic letters (only when every
 * Latin letter in it has a look-alike), and letters of other Cyrillic alphabets.
 * Returns null when nothing changes.
 */
export function fixLookalikes(word: string): LetterFix | null {
  if (!CYRILLIC.test(word)) return null;
  let out = word;
  let reason: LetterFix['reason'] | null = null;
  if (LATIN.test(word)) {
    let ok = true;
    let mapped = '';
    for (const ch of word) {
      if (/[A-Za-z]/.test(ch) || LATIN.test(ch)) {
        const c = LATIN_LOOKALIKE[ch];
        if (c === undefined) {
          ok = false;
          break;
        }
        mapped += c;
      } else mapped += ch;
    }
    if (ok) {
      out = mapped;
      reason = 'latin-lookalike';
    }
  }
  let variant = '';
  let changed = false;
  for (const ch of out) {
    const c = CYRILLIC_VARIANT[ch];
    if (c !== undefined) {
      variant += c;
      changed = true;
    } else variant += ch;
  }
  if (changed) {
    out = variant;
    reason ??= 'unicode';
  }
  return reason ? { text: out, reason } : null;
}

/**
 * Russian-keyboard substitutions: each letter and the letters it may stand for. "Forward"
 * swaps put the Kazakh letter in place of the Russian one (к → қ); "reverse" swaps undo a
 * wrong Kazakh letter (ң → н, as in жаһаңдану).
 */
const FORWARD: Record<string, string[]> = {
  к: ['қ'], г: ['ғ'], н: ['ң'], у: ['ұ', 'ү'], о: ['ө'], и: ['і'], х: ['һ'],
};
const REVERSE: Record<string, string[]> = {
  қ: ['к'], ғ: ['г'], ң: ['н'], ұ: ['у', 'ү'], ү: ['у', 'ұ'], ө: ['о'], і: ['и'], һ: ['х'],
};

interface Slot {
  index: number;
  upper: boolean;
  options: { ch: string; reverse: boolean }[];
}

/** Letters that mark a Russian word or spelling; words with them are not repaired. */
const RUSSIAN_ONLY = /[ёцчщъьэЁЦЧЩЪЬЭ]/;

export interface SwapCandidate {
  text: string;
  edits: number;
  reverse: number;
  /** UTF-16 offsets of the swapped letters. */
  positions: number[];
  /** Swaps of к/г/қ/ғ that Kazakh vowel harmony calls for (к next to a back vowel…). */
  harmonyMotivated: number;
}

const BACK_VOWELS = new Set(['а', 'о', 'ұ', 'ы']);
const FRONT_VOWELS = new Set(['ә', 'е', 'і', 'ө', 'ү']);
const VOWELS = new Set([...BACK_VOWELS, ...FRONT_VOWELS, 'у', 'и', 'э', 'ю', 'я', 'ё']);

/** Harmony class of the vowels next to position i (the previous and the next vowel). */
function neighbourHarmony(chars: string[], i: number): 'back' | 'front' | 'mixed' | 'none' {
  let back = false;
  let front = false;
  for (const dir of [-1, 1]) {
    for (let j = i + dir; j >= 0 && j < chars.length; j += dir) {
      const v = chars[j]!.toLowerCase();
      if (!VOWELS.has(v)) continue;
      if (BACK_VOWELS.has(v)) back = true;
      else if (FRONT_VOWELS.has(v)) front = true;
      break;
    }
  }
  return back && front ? 'mixed' : back ? 'back' : front ? 'front' : 'none';
}

/** к/г beside back vowels should be қ/ғ; қ/ғ beside front vowels should be к/г. */
function harmonyCalls(chars: string[], i: number, to: string): boolean {
  const from = chars[i]!.toLowerCase();
  const h = neighbourHarmony(chars, i);
  if ((from === 'к' && to === 'қ') || (from === 'г' && to === 'ғ')) return h === 'back';
  if ((from === 'қ' && to === 'к') || (from === 'ғ' && to === 'г')) return h === 'front';
  return false;
}

/**
 * Candidate spellings of `word` with up to `maxEdits` Russian↔Kazakh letter swaps, in order
 * of edits (fewest first). Generation stops after `limit` candidates.
 */
export function* swapCandidates(word: string, maxEdits = 2, limit = 400): Generator<SwapCandidate> {
  if (RUSSIAN_ONLY.test(word)) return;
  const chars = [...word];
  const offsets: number[] = [];
  let off = 0;
  for (const ch of chars) {
    offsets.push(off);
    off += ch.length;
  }
  const slots: Slot[] = [];
  chars.forEach((ch, index) => {
    const low = ch.toLowerCase();
    const upper = low !== ch;
    const options = [
      ...(FORWARD[low] ?? []).map((c) => ({ ch: upper ? c.toUpperCase() : c, reverse: false })),
      ...(REVERSE[low] ?? []).map((c) => ({ ch: upper ? c.toUpperCase() : c, reverse: true })),
    ];
    if (options.length) slots.push({ index, upper, options });
  });
  let produced = 0;
  for (let d = 1; d <= Math.min(maxEdits, slots.length); d++) {
    // choose d slots (combinations), then one option each
    const pick: number[] = [];
    const stack: { ch: string; reverse: boolean }[] = [];
    const out: SwapCandidate[] = [];
    const recurse = (from: number): boolean => {
      if (pick.length === d) {
        const copy = chars.slice();
        let reverse = 0;
        let harmonyMotivated = 0;
        const positions: number[] = [];
        pick.forEach((si, k) => {
          const slot = slots[si]!;
          const opt = stack[k]!;
          copy[slot.index] = opt.ch;
          positions.push(offsets[slot.index]!);
          if (opt.reverse) reverse++;
          if (harmonyCalls(chars, slot.index, opt.ch.toLowerCase())) harmonyMotivated++;
        });
        out.push({ text: copy.join(''), edits: d, reverse, positions, harmonyMotivated });
        produced++;
        return produced < limit;
      }
      for (let si = from; si < slots.length; si++) {
        pick.push(si);
        for (const opt of slots[si]!.options) {
          stack.push(opt);
          const go = recurse(si + 1);
          stack.pop();
          if (!go) {
            pick.pop();
            return false;
          }
        }
        pick.pop();
      }
      return true;
    };
    const more = recurse(0);
    yield* out;
    if (!more) return;
  }
}
