// Words typed without spaces ("Сондықтаносыаймақтааймақтық" → "Сондықтан осы аймақта
// аймақтық"). A token that is not itself a known form is split into the FEWEST pieces that
// are all known forms (dynamic programming over split points); ties go to the split with
// the longer pieces (largest sum of squared lengths). Precision guards:
//   - pieces are at least 4 letters, or one of a list of common short words (осы, мен, да…);
//   - a two-piece split must look like two words rather than a compound written together
//     (аймақішілік, шаруашылықаралық stay whole): one of the pieces must be a grammar word
//     that stands alone after a word (керек, емес, еді, үшін…) or a conjunction before
//     one (және, сондықтан…);
//   - да/де/та/те are never pieces (ішінде is not *ішін де), and words that double as
//     suffixes (мен, ма…) never end a split.

import type { FormLexicon } from './lexicon';

/** Pieces of three letters or fewer must be one of these common words. */
const SHORT_WORDS = new Set([
  'ол', 'не', 'ең', 'әр', 'өз', 'осы', 'сол', 'бұл', 'мен', 'бен', 'пен',
  'біз', 'сен', 'сіз', 'олар', 'бар', 'жоқ', 'деп', 'еді', 'тек', 'әрі', 'ете', 'ету', 'алу',
  'бір', 'екі', 'үш', 'төрт', 'көп', 'аз', 'жаңа', 'мол', 'енді', 'әлі', 'өте', 'ірі', 'ішкі',
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
  'ша', 'ше', 'ша',
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
  'керек', 'емес', 'еді', 'екен', 'бар', 'жоқ', 'үшін', 'сияқты', 'және', 'ғана', 'қана', 'арқылы', 'туралы', 'бойынша', 'кейін', 'дейін',
  'болды', 'болады', 'болып', 'болған', 'отыр', 'жатыр', 'тұр', 'жүр', 'етеді', 'етті',
  'бірақ', 'осы', 'сол', 'бұл', 'және', 'немесе', 'сондықтан', 'себебі', 'өйткені', 'яғни',
]);
/** Conjunctions that start a phrase; pronouns are left out (бұлармен is not *бұл армен). */
const LEADERS = new Set(['және', 'бірақ', 'немесе', 'сондықтан', 'себебі', 'өйткені', 'яғни', 'алайда', 'сонымен']);

const MAX_PIECE = 28;

export interface SplitOptions {
  /** The first piece may be a bare suffix (the part after "КСРО-"). */
  firstMayBeSuffix?: boolean;
}

/** Splits a run-together token into known words, or returns null. */
export function splitRunTogether(word: string, lex: FormLexicon, opts: SplitOptions = {}): string[] | null {
  const n = word.length;
  if (n < (opts.firstMayBeSuffix ? 4 : 6) || n > 200) return null;
  if (/[^\p{L}\p{M}]/u.test(word)) return null;
  const lower = word.toLowerCase();
  const okPiece = (j: number, i: number): boolean => {
    const piece = word.slice(j, i);
    const len = i - j;
    if (j === 0 && opts.firstMayBeSuffix && ABBR_SUFFIX.has(lower.slice(j, i))) return true;
    if (len < 2) return false;
    if (len <= 3 && !SHORT_WORDS.has(lower.slice(j, i))) return false;
    if (i === n && NOT_LAST.has(lower.slice(j, i))) return false;
    return lex.known(piece);
  };
  const cost: number[] = new Array<number>(n + 1).fill(Infinity);
  const score: number[] = new Array<number>(n + 1).fill(-Infinity);
  const prev: number[] = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  score[0] = 0;
  for (let i = 2; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_PIECE); j <= i - 1; j++) {
      const cj = cost[j]!;
      if (cj === Infinity) continue;
      if (j === 0 && i === n) continue; // the whole token is not a known form
      const c = cj + 1;
      const sc = score[j]! + (i - j) * (i - j);
      if (c > cost[i]! || (c === cost[i]! && sc <= score[i]!)) continue;
      if (!okPiece(j, i)) continue;
      cost[i] = c;
      score[i] = sc;
      prev[i] = j;
    }
  }
  if (cost[n] === Infinity || cost[n]! < 2) return null;
  const pieces: string[] = [];
  for (let i = n; i > 0; i = prev[i]!) pieces.unshift(word.slice(prev[i]!, i));
  if (pieces.length === 2 && !opts.firstMayBeSuffix) {
    const [a, b] = pieces as [string, string];
    if (!FOLLOWERS.has(b.toLowerCase()) && !LEADERS.has(a.toLowerCase())) return null;
  }
  return pieces;
}
