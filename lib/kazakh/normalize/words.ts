// Word-level repairs that need the analyser: Latin look-alikes, Russian keyboard letters,
// words run together. A word is changed only when it is NOT a known form and the repair
// yields known forms (look-alike letters inside Cyrillic words are always replaced).

import type { Analysis, ChangeReason, Token } from '../types';
import { tokenize } from '../segment/tokenize';
import type { Edit } from './edit-buffer';
import type { FormLexicon } from './lexicon';
import { fixLookalikes, swapCandidates, type SwapCandidate } from './letters';
import { lemmaCount } from '../frequency';
import { isAbbreviationSuffix, splitRunTogether } from './run-together';

const HYPHEN_SPLIT = /([-‐‑])/;
const TERMINATORS = /^[.!?…]+$/;
const OPENERS = new Set(['«', '"', '“', '„', '(', '-', '–', '—', '[']);
const UPPER_START = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /^[\p{L}\p{M}]+$/u;
const DIGITS = /^\d+$/;
const MIN_STEM = 5;
/** Longer tokens are left alone (no real word or run of a few words is this long). */
const MAX_WORD = 120;

function isAllCaps(s: string): boolean {
  return HAS_UPPER.test(s) && !HAS_LOWER.test(s);
}

interface Repair {
  text: string;
  reason: ChangeReason;
}

/** Length of the stem of an analysis: the root plus derivational suffixes (таң+да → 5), or the lemma. */
function stemLengthOf(word: string, a: Analysis | undefined): number {
  if (!a) return 0;
  let len = 0;
  for (const seg of a.segments) {
    if (seg.label !== null && !seg.label.startsWith('DER')) break;
    len += seg.text.length;
  }
  const lemma = a.lemma.toLowerCase();
  if (lemma.length > len && word.toLowerCase().startsWith(lemma)) len = lemma.length;
  return len;
}

/**
 * Evidence a Russian-letter repair needs besides the analyser knowing the result (one of):
 *   - the candidate's lemma occurs MIN_REPAIR_FREQUENCY times in real text (100 when two
 *     letters change): a typo is repaired into a common word, not into a rare one the
 *     misspelt letters happen to spell (каска → *қасқа, көл-көсір → *көл-қосір);
 *   - or it is a nominal derivative (-лық, -лы, -шы, -сыз, -ғы) of a base of 4+ letters
 *     that is that common (шыңайылық → шынайы-лық);
 *   - or its one swap is called for by vowel harmony (к/г beside back vowels, қ/ғ beside
 *     front ones), which a native word never breaks, and the word is visibly Kazakh: it
 *     already has a Kazakh letter (қайшылыктар, ынтымактасуға) or the swap falls in a
 *     Kazakh suffix ending the word (ортаазиялык). Loans do break harmony (каска, карта).
 */
const MIN_REPAIR_FREQUENCY = 3;
const MIN_REPAIR_FREQUENCY_TWO_SWAPS = 100;
const KAZAKH_LETTER = /[әғқңөұүһі]/iu;
const KAZAKH_SUFFIX_END = /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ға|ге|қа|ке)$/u;
const NOMINAL_DERIVATION = new Set(['DER.LYQ', 'DER.LY', 'DER.SHY', 'DER.SYZ', 'DER.GY', 'DER.SHYLYQ']);

function repairEvidence(word: string, c: SwapCandidate, lex: FormLexicon): boolean {
  const f = lex.frequency(c.text);
  if (c.edits > 1) return f >= MIN_REPAIR_FREQUENCY_TWO_SWAPS;
  if (f >= MIN_REPAIR_FREQUENCY) return true;
  const a = lex.best(c.text);
  // names break the rules of native words: only frequency vouches for them (Катар)
  if (!a || a.upos === 'PROPN') return false;
  const der = a?.segments[1];
  if (a && der?.label && NOMINAL_DERIVATION.has(der.label) && a.segments[0]!.text.length >= 4 && lemmaCount(a.segments[0]!.text.toLowerCase()) >= MIN_REPAIR_FREQUENCY) return true;
  if (c.harmonyMotivated === 1) {
    if (KAZAKH_LETTER.test(word)) return true;
    const lemma = (a?.lemma ?? '').toLowerCase();
    const m = KAZAKH_SUFFIX_END.exec(lemma);
    if (m && c.text.toLowerCase().startsWith(lemma) && c.positions[0]! >= m.index) return true;
  }
  return false;
}

/**
 * Russian-letter repair: the unique best known candidate with the fewest swaps. Each swap
 * must be called for by vowel harmony (аймактың: к beside back vowels) or fall inside a
 * stem of 5+ letters of the candidate's analysis (тандап → таңда-п), so a swap never just
 * manufactures a suffix or a short root (алдын → *алд-ы-ң, кешеннің → *кеше-ң-нің,
 * жаңа → *жан-а, мұнай → *мұң-ай); and the candidate's stem has at least 3 letters
 * (орган → *ор-ған).
 */
function repairLetters(word: string, lex: FormLexicon): string | null {
  const len = [...word].length;
  if (len < 4 || len > 24 || !LETTERS.test(word)) return null; // longer: a run of words
  let bestEdits = Infinity;
  let found: { text: string; reverse: number }[] = [];
  for (const c of swapCandidates(word, 2, 300)) {
    if (c.edits > bestEdits) break;
    if (!lex.known(c.text)) continue;
    if (!repairEvidence(word, c, lex)) continue;
    const stemLength = stemLengthOf(c.text, lex.best(c.text));
    if (stemLength < 3) continue; // орган → *ор-ған
    if (c.harmonyMotivated < c.edits) {
      const stem = stemLength >= MIN_STEM ? stemLength : 0;
      const inStem = c.positions.filter((p) => p < stem).length;
      if (inStem + c.harmonyMotivated < c.edits) continue;
    }
    bestEdits = c.edits;
    found.push({ text: c.text, reverse: c.reverse });
  }
  if (found.length === 0) return null;
  const minReverse = Math.min(...found.map((f) => f.reverse));
  found = found.filter((f) => f.reverse === minReverse);
  return found.length === 1 ? found[0]!.text : null;
}

/** Repairs one hyphen-free word. */
function repairSimple(word: string, lex: FormLexicon, sentenceStart: boolean): Repair | null {
  if (!LETTERS.test(word) || lex.known(word)) return null;
  const caps = isAllCaps(word);
  if (caps && [...word].length < 6) return null; // abbreviations
  if (!caps && UPPER_START.test(word) && !sentenceStart) return null; // proper nouns
  const letters = repairLetters(word, lex);
  if (letters) return { text: letters, reason: 'russian-letter' };
  const pieces = splitRunTogether(word, lex, { capitalised: UPPER_START.test(word) });
  if (pieces) return { text: pieces.join(' '), reason: 'run-together' };
  return null;
}

/** Look-alike repair per hyphen-separated part, so a Latin part stays Latin (OK-ға). */
function fixLookalikeParts(word: string): Repair | null {
  if (!HYPHEN_SPLIT.test(word)) return fixLookalikes(word);
  const parts = word.split(HYPHEN_SPLIT);
  let reason: ChangeReason | null = null;
  for (let k = 0; k < parts.length; k += 2) {
    const f = fixLookalikes(parts[k]!);
    if (f) {
      parts[k] = f.text;
      reason ??= f.reason;
    }
  }
  return reason ? { text: parts.join(''), reason } : null;
}

function repairToken(word: string, lex: FormLexicon, sentenceStart: boolean): Repair | null {
  if (word.length > MAX_WORD) return null;
  const look = fixLookalikeParts(word);
  const cur = look?.text ?? word;
  if (lex.known(cur)) return look;
  let repaired: Repair | null = null;
  if (HYPHEN_SPLIT.test(cur)) {
    const parts = cur.split(HYPHEN_SPLIT);
    let reason: ChangeReason | null = null;
    for (let k = 0; k < parts.length; k += 2) {
      const part = parts[k]!;
      if (part === '' || lex.known(part)) continue;
      const prev = k >= 2 ? parts[k - 2]! : null;
      if (k === 0 && (isAllCaps(part) || DIGITS.test(part))) continue;
      if (prev !== null && (isAllCaps(prev) || DIGITS.test(prev))) {
        // КСРО-данинтеграциялық → КСРО-дан интеграциялық
        if (isAbbreviationSuffix(part)) continue;
        const pieces = splitRunTogether(part, lex, { firstMayBeSuffix: true });
        if (pieces) {
          parts[k] = pieces.join(' ');
          reason ??= 'run-together';
        }
        continue;
      }
      const r = repairSimple(part, lex, sentenceStart && k === 0);
      if (r) {
        parts[k] = r.text;
        reason ??= r.reason;
      }
    }
    if (reason) repaired = { text: parts.join(''), reason };
  } else {
    repaired = repairSimple(cur, lex, sentenceStart);
  }
  if (repaired) return look ? { text: repaired.text, reason: look.reason } : repaired;
  return look;
}

function atSentenceStart(text: string, tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.kind === 'punct' && OPENERS.has(tokens[j]!.text)) j--;
  const prev = tokens[j];
  if (!prev) return true;
  if (text.slice(prev.end, tokens[k]!.start).includes('\n')) return true;
  return prev.kind === 'punct' && TERMINATORS.test(prev.text);
}

const REPAIR_CACHE_LIMIT = 50_000;
const repairCaches = new WeakMap<FormLexicon, Map<string, Repair | null>>();

/** Edits for every word of `text` that needs a repair. Repairs are cached per lexicon. */
export function wordEdits(text: string, lex: FormLexicon): Edit[] {
  const edits: Edit[] = [];
  const tokens = tokenize(text);
  let cache = repairCaches.get(lex);
  if (!cache) repairCaches.set(lex, (cache = new Map()));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'abbr') continue;
    if (t.text.endsWith('.')) continue; // abbreviations with a period, initials
    // sentence position matters only for capitalised words
    const start = UPPER_START.test(t.text) ? atSentenceStart(text, tokens, k) : false;
    const key = start ? '\u0001' + t.text : t.text;
    let r = cache.get(key);
    if (r === undefined) {
      r = repairToken(t.text, lex, start);
      if (cache.size >= REPAIR_CACHE_LIMIT) cache.clear();
      cache.set(key, r);
    }
    if (r && r.text !== t.text) edits.push({ start: t.start, end: t.end, after: r.text, reason: r.reason });
  }
  return edits;
}
