// The word analyser: splits a lower-cased word into stem + suffix chain using the ending
// table, checks the stem against the lexicon (with stem alternations, voice and
// derivation), and ranks the readings. Unknown stems get guessed readings.

import type { Upos } from '../types';
import type { LexEntry } from '../lexicon';
import { lookup as lookupLemma, lookupDepth, setLookupWord } from './lookup';
import { BARE_NOUN, BARE_VERB, type Chain } from './chains';
import { irregularForms, PRON_FEATS } from './closed';
import { deriveNominal, deriveVerb } from './derivation';
import { BACK_FRONT, classOfChar, DEVOICING, isVowel, isVowelCode, lastClass, stemHarmony, type Harmony } from './phonology';
import { contextIndex, endingStarts, endingTable, entriesFor, maxEndingLength, wordEndings } from './table';
import { headwordOf } from './headword';
import { CODE_I, CODE_I_FRONT, CODE_L, CODE_N, CODE_R, CODE_S, CODE_T, CODE_U, CODE_Y, CODE_YA, CODE_YU, CODE_Z } from './char-codes';

export interface Seg {
  text: string;
  label: string | null;
  /** the morpheme before a spelling merge with its neighbour (қо|ю ← қой + у) */
  base?: string;
}

/** A reading of a lower-cased word (before restoring the input's letter case). */
export interface Reading {
  lemma: string;
  upos: Upos;
  feats: Record<string, string>;
  segs: Seg[];
  guess: boolean;
  score: number;
  /** chain kind ('N', 'PTCP.PST', 'CVB.PERF', … or 'LEX' for an uninflected function word) */
  kind: string;
  /** number of suffix morphemes */
  nsuf: number;
}

const NOMINAL_UPOS: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'DET', 'ADV']);
const INFLECTING: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/** Inherent features for an uninflected reading of a lexicon entry. */
export function bareFeats(e: LexEntry): Record<string, string> {
  const key = e.lemma.toLowerCase();
  switch (e.upos) {
    case 'NOUN':
      return { Case: 'Nom' };
    case 'PROPN': {
      const g = nameGender(e);
      return g ? { Case: 'Nom', Gender: g } : { Case: 'Nom' };
    }
    case 'PRON':
      return { Case: 'Nom', ...(PRON_FEATS[key] ?? {}) };
    case 'DET': {
      if (key === 'ол') return { PronType: 'Dem' };
      const pf = PRON_FEATS[key];
      if (!pf?.PronType) return {};
      return pf.Reflex ? { PronType: pf.PronType, Reflex: pf.Reflex } : { PronType: pf.PronType };
    }
    case 'NUM':
      return { NumType: numType(key) };
    case 'ADV': {
      const pt = PRON_FEATS[key]?.PronType;
      return pt === 'Int' ? { PronType: 'Int' } : {};
    }
    default:
      return {};
  }
}

/** The stem's pieces followed by the chain's (empty morphemes left out), in one new array. */
function joinSegs(stem: readonly Seg[], parts: string[], chain: Chain): Seg[] {
  const segs = stem.slice();
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!;
    if (t) segs.push({ text: t, label: chain.morphs[i]?.label ?? null });
  }
  return segs;
}

function chainSegs(parts: string[], chain: Chain): Seg[] {
  const segs: Seg[] = [];
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!;
    if (t) segs.push({ text: t, label: chain.morphs[i]?.label ?? null });
  }
  return segs;
}

// ---------------------------------------------------------------- verb stems

interface VerbStem {
  lemma: string;
  upos: Upos;
  feats: Record<string, string>;
  segs: Seg[];
  pen: number;
  /** a lexicon verb flagged lexicalised (not to be read as a voice form of a shorter verb) */
  own?: boolean;
}

const PASSIVE: readonly { sfx: string; afterVowel: boolean; voice: string }[] = [
  { sfx: 'ыл', afterVowel: false, voice: 'Pass' },
  { sfx: 'іл', afterVowel: false, voice: 'Pass' },
  { sfx: 'л', afterVowel: true, voice: 'Pass' },
  { sfx: 'ын', afterVowel: false, voice: 'Pass' },
  { sfx: 'ін', afterVowel: false, voice: 'Pass' },
  { sfx: 'н', afterVowel: true, voice: 'Pass' },
  // a double passive (жаса-л-ын-ған), common in official writing
  { sfx: 'лын', afterVowel: true, voice: 'Pass' },
  { sfx: 'лін', afterVowel: true, voice: 'Pass' },
  { sfx: 'ыс', afterVowel: false, voice: 'Rcp' },
  { sfx: 'іс', afterVowel: false, voice: 'Rcp' },
  { sfx: 'с', afterVowel: true, voice: 'Rcp' },
];

const CAUSATIVE: readonly string[] = ['дыр', 'дір', 'тыр', 'тір', 'ғыз', 'гіз', 'қыз', 'кіз', 'т', 'ыр', 'ір', 'ыз', 'із', 'ар', 'ер', 'қар', 'кер', 'ғар', 'гер'];

/** Lexicon verbs of a stem that take suffixes (a defective verb has only its listed forms). */
function lexVerbs(stem: string): LexEntry[] {
  const out: LexEntry[] = [];
  for (const e of lookupLemma(stem)) if ((e.upos === 'VERB' || e.upos === 'AUX') && !e.flags.includes('defective')) out.push(e);
  return out;
}

/** The lexicon verbs of lemma s, read as the surface stem (s itself or a spelling variant). */
function addStemVerbs(out: VerbStem[], stem: string, s: string, pen: number, dropped: boolean): void {
  for (const e of lookupLemma(s)) {
    if ((e.upos !== 'VERB' && e.upos !== 'AUX') || e.flags.includes('defective')) continue;
    if (dropped && !e.flags.includes('vowel-drop')) continue;
    out.push({ lemma: e.lemma, upos: 'VERB', feats: {}, segs: [{ text: stem, label: null }], pen: pen + e.rank * 0.3, own: e.flags.includes('lexicalised') });
  }
}

/** Verb lemmas for a (surface) verb stem that may carry voice suffixes. */
function verbStems(stem: string, beforeVowel: boolean): VerbStem[] {
  const out: VerbStem[] = [];
  // every verb analysis rests on a lexicon key at most ~7 letters shorter than the stem
  if (lookupDepth() < stem.length - 8) return out;
  addStemVerbs(out, stem, stem, 0, false);
  const last = stem[stem.length - 1] ?? '';
  if (beforeVowel && DEVOICING[last]) addStemVerbs(out, stem, stem.slice(0, -1) + DEVOICING[last], 0.1, false);
  // тап → тауып, жап → жауып: stem-final п becomes у before a vowel
  if (beforeVowel && last === 'у' && stem.length >= 3) addStemVerbs(out, stem, stem.slice(0, -1) + 'п', 0.3, false);
  // a verb flagged vowel-drop loses its last ы/і before a vowel: қорқ-ады ← қорық
  if (beforeVowel && stem.length >= 3 && !isVowel(last) && !isVowel(stem[stem.length - 2]!)) {
    const h = stemHarmony(stem)[0];
    addStemVerbs(out, stem, stem.slice(0, -1) + (h === 'back' ? 'ы' : 'і') + (DEVOICING[last] ?? last), 0.3, true);
  }
  // voice: passive / reflexive / reciprocal folded into the lemma
  const lastCode = stem.charCodeAt(stem.length - 1);
  // voice suffixes end in л, н or с
  if (lastCode === CODE_L || lastCode === CODE_N || lastCode === CODE_S) for (const p of PASSIVE) {
    if (stem.length < p.sfx.length + 2 || !stem.endsWith(p.sfx)) continue;
    const base = stem.slice(0, stem.length - p.sfx.length);
    const bl = base[base.length - 1] ?? '';
    // у and и are glides: қу-ыл, жу-ыл, қи-ыл, жи-ыл take the passive of a consonant
    if ((isVowel(bl) && bl !== 'у' && bl !== 'и') !== p.afterVowel) continue;
    // -ын/-ін is the passive only after л-final stems (алын → ал); elsewhere it is the
    // reflexive, which UD-KTB keeps in the lemma (жасырын, киін)
    if ((p.sfx === 'ын' || p.sfx === 'ін') && bl !== 'л') continue;
    const bases: [string, number][] = [[base, 0]];
    if (DEVOICING[bl] && !p.afterVowel) bases.push([base.slice(0, -1) + DEVOICING[bl], 0.1]);
    // оқы+л: after a vowel the base may also end in ы/і (оқыл = оқы + л handled by afterVowel)
    for (const [b, pen] of bases) {
      for (const e of lexVerbs(b)) {
        out.push({ lemma: e.lemma, upos: 'VERB', feats: { Voice: p.voice }, segs: [{ text: base, label: null }, { text: p.sfx, label: p.voice === 'Pass' ? 'PASS' : 'RCP' }], pen: 0.4 + pen + e.rank * 0.3 });
      }
      if (b === base) {
        for (const c of causativeStems(b)) {
          out.push({ lemma: c.lemma, upos: 'VERB', feats: { Voice: p.voice }, segs: [...c.segs, { text: p.sfx, label: p.voice === 'Pass' ? 'PASS' : 'RCP' }], pen: 0.8 + pen });
        }
      }
      for (const d of deriveVerb(b)) {
        out.push({ lemma: d.lemma, upos: 'VERB', feats: { Voice: p.voice }, segs: [{ text: d.baseText, label: null }, { text: d.suffix, label: d.label }, { text: p.sfx, label: p.voice === 'Pass' ? 'PASS' : 'RCP' }], pen: 1.2 + pen });
      }
    }
  }
  // UD-KTB folds the passive into the base verb even for lexicalised forms (табыл → тап,
  // қосыл → қос): when a passive analysis exists, demote the whole-stem entry. A verb flagged
  // lexicalised is a verb of its own (қатынас "take part" ≠ қатына+с), and so is every
  // reciprocal verb the lexicon lists (аралас "mix, take part" ≠ арала "go round", таныс
  // "get acquainted" ≠ таны "recognise"): a dictionary's headword, which UD-KTB folds but a
  // learner looks up. Then the voice readings are demoted instead.
  let voiced = false;
  let passive = false;
  let whole = false;
  let own = false;
  for (const v of out) {
    if (v.feats.Voice) {
      voiced = true;
      if (v.feats.Voice === 'Pass') passive = true;
    } else whole = true;
    if (v.own) own = true;
  }
  if (voiced) {
    if (whole && !passive) own = true;
    for (const v of out) {
      if (own ? v.feats.Voice : !v.feats.Voice) v.pen += 0.6;
      // the verb of its own is still reciprocal in form (UD: Voice=Rcp): таныс-ты
      else if (own && !passive && !v.feats.Voice) v.feats = { Voice: 'Rcp' };
    }
  }
  if (out.length === 0) {
    for (const c of causativeStems(stem)) out.push({ ...c, pen: c.pen });
    for (const d of deriveVerb(stem)) {
      out.push({ lemma: d.lemma, upos: 'VERB', feats: {}, segs: [{ text: d.baseText, label: null }, { text: d.suffix, label: d.label }], pen: 1.0 });
    }
  }
  return out;
}

/** A causative verb (kept as the lemma) whose base verb is known. */
function causativeStems(stem: string): VerbStem[] {
  const out: VerbStem[] = [];
  // causative suffixes end in р, з or т
  const lastCode = stem.charCodeAt(stem.length - 1);
  if (lastCode !== CODE_R && lastCode !== CODE_Z && lastCode !== CODE_T) return out;
  for (const c of CAUSATIVE) {
    if (stem.length < c.length + 2 || !stem.endsWith(c)) continue;
    const base = stem.slice(0, stem.length - c.length);
    const bl = base[base.length - 1] ?? '';
    // -т after a vowel; after the й of a derived verb too (мол-ай-т, көб-ей-т)
    const afterGlide = c === 'т' && bl === 'й';
    if (c === 'т' && !isVowel(bl) && !afterGlide) continue;
    if (c.length === 2 && isVowel(bl)) continue;
    if (!afterGlide && lexVerbs(base).length > 0) {
      out.push({ lemma: stem, upos: 'VERB', feats: {}, segs: [{ text: base, label: null }, { text: c, label: 'CAUS' }], pen: 0.6 });
    } else causativeOfDerived(stem, base, c, out);
  }
  return out;
}

/** Voice suffixes a causative may follow: жоспарла-н-дыр, тазала-н-дыр, таны-с-тыр, ашу-лан-дыр. */
const VOICE_BEFORE_CAUS: readonly { sfx: string; afterVowel: boolean; label: string }[] = [
  { sfx: 'н', afterVowel: true, label: 'PASS' },
  { sfx: 'л', afterVowel: true, label: 'PASS' },
  { sfx: 'с', afterVowel: true, label: 'RCP' },
];

/**
 * A causative on a verb the lexicon does not list but the rules build: a verb derived from a
 * known noun or adjective (мол-ай-т, жақын-дас-тыр) or a voice form of a known or derived verb
 * (жоспарла-н-дыр, су-ла-н-дыр, ұрық-та-н-дыр). UD-KTB keeps the causative in the lemma, so the
 * lemma is the whole causative stem (суландыр).
 */
function causativeOfDerived(stem: string, base: string, c: string, out: VerbStem[]): void {
  // only the productive causatives: -дыр/-тыр, and -т after a vowel or й
  if (c !== 'т' && c.length !== 3) return;
  if (c.length === 3 && c.charCodeAt(1) !== CODE_Y && c.charCodeAt(1) !== CODE_I_FRONT) return;
  for (const d of deriveVerb(base)) {
    // -т only on the verbs of state -ай/-сыра (мол-ай-т, сан-сыра-т); on -ла it would read
    // nouns as verbs (міндет-ті is not мін-де-т-ті)
    if ((c === 'т' && d.label !== 'DER.AY' && d.label !== 'DER.SYRA')) continue;
    out.push({ lemma: stem, upos: 'VERB', feats: {}, segs: [{ text: d.baseText, label: null }, { text: d.suffix, label: d.label }, { text: c, label: 'CAUS' }], pen: 1.1 });
  }
  const bl = base.charCodeAt(base.length - 1);
  // after a voice suffix only -дыр/-тыр (жоспарла-н-дыр, таны-с-тыр)
  if (c === 'т' || (bl !== CODE_N && bl !== CODE_L && bl !== CODE_S)) return;
  for (const v of VOICE_BEFORE_CAUS) {
    if (!base.endsWith(v.sfx) || base.length < v.sfx.length + 2) continue;
    const inner = base.slice(0, base.length - v.sfx.length);
    if (!isVowel(inner[inner.length - 1] ?? '') !== !v.afterVowel) continue;
    if (lexVerbs(inner).length > 0) {
      out.push({ lemma: stem, upos: 'VERB', feats: {}, segs: [{ text: inner, label: null }, { text: v.sfx, label: v.label }, { text: c, label: 'CAUS' }], pen: 0.9 });
      continue;
    }
    for (const d of deriveVerb(inner)) {
      out.push({ lemma: stem, upos: 'VERB', feats: {}, segs: [{ text: d.baseText, label: null }, { text: d.suffix, label: d.label }, { text: v.sfx, label: v.label }, { text: c, label: 'CAUS' }], pen: 1.3 });
    }
  }
}

// ---------------------------------------------------------------- nominal stems

interface NomStem {
  entry: LexEntry;
  lemma: string;
  upos: Upos;
  segs: Seg[];
  pen: number;
  derived: boolean;
}

/** Lexicalised first parts of compounds written as one word (телеарна, әуекомпания, автокөлік). */
const COMPOUND_PREFIXES: readonly string[] = [
  'теле', 'радио', 'авто', 'әуе', 'микро', 'макро', 'мини', 'мега', 'электро', 'электр', 'гидро', 'агро', 'био',
  'эко', 'фото', 'кино', 'бейне', 'вело', 'мото', 'супер', 'контр', 'вице', 'экс', 'анти', 'ультра', 'нано', 'су',
];
const MIN_COMPOUND_REST = 3;
const COMPOUND_FIRST_LETTERS: ReadonlySet<number> = new Set(COMPOUND_PREFIXES.map((p) => p.charCodeAt(0)));

/**
 * Nominal stems for the surface stem of a word. tNext: the suffix starts with т, which
 * swallows a stem-final т in writing (журналист+тер → журналистер, пункт+тері → пунктері).
 */
function nominalStems(stem: string, beforeVowel: boolean, h: Harmony | null, tNext = false): NomStem[] {
  const out: NomStem[] = [];
  // every nominal analysis rests on a lexicon key at most ~10 letters shorter than the stem
  if (lookupDepth() < stem.length - 11) return out;
  addNominal(out, stem, stem, 0);
  const last = stem[stem.length - 1] ?? '';
  if (tNext && stem.length >= 4 && (last === 'с' || last === 'к' || last === 'н')) addNominal(out, stem, stem + 'т', 0.2);
  // loans: процесс → процес-ке, класс → клас-ы (double consonant simplified before a suffix)
  if (stem.length >= 4 && !isVowel(last)) addNominal(out, stem, stem + last, 0.3);
  // loans in -ь: фестиваль → фестивал-ы, автомобиль → автомобил-дер
  if (stem.length >= 3 && !isVowel(last)) addNominal(out, stem, stem + 'ь', 0.2);
  // loans ending in a cluster take an epenthetic ы/і: факт → факті-лер, субъект → субъекті-нің
  if (stem.length >= 5 && (last === 'ы' || last === 'і') && !isVowel(stem[stem.length - 2]!) && !isVowel(stem[stem.length - 3]!)) addNominal(out, stem, stem.slice(0, -1), 0.3);
  if (beforeVowel && DEVOICING[last]) addNominal(out, stem, stem.slice(0, -1) + DEVOICING[last], 0.1);
  // vowel drop before a vowel-initial suffix: ауз-ы ← ауыз, халқ-ы ← халық, орн-ы ← орын
  if (beforeVowel && h && stem.length >= 3) {
    const a = stem[stem.length - 2]!;
    if ((!isVowel(a) || a === 'у' || a === 'и') && !isVowel(last)) {
      const ins = stem.slice(0, -1) + (h === 'back' ? 'ы' : 'і') + (DEVOICING[last] ?? last);
      for (const e of lookupLemma(ins)) {
        if (NOMINAL_UPOS.has(e.upos)) out.push({ entry: e, lemma: e.lemma, upos: e.upos, segs: [{ text: stem, label: null }], pen: 0.4, derived: false });
      }
    }
  }
  {
    // derived stems (known base + derivational suffix) – also when the stem is known
    // otherwise, since the base+inflection reading may be the wrong one (бала+сыз)
    const known = out.length > 0;
    for (const d of deriveNominal(stem)) {
      if (known && hasLemma(out, d.lemma)) continue;
      out.push({
        entry: d.base, lemma: d.lemma, upos: d.upos,
        segs: [{ text: d.baseText, label: null }, { text: d.suffix, label: d.label }], pen: known ? 1.2 : 0.8, derived: true,
      });
    }
    // a derived stem voiced before a vowel: тиімділіг-і ← тиімді+лік, жиынтығ-ы ← жиын+тық
    if (beforeVowel && DEVOICING[last] && stem.length >= 5) {
      const devoiced = stem.slice(0, -1) + DEVOICING[last];
      for (const d of deriveNominal(devoiced)) {
        if (hasLemma(out, d.lemma)) continue;
        out.push({
          entry: d.base, lemma: d.lemma, upos: d.upos,
          segs: [{ text: d.baseText, label: null }, { text: d.suffix.slice(0, -1) + last, label: d.label }], pen: (known ? 1.2 : 0.8) + 0.1, derived: true,
        });
      }
    }
  }
  if (out.length === 0) for (const c of compoundStems(stem, beforeVowel, h)) out.push(c);
  return out;
}

function hasLemma(list: readonly NomStem[], lemma: string): boolean {
  for (const o of list) if (o.lemma === lemma) return true;
  return false;
}

/** Nominal lexicon entries of key s, read on the surface stem. */
function addNominal(out: NomStem[], stem: string, s: string, pen: number): void {
  const list = lookupLemma(s);
  if (list.length === 0) return;
  for (const e of list) {
    if (!NOMINAL_UPOS.has(e.upos)) continue;
    // an adverb's listed allomorph is a particle (те, та =да): it takes no endings (тамыз ≠ та+мыз)
    if (e.upos === 'ADV' && e.lemma !== s) continue;
    out.push({ entry: e, lemma: e.lemma, upos: e.upos, segs: [{ text: stem, label: null }], pen: pen + e.rank * 0.3, derived: false });
  }
}

/** A compound written as one word: a listed first part + a known nominal (теле+арна, теле+радио+кешен). */
function compoundStems(stem: string, beforeVowel: boolean, h: Harmony | null, depth = 0): NomStem[] {
  const out: NomStem[] = [];
  if (!COMPOUND_FIRST_LETTERS.has(stem.charCodeAt(0))) return out;
  for (const p of COMPOUND_PREFIXES) {
    if (stem.length - p.length < MIN_COMPOUND_REST + (p === 'су' ? 1 : 0) || !stem.startsWith(p)) continue;
    const rest = stem.slice(p.length);
    let found = false;
    for (const ns of nominalStems(rest, beforeVowel, h)) {
      if (ns.derived || (ns.upos !== 'NOUN' && ns.upos !== 'ADJ')) continue;
      found = true;
      out.push({ entry: ns.entry, lemma: p + ns.lemma, upos: ns.upos, segs: [{ text: stem, label: null }], pen: ns.pen + 0.8, derived: true });
    }
    if (!found && depth === 0) {
      for (const ns of compoundStems(rest, beforeVowel, h, 1)) out.push({ ...ns, lemma: p + ns.lemma, segs: [{ text: stem, label: null }] });
    }
  }
  return out;
}

// ---------------------------------------------------------------- main analysis

const KNOWN_BASE = 10;
const GUESS_BASE = 0;

/** true when a lexicon entry of the stem is flagged front (хал → халі, халге). */
function takesFront(list: readonly LexEntry[]): boolean {
  for (const e of list) if (e.flags.length > 0 && e.flags.includes('front')) return true;
  return false;
}

const PLURAL_STEM = /(?:лар|лер|дар|дер|тар|тер)$/u;

/**
 * A pronoun's inherent features by its stem form: a plural listed under its singular (бұлар
 * =бұл, осылар =осы, солар =сол) keeps Number=Plur (бұлармен, соларды).
 */
function pronFeats(stem: string, lemma: string): Record<string, string> {
  const own = PRON_FEATS[stem];
  if (own) return own;
  const base = PRON_FEATS[lemma] ?? {};
  return stem !== lemma && PLURAL_STEM.test(stem) ? { Number: 'Plur', ...base } : base;
}

/** Collective numerals in -еу/-ау (екеу, үшеу, алтау "the two, three, six of them") are NumType=Coll. */
function numType(lemma: string): string {
  return lemma.endsWith('еу') || lemma.endsWith('ау') ? 'Coll' : 'Card';
}

/** Gender=Masc|Fem of a personal name flagged masc or fem in the lexicon (person-names.txt). */
function nameGender(e: LexEntry): string | null {
  const f = e.flags;
  if (f.length === 0) return null;
  return f.includes('masc') ? 'Masc' : f.includes('fem') ? 'Fem' : null;
}

function nominalReading(ns: NomStem, chain: Chain, parts: string[], score: number): Reading | null {
  const upos = ns.upos;
  if (chain.morphs.length > 0 && !INFLECTING.has(upos) && upos !== 'DET' && upos !== 'ADV' && !(upos === 'ADP' && chain.kind === 'N.GY')) return null;
  if (chain.kind === 'N.ORD') {
    if (upos !== 'NUM') return null;
    return { lemma: ns.lemma, upos, feats: chain.feats, segs: joinSegs(ns.segs, parts, chain), guess: false, score: score - chain.penalty - ns.pen, kind: chain.kind, nsuf: chain.morphs.length };
  }
  if (chain.kind === 'N.GY' && (upos === 'ADV' || upos === 'NOUN' || upos === 'ADP')) {
    return { lemma: ns.lemma, upos: upos === 'ADP' ? 'ADV' : upos, feats: { Case: 'Nom' }, segs: joinSegs(ns.segs, parts, chain), guess: false, score: score - chain.penalty - ns.pen, kind: chain.kind, nsuf: chain.morphs.length };
  }
  if (chain.kind === 'N.GY') return null;
  if (chain.kind === 'N.COMP') {
    if (upos !== 'ADJ' && upos !== 'ADV') return null;
    // the comparative degree (кішірек, анығырақ: UD-KTB Degree=Cmp)
    return { lemma: ns.lemma, upos, feats: chain.feats, segs: joinSegs(ns.segs, parts, chain), guess: false, score: score - chain.penalty - ns.pen, kind: chain.kind, nsuf: chain.morphs.length };
  }
  let feats: Record<string, string>;
  let u: Upos = upos;
  let pen = 0;
  // a chain's features are frozen and shared by its readings (analyses are never mutated)
  if (upos === 'NOUN') feats = chain.feats;
  else if (upos === 'PROPN') {
    // a personal name's gender (UD-KTB: Бекболат Gender=Masc, Айгүл Gender=Fem)
    const g = nameGender(ns.entry);
    feats = g ? { ...chain.feats, Gender: g } : chain.feats;
  } else if (upos === 'PRON' || upos === 'DET') {
    u = chain.morphs.length > 0 ? 'PRON' : upos;
    let stemText = '';
    for (const x of ns.segs) stemText += x.text;
    feats = { ...chain.feats, ...pronFeats(stemText.toLowerCase(), ns.lemma.toLowerCase()) };
    // өз-дер-і "themselves": the plural is the possessors' (UD-KTB Number[psor]=Plur), not a
    // plural of the pronoun
    if (feats.Reflex === 'Yes' && feats.Number === 'Plur' && feats['Person[psor]'] !== undefined) {
      feats = { ...feats, 'Number[psor]': 'Plur' };
      delete feats.Number;
    }
    if (upos === 'DET' && chain.morphs.length > 0) pen += 0.5;
    if (u === 'DET') feats = bareFeats(ns.entry);
  } else if (upos === 'NUM') {
    feats = { ...chain.feats, NumType: numType(ns.lemma) };
    if (chain.morphs.length === 0) delete feats.Case;
  } else {
    // adjectives and adverbs: bare = no features; inflected = substantivised
    feats = chain.morphs.length > 0 ? { ...chain.feats } : bareFeats({ ...ns.entry, lemma: ns.lemma, upos: ns.upos });
    if (chain.morphs.length > 0) pen += upos === 'ADV' ? 1.2 : 0.6;
  }
  if (chain.kind === 'N.COP' || chain.kind === 'N.SIM' || chain.kind === 'N.EQU') {
    if (upos === 'ADJ' || upos === 'ADV') feats = {};
  }
  return {
    lemma: ns.lemma, upos: u, feats, segs: joinSegs(ns.segs, parts, chain), guess: false,
    score: score - chain.penalty - ns.pen - pen, kind: chain.kind, nsuf: chain.morphs.length,
  };
}

function verbReading(vs: VerbStem, chain: Chain, parts: string[], score: number, stemSegs?: Seg[]): Reading {
  if (chain.kind === 'VN' && chain.plural) {
    // plural verbal nouns are lexicalised nouns (сұраулары → сұрау)
    const feats: Record<string, string> = { ...chain.feats };
    delete feats.VerbForm;
    delete feats.Polarity;
    return {
      lemma: headwordOf(vs.lemma, 'VERB'), upos: 'NOUN', feats, segs: joinSegs(stemSegs ?? vs.segs, parts, chain), guess: false,
      score: score - chain.penalty - vs.pen, kind: 'N', nsuf: chain.morphs.length,
    };
  }
  const feats: Record<string, string> = vs.feats.Voice === undefined ? chain.feats : { ...chain.feats, ...vs.feats };
  return {
    lemma: vs.lemma, upos: vs.upos, feats, segs: joinSegs(stemSegs ?? vs.segs, parts, chain), guess: false,
    score: score - chain.penalty - vs.pen, kind: chain.kind, nsuf: chain.morphs.length,
  };
}

function hasVowel(s: string): boolean {
  for (const ch of s) if (isVowel(ch)) return true;
  return false;
}

/**
 * A lexicon word that already ends in a possessive (flag "possessed": отбасы, бәрі) declines
 * as a possessed noun: отбасы-нан, бәрі-н. merged = the surface stem + its POSS.3 suffix.
 */
function possessedReadings(merged: string, chain: Chain, parts: string[], out: Reading[]): void {
  for (const le of lookupLemma(merged)) {
    if (!le.flags.includes('possessed')) continue;
    const ns: NomStem = { entry: le, lemma: le.lemma, upos: le.upos, segs: [{ text: merged, label: null }], pen: le.rank * 0.3, derived: false };
    const r = nominalReading(ns, chain, parts, KNOWN_BASE);
    if (!r) continue;
    // the possessive is part of the lemma: drop its segment
    r.segs = [r.segs[0]!, ...r.segs.slice(2)];
    r.nsuf -= 1;
    out.push(r);
  }
}

/** All readings of a lower-cased word made only of letters (and maybe inner hyphens). */
export function analyzeLowerWord(w: string): Reading[] {
  const out: Reading[] = [];
  const irr = irregularForms().get(w);
  if (irr) {
    for (const f of irr) out.push({ lemma: f.lemma, upos: f.upos, feats: { ...f.feats }, segs: f.segs.map((s) => ({ ...s })), guess: false, score: KNOWN_BASE + 0.5, kind: 'IRR', nsuf: f.segs.length - 1 });
  }
  // bare readings
  for (const e of lookupLemma(w)) {
    if (e.upos === 'VERB' || e.upos === 'AUX') {
      out.push(verbReading({ lemma: e.lemma, upos: 'VERB', feats: {}, segs: [{ text: w, label: null }], pen: e.rank * 0.3 }, BARE_VERB, [], KNOWN_BASE));
    } else {
      // a pronoun with a lexicalised possessive (бәрі) is possessed bare too, as бәр-і-н is
      const feats = e.upos !== 'PRON' ? bareFeats(e)
        : e.flags.includes('possessed') ? { Case: 'Nom', 'Number[psor]': 'Plur,Sing', 'Person[psor]': '3', ...pronFeats(w, e.lemma.toLowerCase()) }
        : { Case: 'Nom', ...pronFeats(w, e.lemma.toLowerCase()) };
      out.push({ lemma: e.lemma, upos: e.upos, feats, segs: [{ text: w, label: null }], guess: false, score: KNOWN_BASE - e.rank * 0.3, kind: INFLECTING.has(e.upos) ? 'N' : 'LEX', nsuf: 0 });
    }
  }
  const table = endingTable();
  const L = w.length;
  const start = Math.max(1, L - maxEndingLength());
  const { starts, slotsAt } = wordEndings(w, start);
  // positions to visit: every ending start, plus i after an и (оқи-ды), before я/ю (қоя-ды)
  // and the end (дами); both lists are ascending, merge them without a Set
  const order: number[] = [];
  let si = 0;
  for (let i = start; i <= L; i++) {
    const cPrev = w.charCodeAt(i - 1);
    const cHere = i < L ? w.charCodeAt(i) : 0;
    const special = cPrev === CODE_I || cHere === CODE_YA || cHere === CODE_YU;
    const isStart = si < starts.length && starts[si] === i;
    if (isStart) si++;
    if (special || isStart) order.push(i);
  }
  const depth = lookupDepth();
  for (const i of order) {
    // every stem analysis needs a lexicon key within ~11 letters of the split (voice,
    // causative and derivational suffixes are short): skip hopeless splits
    if (i > depth + 11) break;
    const ending = w.slice(i);
    const slots = i < L ? slotsAt[i] : undefined;
    const stem = w.slice(0, i);
    if (slots) {
      const cls = lastClass(stem);
      const beforeVowel = isVowelCode(ending.charCodeAt(0));
      let nomCache: NomStem[] | null = null;
      let verbCache: VerbStem[] | null = null;
      let hs = stemHarmony(stem);
      // a loan in -ь drops it before a suffix and stays front: фестивал-і ← фестиваль
      if (hs.length === 1 && hs[0] === 'back' && !isVowelCode(stem.charCodeAt(stem.length - 1)) && lookupLemma(stem + 'ь').length > 0) hs = BACK_FRONT;
      // a stem flagged front takes front suffixes despite its back vowels: хал-і, хал-ге
      if (hs.length === 1 && hs[0] === 'back' && i <= depth && takesFront(lookupLemma(stem))) hs = BACK_FRONT;
      // a dropped front vowel after у: қауп-і ← қауіп (the stem looks back, the suffix is front)
      if (beforeVowel && hs.length === 1 && hs[0] === 'back' && stem.length >= 4 && stem.charCodeAt(stem.length - 2) === CODE_U && !isVowelCode(stem.charCodeAt(stem.length - 1))) {
        const list = slots[contextIndex(cls, 'front')];
        if (list) {
          const dropped = nominalStems(stem, true, 'front').filter((ns) => !ns.derived && ns.lemma.length === stem.length + 1);
          for (const e of list) {
            if (e.chain.cat !== 'N') continue;
            for (const ns of dropped) {
              const r = nominalReading(ns, e.chain, e.parts, KNOWN_BASE);
              if (r) out.push(r);
            }
          }
        }
      }
      for (const h of hs) {
        const list = slots[contextIndex(cls, h)];
        if (!list) continue;
        for (const e of list) {
          if (e.chain.cat === 'N') {
            nomCache ??= nominalStems(stem, beforeVowel, e.h, ending.charCodeAt(0) === CODE_T);
            for (const ns of nomCache) {
              const r = nominalReading(ns, e.chain, e.parts, KNOWN_BASE);
              if (r) out.push(r);
            }
            if (e.chain.morphs[0]?.label === 'POSS.3') possessedReadings(stem + e.parts[0], e.chain, e.parts, out);
          } else {
            verbCache ??= verbStems(stem, beforeVowel);
            for (const vs of verbCache) out.push(verbReading(vs, e.chain, e.parts, KNOWN_BASE));
            // оқы+у → оқу, дамы+у → даму: the stem's ы/і merges with the verbal noun -у
            // (also after a glide у: суы+у → суу)
            if (ending.charCodeAt(0) === CODE_U && (!isVowelCode(stem.charCodeAt(stem.length - 1)) || stem.charCodeAt(stem.length - 1) === CODE_U) && (e.chain.kind === 'VN' || e.chain.kind === 'AGENT')) {
              const full = stem + (e.h === 'back' ? 'ы' : 'і');
              for (const le of lexVerbs(full)) {
                out.push(verbReading({ lemma: le.lemma, upos: 'VERB', feats: {}, segs: [{ text: stem, label: null }], pen: 0.1 }, e.chain, e.parts, KNOWN_BASE));
              }
              for (const vs of verbStems(full, false)) {
                if (vs.feats.Voice || vs.segs.length > 1) {
                  const segs = [...vs.segs];
                  const lastSeg = segs[segs.length - 1]!;
                  segs[segs.length - 1] = { text: lastSeg.text.slice(0, -1), label: lastSeg.label };
                  out.push(verbReading(vs, e.chain, e.parts, KNOWN_BASE, segs.filter((x) => x.text)));
                }
              }
            }
          }
        }
      }
    }
    // й+а → я, й+у → ю (қоя-ды ← қой+а+ды, жою ← жой+у, жия ← жи+а)
    const cAt = i < L ? w.charCodeAt(i) : 0;
    if ((cAt === CODE_YA || cAt === CODE_YU) && i >= 2) {
      const vowel = w[i] === 'я' ? 'а' : 'у';
      const rest = vowel + w.slice(i + 1);
      const surfStem = w.slice(0, i);
      const lexStem = surfStem.endsWith('и') ? surfStem : surfStem + 'й';
      for (const h of stemHarmony(lexStem)) {
        const list = entriesFor(rest, lastClass(lexStem), h);
        if (!list) continue;
        for (const e of list) {
          if (e.chain.cat !== 'V') continue;
          const parts = [w[i]! + e.parts[0]!.slice(1), ...e.parts.slice(1)];
          for (const vs of verbStems(lexStem, true)) {
            if (vs.segs.length !== 1) continue;
            // the build shows the morphemes as they are before the spelling merged them: қой + у
            const r = verbReading(vs, e.chain, parts, KNOWN_BASE, [{ text: surfStem, label: null, base: lexStem }]);
            if (r.segs[1]) r.segs[1] = { ...r.segs[1], base: e.parts[0]! };
            out.push(r);
          }
        }
      }
    }
    // оқы+й+ды → оқиды: ы/і + й merge into и
    if (w.charCodeAt(i - 1) === CODE_I && i >= 2) {
      const e2 = table.get('й' + ending);
      if (e2) {
        const base = w.slice(0, i - 1);
        for (const e of e2) {
          if (e.chain.cat !== 'V' || e.cls !== 'V' || !e.parts[0]?.startsWith('й')) continue;
          const full = base + (e.h === 'back' ? 'ы' : 'і');
          if (!stemHarmony(full).includes(e.h)) continue;
          const parts = [e.parts[0].slice(1), ...e.parts.slice(1)];
          for (const vs of verbStems(full, false)) {
            const segs = [...vs.segs];
            const lastSeg = segs[segs.length - 1]!;
            segs[segs.length - 1] = { text: lastSeg.text.slice(0, -1) + 'и', label: lastSeg.label };
            out.push(verbReading(vs, e.chain, parts, KNOWN_BASE, segs));
          }
        }
      }
    }
  }
  // whole word as a derived nominal or a derived/voiced verb stem (bare)
  {
    const nomOnly = out.length > 0;
    for (const ns of nominalStems(w, false, null)) {
      if (nomOnly && !ns.derived) continue;
      const r = nominalReading(ns, BARE_NOUN, [], KNOWN_BASE);
      if (r) out.push(r);
    }
    if (!nomOnly) for (const vs of verbStems(w, false)) out.push(verbReading(vs, BARE_VERB, [], KNOWN_BASE));
  }
  return out;
}

// ---------------------------------------------------------------- guesser

/** Verbal chain kinds whose endings (3+ letters) are distinctive enough to guess a verb. */
const STRONG_VERBAL = new Set(['PRS', 'PST', 'PTCP.PST', 'PTCP.PST.FIN', 'PTCP.PST.GER', 'PTCP.HAB', 'PTCP.HAB.FIN', 'PTCP.HAB.GER', 'VN', 'COND', 'CVB.NEG', 'INTENT', 'EVID', 'FUT.FIN', 'DES']);

const LOAN_LETTERS = /[вфцчщёэюя]|ия$|ика$/;

function adjectiveGuessScore(w: string): number {
  if (w.length < 5) return -11;
  if (/[аәеоөұүыі]л[ыі]$/.test(w) && w.length >= 6) return 1.6;
  if (/с[ыі]з$/.test(w)) return 1.6;
  if (/ш[ыі]л$/.test(w)) return 1.6;
  if (/(?:ғы|гі|қы|кі)$/.test(w) && !/(?:ның|нің)$/.test(w)) return 1.0;
  const m = /(?:лық|лік|дық|дік|тық|тік)$/.exec(w);
  if (m && LOAN_LETTERS.test(w.slice(0, -3))) return 2.5;
  return -11;
}

/** Guessed readings for a word whose stem is not in the lexicon. */
function guessReadings(w: string): Reading[] {
  const out: Reading[] = [];
  const wl = w[w.length - 1] ?? '';
  const bareScore = GUESS_BASE - ((wl === 'ы' || wl === 'і') && w.length > 3 && !isVowel(w[w.length - 2] ?? '') ? 0.9 : 0);
  out.push({ lemma: w, upos: 'NOUN', feats: { Case: 'Nom' }, segs: [{ text: w, label: null }], guess: true, score: bareScore, kind: 'N', nsuf: 0 });
  // adjective-forming suffixes on an unknown stem: -лы/-лі (unambiguous: the accusative
  // after a vowel is -ны), -сыз/-сіз, -шыл/-шіл, -ғы/-гі, and -лық/-лік on loans
  const adjScore = adjectiveGuessScore(w);
  if (adjScore > -10) out.push({ lemma: w, upos: 'ADJ', feats: {}, segs: [{ text: w, label: null }], guess: true, score: adjScore, kind: 'N', nsuf: 0 });
  const table = endingTable();
  const L = w.length;
  const start = Math.max(2, L - maxEndingLength());
  for (const i of endingStarts(w, start)) {
    const stem = w.slice(0, i);
    if (!hasVowel(stem)) continue;
    const ending = w.slice(i);
    const entries = table.get(ending);
    if (!entries) continue;
    const cls = lastClass(stem);
    const hs = stemHarmony(stem);
    const seen = new Set<number>();
    for (const e of entries) {
      // ordinals are made from numerals, which are all in the lexicon, and comparatives from
      // known adjectives (an unknown зерек or Ақтерек is not зе-рек, Ақте-рек)
      if (e.cls !== cls || seen.has(e.chain.id) || e.chain.kind === 'N.ORD' || e.chain.kind === 'N.COMP') continue;
      // foreign names may break harmony in writing (Йорктің): allowed at a cost
      const harmonyPenalty = hs.includes(e.h) ? 0 : 0.6;
      seen.add(e.chain.id);
      const c = e.chain;
      // reward longer endings, penalise short, ambiguous ones and short stems
      let s = GUESS_BASE + Math.min(ending.length, 8) * 0.45 - c.penalty * 0.6 - harmonyPenalty;
      if (stem.length === 2) s -= 0.7;
      if (ending.length === 1) s -= 0.6;
      const stemLast = stem[stem.length - 1]!;
      // possessive -ы/-і after a consonant is very common: no short-ending penalty
      if (ending.length === 1 && (ending === 'ы' || ending === 'і') && !isVowel(stem[stem.length - 1]!)) s += 0.6;
      // Kazakh stems rarely end in ы/і: prefer облыс+ы over облы+сы, ел+іміз over елі+міз
      if ((stemLast === 'ы' || stemLast === 'і') && !isVowel(ending[0]!) && !/ш[ыі]$/.test(stem)) s -= 0.8;
      // toponyms in -стан (Курдстан, Хұзыстан) are not stem + ablative -тан
      // (an unknown common noun in -с takes the ablative -тан too, but is rarely unknown)
      if (stemLast === 'с' && ending.startsWith('тан')) s -= 1.6;
      if (c.cat === 'V') {
        s -= STRONG_VERBAL.has(c.kind) && ending.length >= 3 ? 0 : 0.6;
        if (c.kind === 'CVB.PERF' && ending.length === 2 && stem.length >= 3) s += 0.5;
        if (c.kind === 'IMP' || c.kind === 'IMP.NEG' || c.kind === 'OPT') s -= 0.5;
        // denominal verb stems (-ла/-ле/-да/-де/-та/-те, + voice -н/-с/-т) are clearly verbal
        if (/(?:ла|ле|да|де|та|те)[нст]?$/.test(stem) && stem.length >= 5) s += 0.8;
        // a stem-final п/к/қ voices before a vowel: the lemma is the unvoiced stem
        // (толығ-ады ← толық, жығ-ып ← жық, as кітаб-ы ← кітап for nouns below)
        const lemma = isVowel(ending[0]!) && DEVOICING[stemLast] ? stem.slice(0, -1) + DEVOICING[stemLast] : stem;
        const r: Reading = { lemma, upos: 'VERB', feats: { ...c.feats }, segs: [{ text: stem, label: null }, ...chainSegs(e.parts, c)], guess: true, score: s, kind: c.kind, nsuf: c.morphs.length };
        // fold an evident passive into the lemma, as UD-KTB does (жасал-ған → жаса, сайлан-ды → сайла)
        const pm = /(?:[ыі][лн]|[аеәоөұүяю][лн])$/.exec(stem);
        if (pm && stem.length >= 5) {
          const cut = /^[ыі]/.test(pm[0]) ? 2 : 1;
          let base = stem.slice(0, -cut);
          const bl = base[base.length - 1] ?? '';
          if (cut === 2 && DEVOICING[bl]) base = base.slice(0, -1) + DEVOICING[bl];
          if (base.length >= 3 && hasVowel(base)) {
            out.push({ ...r, lemma: base, feats: { ...r.feats, Voice: 'Pass' }, segs: [{ text: stem.slice(0, stem.length - cut), label: null }, { text: stem.slice(stem.length - cut), label: 'PASS' }, ...r.segs.slice(1)], score: s + 0.2 });
          }
        }
        out.push(r);
      } else {
        // the lemma of a guessed stem: кітаб-ы → кітап, банкроттығ-ы → банкроттық, факті-лер → факт
        let lemma = stem;
        if (isVowel(ending[0]!) && DEVOICING[stemLast]) lemma = stem.slice(0, -1) + DEVOICING[stemLast];
        else if ((stemLast === 'ы' || stemLast === 'і') && stem.length >= 5 && !isVowel(stem[stem.length - 2]!) && !isVowel(stem[stem.length - 3]!) && stem[stem.length - 2] !== 'ш') {
          // (not the agent suffix -шы/-ші: шапқыншы-ның keeps its ы)
          lemma = stem.slice(0, -1);
          s += 0.8; // undo the stem-final ы/і penalty: this is the epenthetic vowel
        }
        out.push({ lemma, upos: 'NOUN', feats: { ...c.feats }, segs: [{ text: stem, label: null }, ...chainSegs(e.parts, c)], guess: true, score: s, kind: c.kind, nsuf: c.morphs.length });
      }
    }
  }
  return out;
}

/**
 * Best reading first, in place and stable. A word's few dozen readings are sorted by
 * insertion: Array.prototype.sort copies every array it sorts, and the first analysis of a
 * form sorts several (docs/decisions/012).
 */
export function sortReadings(rs: Reading[]): Reading[] {
  if (rs.length > 64) return rs.sort(byScore);
  for (let i = 1; i < rs.length; i++) {
    const x = rs[i]!;
    let j = i - 1;
    while (j >= 0 && byScore(rs[j]!, x) > 0) {
      rs[j + 1] = rs[j]!;
      j--;
    }
    rs[j + 1] = x;
  }
  return rs;
}

function byScore(a: Reading, b: Reading): number {
  return b.score - a.score || a.nsuf - b.nsuf;
}

/** Readings of a lower-cased letters-only word; guessed ones when nothing is known. */
export function readingsFor(w: string): Reading[] {
  setLookupWord(w);
  let rs: Reading[];
  try {
    rs = analyzeLowerWord(w);
  } finally {
    setLookupWord(null);
  }
  if (rs.length === 0) rs = sortReadings(guessReadings(w)).slice(0, 10);
  if (rs.length === 1) return rs;
  // dedupe identical lemma/upos/kind/segmentation (the chain kind and the labels fix the
  // features, except for listed irregular forms and voice); the best MAX_READINGS are kept
  const uniq: Reading[] = [];
  for (const r of sortReadings(rs)) {
    let dup = false;
    for (const u of uniq) if (sameReading(u, r)) { dup = true; break; }
    if (dup) continue;
    uniq.push(r);
    if (uniq.length === MAX_READINGS) break;
  }
  return uniq;
}

function sameReading(a: Reading, b: Reading): boolean {
  if (a.lemma !== b.lemma || a.upos !== b.upos || a.kind !== b.kind || a.segs.length !== b.segs.length) return false;
  for (let i = 0; i < a.segs.length; i++) {
    if (a.segs[i]!.text.length !== b.segs[i]!.text.length || a.segs[i]!.label !== b.segs[i]!.label) return false;
  }
  if (a.kind === 'IRR' || a.feats.Voice !== b.feats.Voice) {
    const ka = Object.keys(a.feats);
    if (ka.length !== Object.keys(b.feats).length) return false;
    for (const k of ka) if (a.feats[k] !== b.feats[k]) return false;
  }
  return true;
}

/** Readings kept per word (analyze returns at most this many). */
export const MAX_READINGS = 12;

export { classOfChar };
