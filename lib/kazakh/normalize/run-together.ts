// Words typed without spaces ("Сондықтаносыаймақтааймақтық" → "Сондықтан осы аймақта
// аймақтық"). Only a token the analyser does not know is considered. It is split when a
// segmentation into known words is likelier than the token being one word the lexicon
// lacks, judged by a linear score (a logistic model, weights below) of evidence that
// generalises beyond any list of words:
//   - how often each piece occurs as a word form in real text (KazNERD counts; a form not
//     seen falls back on its lemma's count), how short the pieces and their lemmas are, how
//     many suffixes they carry;
//   - the letters at each boundary: likelier across a word boundary than inside one
//     (аулы|әлі: "ыә" never occurs inside a word), a break of vowel harmony, a piece that
//     starts with і/ы right after a consonant (how suffixes attach: субъект-ілер);
//   - the whole token: its length, and whether it occurs as a word in real text (a real
//     word the lexicon lacks, not a typo).
// The best segmentation is found by dynamic programming over the same score. Inside a run
// of 25+ letters, one piece of 4–8 letters may be a word the analyser does not know.
// The weights were fitted on joined word pairs and unknown words of the KazNERD sentences
// (npm run eval:join reports the held-out figures); see docs/decisions/011.

import { FREQUENCY_CORPUS_TOKENS, insideWordOdds } from '../frequency';
import type { FormLexicon } from './lexicon';

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

// ---------------------------------------------------------------- features
/** Per-piece features (summed over the pieces of a segmentation). */
export const PIECE_FEATURES = ['pieces', 'logFreq', 'len≤2', 'len≤3', 'lemma≤2', 'lemma≤3', 'suffixes'] as const;
/** Per-boundary features (summed over the boundaries). */
export const BOUNDARY_FEATURES = ['insideOdds2', 'insideOdds3L', 'insideOdds3R', 'harmonyBreak', 'highVowelAfterConsonant', 'vowelVowel'] as const;
/** Features of the whole token. */
export const TOKEN_FEATURES = ['bias', 'length', 'seenAsWord'] as const;

// Fitted weights (scripts/fit-join.py on scripts/eval-join.ts --dump features).
const TOKEN_W = [11.2791, 0.1499, -7.0478];
const PIECE_W = [-2.1093, 0.3689, 0.1421, -0.9579, -0.6518, -0.2548, 0.1204];
const BOUNDARY_W = [0.2178, -0.3503, -0.4299, 0.2664, -0.3165, 0.2741];
/** Split when the score exceeds this (log-odds). */
const THRESHOLD = 0;

/**
 * Real words are rarely long: in KazNERD 0.12 % of word tokens have 17+ letters, 0.003 %
 * 21+, none 25+ — about 0.9 nats of evidence against "one word" per letter beyond 17 (the
 * fitted model saw too few such tokens to learn it).
 */
const LONG_WORD = 17;
const PER_EXTRA_LETTER = 0.9;
function lengthPrior(n: number): number {
  return n > LONG_WORD ? PER_EXTRA_LETTER * (n - LONG_WORD) : 0;
}

const MAX_PIECE = 28;
const MAX_PIECES = 8;
const LONG_RUN = 25;
/** A word the lexicon lacks, inside a long run: its piece score (fixed, not fitted). */
const UNKNOWN_PIECE_SCORE = -6;
/** Letters no Kazakh word starts with. */
const NEVER_START = new Set(['ң', 'ь', 'ъ']);
const VOWELS = new Set(['а', 'ә', 'е', 'ё', 'и', 'о', 'ө', 'у', 'ұ', 'ү', 'ы', 'і', 'э', 'ю', 'я']);
const BACK = new Set(['а', 'о', 'ұ', 'ы']);
const FRONT = new Set(['ә', 'е', 'ө', 'ү', 'і', 'э']);
/** A form never seen falls back on its lemma's count, times this. */
const UNSEEN_FORM = 0.05;

function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]! * x[i]!;
  return s;
}

/** Features of one piece, or null when it is not a known word. */
export function pieceFeatures(piece: string, lex: FormLexicon): number[] | null {
  if (!lex.known(piece)) return null;
  const a = lex.best(piece);
  const lemmaLen = a ? a.lemma.length : piece.length;
  let suffixes = 0;
  if (a) for (const s of a.segments) if (s.label !== null && !s.label.startsWith('DER')) suffixes++;
  const n = lex.formCount(piece);
  const logFreq = Math.log(n > 0 ? n / FREQUENCY_CORPUS_TOKENS : ((lex.frequency(piece) + 0.5) / FREQUENCY_CORPUS_TOKENS) * UNSEEN_FORM);
  const len = piece.length;
  return [1, logFreq, len <= 2 ? 1 : 0, len <= 3 ? 1 : 0, lemmaLen <= 2 ? 1 : 0, lemmaLen <= 3 ? 1 : 0, suffixes];
}

function harmonyAt(w: string, from: number, step: 1 | -1): 'back' | 'front' | null {
  for (let i = from; i >= 0 && i < w.length; i += step) {
    const c = w[i]!;
    if (BACK.has(c)) return 'back';
    if (FRONT.has(c)) return 'front';
  }
  return null;
}

/** Features of a boundary before position j of the lower-cased token. */
export function boundaryFeatures(w: string, j: number): number[] {
  const l1 = w.slice(j - 1, j);
  const l2 = w.slice(Math.max(0, j - 2), j);
  const r1 = w.slice(j, j + 1);
  const r2 = w.slice(j, j + 2);
  const hl = harmonyAt(w, j - 1, -1);
  const hr = harmonyAt(w, j, 1);
  return [
    insideWordOdds(l1, r1),
    insideWordOdds(l2, r1),
    insideWordOdds(l1, r2),
    hl && hr && hl !== hr ? 1 : 0,
    (r1 === 'і' || r1 === 'ы') && !VOWELS.has(l1) ? 1 : 0,
    VOWELS.has(l1) && VOWELS.has(r1) && r1 !== 'у' && l1 !== 'у' ? 1 : 0,
  ];
}

export function tokenFeatures(word: string, lex: FormLexicon): number[] {
  return [1, word.length, lex.formCount(word) > 0 ? 1 : 0];
}

/** The feature vector of a segmentation (token ⊕ Σ pieces ⊕ Σ boundaries), for fitting. */
export function segmentationFeatures(word: string, pieces: readonly string[], lex: FormLexicon): number[] | null {
  const lower = word.toLowerCase();
  const sum = new Array<number>(PIECE_FEATURES.length).fill(0);
  const bsum = new Array<number>(BOUNDARY_FEATURES.length).fill(0);
  let at = 0;
  for (const [k, p] of pieces.entries()) {
    const f = p.length >= 2 && !NEVER_START.has(p[0]!.toLowerCase()) ? pieceFeatures(p, lex) : null;
    if (!f) return null;
    f.forEach((v, i) => (sum[i]! += v));
    if (k > 0) boundaryFeatures(lower, at).forEach((v, i) => (bsum[i]! += v));
    at += p.length;
  }
  return [...tokenFeatures(lower, lex), ...sum, ...bsum];
}

/** The fitted weights in the layout of segmentationFeatures, and the threshold. */
export const SPLIT_MODEL = { weights: [...TOKEN_W, ...PIECE_W, ...BOUNDARY_W], threshold: THRESHOLD };

export interface SplitOptions {
  /** The first piece may be a bare suffix (the part after "КСРО-"). */
  firstMayBeSuffix?: boolean;
  /** A capitalised token (at a sentence start): an unknown one is most often a name. */
  capitalised?: boolean;
}

/** Extra evidence a capitalised token needs: unknown capitalised words are mostly names (Нұртөре, Айымгүл). */
const CAPITALISED_MARGIN = 2;

export interface Segmentation {
  pieces: string[];
  score: number;
}

/** The best segmentation of a letters-only token into 2+ known words, with its score. */
export function bestSegmentation(word: string, lex: FormLexicon): Segmentation | null {
  const n = word.length;
  if (n < 3 || n > 200) return null;
  const lower = word.toLowerCase();
  const allowUnknown = n >= LONG_RUN;
  const pieceScore = new Map<number, number | null>();
  const scorePiece = (j: number, i: number): number | null => {
    const key = j * 256 + i;
    if (pieceScore.has(key)) return pieceScore.get(key)!;
    let s: number | null = null;
    if (i - j >= 2 && !NEVER_START.has(lower[j]!)) {
      const f = pieceFeatures(word.slice(j, i), lex);
      s = f ? dot(PIECE_W, f) : null;
    }
    pieceScore.set(key, s);
    return s;
  };
  const boundary: number[] = [0];
  for (let j = 1; j < n; j++) boundary.push(dot(BOUNDARY_W, boundaryFeatures(lower, j)));
  // best[g][i]: best score of word[0, i) cut into known pieces, g = unknown pieces used (0/1)
  const best = [new Array<number>(n + 1).fill(-Infinity), new Array<number>(n + 1).fill(-Infinity)];
  const prev = [new Array<number>(n + 1).fill(-1), new Array<number>(n + 1).fill(-1)];
  const prevLayer = [new Array<number>(n + 1).fill(0), new Array<number>(n + 1).fill(0)];
  const count = [new Array<number>(n + 1).fill(0), new Array<number>(n + 1).fill(0)];
  best[0]![0] = 0;
  for (let i = 2; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_PIECE); j <= i - 2; j++) {
      if (j === 0 && i === n) continue; // the whole token is not a known word
      const b = j > 0 ? boundary[j]! : 0;
      const ps = scorePiece(j, i);
      for (const g of [0, 1]) {
        if (best[g]![j] === -Infinity || count[g]![j]! >= MAX_PIECES) continue;
        if (ps !== null) {
          const s = best[g]![j]! + ps + b;
          if (s > best[g]![i]!) { best[g]![i] = s; prev[g]![i] = j; prevLayer[g]![i] = g; count[g]![i] = count[g]![j]! + 1; }
        }
        // one unknown inner piece of 4–8 letters in a long run (a lexicon gap such as жүзеге)
        if (g === 0 && allowUnknown && j > 0 && i < n && i - j >= 4 && i - j <= 8 && ps === null && !NEVER_START.has(lower[j]!) && lower[j] !== 'ы') {
          const s = best[0]![j]! + UNKNOWN_PIECE_SCORE + b;
          if (s > best[1]![i]!) { best[1]![i] = s; prev[1]![i] = j; prevLayer[1]![i] = 0; count[1]![i] = count[0]![j]! + 1; }
        }
      }
    }
  }
  let layer = best[0]![n]! >= best[1]![n]! ? 0 : 1;
  if (best[layer]![n] === -Infinity) return null;
  if (layer === 1 && count[1]![n]! < 4) {
    if (best[0]![n] === -Infinity) return null;
    layer = 0;
  }
  const pieces: string[] = [];
  const total = best[layer]![n]!;
  for (let i = n; i > 0; ) {
    const j = prev[layer]![i]!;
    pieces.unshift(word.slice(j, i));
    layer = prevLayer[layer]![i]!;
    i = j;
  }
  if (pieces.length < 2) return null;
  return { pieces, score: total + dot(TOKEN_W, tokenFeatures(lower, lex)) + lengthPrior(n) };
}

/** Splits a run-together token into known words, or returns null. */
export function splitRunTogether(word: string, lex: FormLexicon, opts: SplitOptions = {}): string[] | null {
  if (/[^\p{L}\p{M}]/u.test(word)) return null;
  if (opts.firstMayBeSuffix) {
    // "КСРО-данинтеграциялық": a case suffix, then a known word (or a run of them)
    const lower = word.toLowerCase();
    for (let k = Math.min(8, word.length - 2); k >= 1; k--) {
      if (!ABBR_SUFFIX.has(lower.slice(0, k))) continue;
      const rest = word.slice(k);
      if (lex.known(rest)) return [word.slice(0, k), rest];
      const more = splitRunTogether(rest, lex);
      if (more) return [word.slice(0, k), ...more];
    }
    return null;
  }
  const seg = bestSegmentation(word, lex);
  return seg && seg.score > THRESHOLD + (opts.capitalised ? CAPITALISED_MARGIN : 0) ? seg.pieces : null;
}
