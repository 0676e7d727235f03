// The Kazakh letters a Russian or English keyboard lacks: the letter bar's buttons and the
// Alt shortcuts that type them. Alt + the layout's own letter (e.key) works on either layout;
// where Alt changes the key itself (macOS Option), the US key position (e.code) stands in.
import type { Script } from '@/lib/script';

export interface KazakhKey {
  cyrl: string | null;
  latn: string | null;
  /** e.key values (lower case) that, with Alt, type this letter */
  keys: readonly string[];
  /** with Alt+Shift instead of Alt */
  shift?: boolean;
  /** US key position, for keyboards where Alt changes e.key */
  code: string;
}

export const KAZAKH_KEYS: readonly KazakhKey[] = [
  { cyrl: 'ә', latn: 'ä', keys: ['а', 'a'], code: 'KeyA' },
  { cyrl: 'ғ', latn: 'ğ', keys: ['г', 'g'], code: 'KeyG' },
  { cyrl: 'қ', latn: 'q', keys: ['к', 'k', 'q'], code: 'KeyK' },
  { cyrl: 'ң', latn: 'ñ', keys: ['н', 'n'], code: 'KeyN' },
  { cyrl: 'ө', latn: 'ö', keys: ['о', 'o'], code: 'KeyO' },
  { cyrl: 'ұ', latn: 'ū', keys: ['у', 'u'], code: 'KeyU' },
  { cyrl: 'ү', latn: 'ü', keys: ['у', 'u'], shift: true, code: 'KeyU' },
  { cyrl: 'ү', latn: 'ü', keys: ['y'], code: 'KeyY' },
  { cyrl: 'һ', latn: null, keys: ['х', 'h'], code: 'KeyH' },
  { cyrl: 'і', latn: 'ı', keys: ['и', 'ы', 'i'], code: 'KeyI' },
  { cyrl: null, latn: 'ş', keys: ['ш', 's'], code: 'KeyS' },
];

/** The letter bar: letters a plain keyboard lacks, in the learner's script. */
export function barLetters(script: Script): string[] {
  const letters = KAZAKH_KEYS.map((k) => (script === 'latn' ? k.latn : k.cyrl)).filter((l): l is string => l !== null);
  // q and h are plain Latin keys: the bar keeps the marked letters only
  return [...new Set(letters)].filter((l) => l !== 'q');
}

/** The letter an Alt shortcut types, or null. */
export function letterForKey(e: { key: string; code: string; altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }, script: Script): string | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const key = e.key.toLowerCase();
  const pick = (k: KazakhKey) => (script === 'latn' ? k.latn : k.cyrl);
  const byKey = KAZAKH_KEYS.find((k) => k.keys.includes(key) && Boolean(k.shift) === e.shiftKey && pick(k));
  if (byKey) return pick(byKey);
  if (/^\p{L}$/u.test(e.key) && KAZAKH_KEYS.some((k) => k.keys.includes(key))) return null;
  const byCode = KAZAKH_KEYS.find((k) => k.code === e.code && Boolean(k.shift) === e.shiftKey && pick(k));
  return byCode ? pick(byCode) : null;
}

/** One line per letter for the page's shortcut help: "ә — Alt+а / Alt+a". */
export function shortcutHelp(script: Script): { letter: string; keys: string }[] {
  const rows = new Map<string, string[]>();
  for (const k of KAZAKH_KEYS) {
    const letter = script === 'latn' ? k.latn : k.cyrl;
    if (!letter) continue;
    const combos = k.keys.map((key) => `Alt+${k.shift ? 'Shift+' : ''}${key}`);
    rows.set(letter, [...(rows.get(letter) ?? []), ...combos]);
  }
  return [...rows].map(([letter, keys]) => ({ letter, keys: keys.join(' / ') }));
}
