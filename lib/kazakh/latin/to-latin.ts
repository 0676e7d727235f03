// Kazakh Cyrillic → Latin, per the official 2021 Kazakh Latin alphabet
// (А a, Ә ä, Б b, Д d, Е e, Ф f, Г g, Ғ ğ, Һ/Х h, І ı, И/Й i, Ж j, К k, Л l, М m, Н n,
//  Ң ñ, О o, Ө ö, П p, Қ q, Р r, С s, Ш ş, Т t, Ұ ū, Ү ü, В v, Ы y, З z).
//
// Letters the 2021 alphabet does not cover (they occur in Russian loanwords) are mapped
// by the convention of the official transliteration guidance:
//   ё → io   (й + о; the i is the dotted i/İ)
//   ц → ts
//   ч → ch
//   щ → şş
//   ъ, ь → dropped
//   э → e
//   ю → iu, я → ia (й + у / й + а)
//
// Casing: і (Kazakh "ı") is dotless, so its capital is plain I; и and й are the dotted i,
// whose capital is İ (U+0130). A word written in capitals (two or more cased letters,
// none lower-case) stays fully upper-case, so multi-letter outputs are upper-cased too
// (ҚАЗАҚСТАН → QAZAQSTAN, ЮНЕСКО → İUNESKO); anywhere else an upper-case Cyrillic letter
// becomes title case (Шымкент → Şymkent, Юрий → İuri). Everything that is not Cyrillic
// passes through unchanged.

/** [lower, title, upper] for each lower-case Cyrillic letter. */
const TABLE: Record<string, readonly [string, string, string]> = {
  а: ['a', 'A', 'A'],
  ә: ['ä', 'Ä', 'Ä'],
  б: ['b', 'B', 'B'],
  в: ['v', 'V', 'V'],
  г: ['g', 'G', 'G'],
  ғ: ['ğ', 'Ğ', 'Ğ'],
  д: ['d', 'D', 'D'],
  е: ['e', 'E', 'E'],
  ё: ['io', 'İo', 'İO'],
  ж: ['j', 'J', 'J'],
  з: ['z', 'Z', 'Z'],
  и: ['i', 'İ', 'İ'],
  й: ['i', 'İ', 'İ'],
  к: ['k', 'K', 'K'],
  қ: ['q', 'Q', 'Q'],
  л: ['l', 'L', 'L'],
  м: ['m', 'M', 'M'],
  н: ['n', 'N', 'N'],
  ң: ['ñ', 'Ñ', 'Ñ'],
  о: ['o', 'O', 'O'],
  ө: ['ö', 'Ö', 'Ö'],
  п: ['p', 'P', 'P'],
  р: ['r', 'R', 'R'],
  с: ['s', 'S', 'S'],
  т: ['t', 'T', 'T'],
  у: ['u', 'U', 'U'],
  ұ: ['ū', 'Ū', 'Ū'],
  ү: ['ü', 'Ü', 'Ü'],
  ф: ['f', 'F', 'F'],
  х: ['h', 'H', 'H'],
  һ: ['h', 'H', 'H'],
  ц: ['ts', 'Ts', 'TS'],
  ч: ['ch', 'Ch', 'CH'],
  ш: ['ş', 'Ş', 'Ş'],
  щ: ['şş', 'Şş', 'ŞŞ'],
  ъ: ['', '', ''],
  ы: ['y', 'Y', 'Y'],
  і: ['ı', 'I', 'I'],
  ь: ['', '', ''],
  э: ['e', 'E', 'E'],
  ю: ['iu', 'İu', 'İU'],
  я: ['ia', 'İa', 'İA'],
};

const UPPER_TO_LOWER = new Map<string, string>();
for (const lower of Object.keys(TABLE)) UPPER_TO_LOWER.set(lower.toUpperCase(), lower);

const WORD = /[\p{L}\p{M}]+/gu;

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function wordToLatin(word: string): string {
  let upper = 0;
  let lower = 0;
  for (const ch of word) {
    if (isUpperLetter(ch)) upper++;
    else if (isLowerLetter(ch)) lower++;
  }
  const allCaps = upper >= 2 && lower === 0;
  let out = '';
  for (const ch of word) {
    const row = TABLE[ch];
    if (row) {
      out += row[0];
      continue;
    }
    const low = UPPER_TO_LOWER.get(ch);
    if (low !== undefined) {
      const upperRow = TABLE[low];
      out += upperRow ? (allCaps ? upperRow[2] : upperRow[1]) : ch;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Transliterates Kazakh Cyrillic text to the 2021 Kazakh Latin alphabet. Never throws. */
export function toLatin(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  return text.replace(WORD, wordToLatin);
}
