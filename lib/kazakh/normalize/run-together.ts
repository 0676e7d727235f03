// Words typed without spaces ("Сондықтаносыаймақтааймақтық" → "Сондықтан осы аймақта
// аймақтық"). A token that is not itself a known form is split into the FEWEST pieces that
// are all known forms (dynamic programming over split points); ties go to the split with
// the longer pieces (largest sum of squared lengths). Precision guards:
//   - pieces are at least 4 letters, or one of a list of common short words (осы, бір, өз…);
//   - a two-piece split must look like two words rather than a compound written together
//     (аймақішілік, шаруашылықаралық stay whole): one of the pieces must be a grammar word
//     that stands alone after a word (керек, емес, еді, үшін…) or a conjunction before
//     one (және, сондықтан…);
//   - a piece does not start with і/ы right after a consonant (субъектілерінің is not
//     *субъект ілер інің: that is how suffixes attach);
//   - pieces average at least 6 letters;
//   - да/де/та/те are never pieces (ішінде is not *ішін де), and words that double as
//     suffixes (мен, ма…) never end a split;
//   - only inside a run of 25+ letters split into 4+ pieces may ONE inner piece of 4–8
//     letters be a word the analyser does not know (a lexicon gap such as жүзеге).

import type { FormLexicon } from './lexicon';

/** Pieces of three letters or fewer must be one of these common words. */
const SHORT_WORDS = new Set([
  'ол', 'не', 'ең', 'әр', 'өз', 'осы', 'сол', 'бұл', 'мен', 'бен', 'пен', 'біз', 'сен', 'сіз',
  'бар', 'жоқ', 'деп', 'еді', 'тек', 'әрі', 'ете', 'ету', 'алу', 'бір', 'екі', 'үш', 'көп', 'аз',
  'мол', 'әлі', 'өте', 'ірі',
]);

/** Suffixes written after an abbreviation or a number with a hyphen (КСРО-дан, АҚШ-тың). */
const CASE_SUFFIXES = [
  'ға', 'ге', 'қа', 'ке', 'а', 'е', 'на', 'не',
  'да', 'де', 'та', 'те', 'нда', 'нде',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ндан', 'нден',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н',
  'мен', 'бен', 'пен', 'менен', 'бенен', 'пенен',
  'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі',
  'ша', 'ше',
];
const PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
const ORDINAL = ['ші', 'шы', 'ыншы', 'інші', 'ншы', 'нші'];
const ABBR_SUFFIX: ReadonlySet<string> = (() => {
  const s = new Set<string>([...CASE_SUFFIXES, ...PLURAL, ...ORDINAL]);
  for (const p of PLURAL) for (const c of CASE_SUFFIXES) s.add(p + c);
  for (const p of PLURAL) for (const c of ['ы', 'і']) s.add(p + c);
  for (const o of ORDINAL) for (const c of CASE_SUFFIXES) s.add(o + c);
  return s;
})();

export function isAbbreviationSuffix(s: string): boolean {
  return ABBR_SUFFIX.has(s.toLowerCase());
}

/** Words that are also suffixes (instrumental -мен, interrogative -ма), never split off the end. */
const NOT_LAST = new Set(['мен', 'бен', 'пен', 'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'не']);

/** Words that often follow another word and that a compound never ends with. */
const FOLLOWERS = new Set([
  'керек', 'емес', 'еді', 'екен', 'бар', 'жоқ', 'үшін', 'сияқты', 'ғана', 'қана', 'арқылы',
  'туралы', 'бойынша', 'кейін', 'дейін', 'болды', 'болады', 'болып', 'болған', 'отыр', 'жатыр',
  'тұр', 'жүр', 'етеді', 'етті', 'және', 'бірақ', 'немесе', 'сондықтан', 'себебі', 'өйткені', 'яғни',
]);
/** Conjunctions that start a phrase; pronouns are left out (бұлармен is not *бұл армен). */
const LEADERS = new Set(['және', 'бірақ', 'немесе', 'сондықтан', 'себебі', 'өйткені', 'яғни', 'алайда', 'сонымен']);

const MAX_PIECE = 28;
const MIN_AVERAGE = 6;
const LONG_RUN = 25;
/** Letters no Kazakh word starts with. */
const NEVER_START = new Set(['ң', 'ь', 'ъ']);
/** ...and for a piece the analyser does not know, also ы (mostly suffixes). */
const NO_START = new Set([...NEVER_START, 'ы']);
const HIGH_VOWEL = new Set(['і', 'ы']);
const VOWEL = new Set(['а', 'ә', 'е', 'ё', 'и', 'о', 'ө', 'у', 'ұ', 'ү', 'ы', 'і', 'э', 'ю', 'я']);

export interface SplitOptions {
  /** The first piece may be a bare suffix (the part after "КСРО-"). */
  firstMayBeSuffix?: boolean;
}

/** Splits a run-together token into known words, or returns null. */
export function splitRunTogether(word: string, lex: FormLexicon, opts: SplitOptions = {}): string[] | null {
  const n = word.length;
  // two or more pieces averaging MIN_AVERAGE letters need 2 × MIN_AVERAGE letters
  if (n < (opts.firstMayBeSuffix ? 4 : 2 * MIN_AVERAGE) || n > 200) return null;
  if (/[^\p{L}\p{M}]/u.test(word)) return null;
  const lower = word.toLowerCase();
  const shapeOk = (j: number, i: number): boolean => {
    const len = i - j;
    if (len < 2 || NEVER_START.has(lower.charAt(j))) return false;
    // і/ы after a consonant is how suffixes attach (субъект-ілер-інің), rarely a new word
    if (j > 0 && HIGH_VOWEL.has(lower.charAt(j)) && !VOWEL.has(lower.charAt(j - 1))) return false;
    if (len <= 3 && !SHORT_WORDS.has(lower.slice(j, i))) return false;
    if (i === n && NOT_LAST.has(lower.slice(j, i))) return false;
    return true;
  };
  const knownPiece = (j: number, i: number): boolean => {
    if (j === 0 && opts.firstMayBeSuffix && ABBR_SUFFIX.has(lower.slice(j, i))) return true;
    return shapeOk(j, i) && lex.known(word.slice(j, i));
  };
  // One piece the analyser does not know is tolerated inside a long run of words
  // ("интеграцияны|жүзеге|асырудағы|…" while жүзеге is missing from the lexicon): only for
  // tokens of 25+ letters, 4+ pieces, the unknown piece 4–8 letters, neither first nor last.
  const allowUnknown = !opts.firstMayBeSuffix && n >= LONG_RUN;
  const unknownPiece = (j: number, i: number): boolean =>
    allowUnknown && j > 0 && i < n && i - j >= 4 && i - j <= 8 && !NO_START.has(lower.charAt(j)) && shapeOk(j, i);

  // cost/score/prev per layer g = number of unknown pieces used so far (0 or 1)
  const layers = [0, 1].map(() => ({
    cost: new Array<number>(n + 1).fill(Infinity),
    score: new Array<number>(n + 1).fill(-Infinity),
    prev: new Array<number>(n + 1).fill(-1),
    prevLayer: new Array<number>(n + 1).fill(0),
  }));
  const L0 = layers[0]!;
  const L1 = layers[1]!;
  L0.cost[0] = 0;
  L0.score[0] = 0;
  // score: sum of squared lengths of the KNOWN pieces (ties go to longer known words)
  const relax = (to: typeof L0, i: number, from: typeof L0, fromLayer: number, j: number, ok: () => boolean, unknown = false) => {
    const cj = from.cost[j]!;
    if (cj === Infinity) return;
    const c = cj + 1;
    const sc = from.score[j]! + (unknown ? 0 : (i - j) * (i - j));
    if (c > to.cost[i]! || (c === to.cost[i]! && sc <= to.score[i]!)) return;
    if (!ok()) return;
    to.cost[i] = c;
    to.score[i] = sc;
    to.prev[i] = j;
    to.prevLayer[i] = fromLayer;
  };
  for (let i = 2; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_PIECE); j <= i - 1; j++) {
      if (j === 0 && i === n) continue; // the whole token is not a known form
      relax(L0, i, L0, 0, j, () => knownPiece(j, i));
      if (allowUnknown) {
        relax(L1, i, L1, 1, j, () => knownPiece(j, i));
        relax(L1, i, L0, 0, j, () => unknownPiece(j, i) && !lex.known(word.slice(j, i)), true);
      }
    }
  }
  let layer = 0;
  if (L0.cost[n] === Infinity) {
    if (!allowUnknown || L1.cost[n] === Infinity || L1.cost[n]! < 4) return null;
    layer = 1;
  }
  const pieces: string[] = [];
  for (let i = n; i > 0; ) {
    const L = layers[layer]!;
    const j = L.prev[i]!;
    pieces.unshift(word.slice(j, i));
    layer = L.prevLayer[i]!;
    i = j;
  }
  if (pieces.length < 2) return null;
  if (!opts.firstMayBeSuffix && n / pieces.length < MIN_AVERAGE) return null;
  if (pieces.length === 2 && !opts.firstMayBeSuffix) {
    const [a, b] = pieces as [string, string];
    if (!FOLLOWERS.has(b.toLowerCase()) && !LEADERS.has(a.toLowerCase())) return null;
  }
  return pieces;
}
