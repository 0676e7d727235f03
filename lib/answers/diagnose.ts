// Morphological diagnosis through the engine's analyser: when the typed word is a form of the
// answer's lemma with other suffixes, which categories differ (case, number, possessive,
// person, polarity, verb form), with the suffixes that write them; when it is a real form of
// another lemma, which one.
import { analyze, type Analysis, type Segment } from '../kazakh';
import { cyrillicCandidates, isLatinText } from './from-latin';
import type { Diagnosis, Feature, FeatureDifference, FeaturePart } from './types';

const CASES: Record<string, string> = { GEN: 'Gen', ACC: 'Acc', DAT: 'Dat', LOC: 'Loc', ABL: 'Abl', INS: 'Ins', 'LOC.ATTR': 'LocAttr' };
const POSSESSIVES: Record<string, string> = { 'POSS.1SG': '1SG', 'POSS.2SG': '2SG', 'POSS.2SG.POL': '2SG.POL', 'POSS.3': '3', 'POSS.1PL': '1PL' };
const PERSONS: Record<string, string> = {
  'COP.1SG': '1SG', 'COP.2SG': '2SG', 'COP.2SG.POL': '2SG.POL', 'COP.1PL': '1PL', 'COP.2PL': '2PL', 'COP.2PL.POL': '2PL.POL',
  '1SG': '1SG', '2SG': '2SG', '2SG.POL': '2SG.POL', '1PL': '1PL', '2PL': '2PL', '2PL.POL': '2PL.POL', '3': '3SG',
};
/** Suffixes that are a verb's tense, mood, aspect or non-finite form. */
const VERB_FORMS = new Set([
  'PRS', 'PST', 'PTCP.PST', 'PTCP.HAB', 'FUT', 'INTENT', 'INTENT.PRED', 'COND', 'CVB.PERF', 'CVB.IMP', 'CVB.NEG', 'CVB.SINCE',
  'CVB.UNTIL', 'CVB.AFTER', 'OPT.3', 'OPT.1SG', 'OPT.1PL', 'IMP.POL', 'IMP.PL', 'IMP.PL.POL', 'VN', 'PTCP.AGT', 'DES', 'EVID', 'NMLZ',
]);

/** Which category a suffix label writes, and its value there. */
function slotOf(label: string): { feature: Feature; value: string } {
  if (label in CASES) return { feature: 'case', value: CASES[label]! };
  if (label === 'PL') return { feature: 'number', value: 'Plur' };
  if (label in POSSESSIVES) return { feature: 'possessive', value: POSSESSIVES[label]! };
  if (label in PERSONS) return { feature: 'person', value: PERSONS[label]! };
  if (label === 'NEG') return { feature: 'polarity', value: 'Neg' };
  if (VERB_FORMS.has(label)) return { feature: 'verb-form', value: label };
  return { feature: 'derivation', value: label };
}

type Slots = Map<Feature, FeaturePart>;

function slotsOf(segments: readonly Segment[]): Slots {
  const slots: Slots = new Map();
  for (const s of segments) {
    if (!s.label) continue;
    const { feature, value } = slotOf(s.label);
    const prev = slots.get(feature);
    // Two suffixes in one category (a verb form built of two): one value, one suffix.
    slots.set(feature, prev ? { value: `${prev.value}+${value}`, suffix: `${prev.suffix ?? ''}${s.text}` } : { value, suffix: s.text.toLocaleLowerCase('kk') });
  }
  return slots;
}

const ORDER: Feature[] = ['derivation', 'number', 'possessive', 'case', 'polarity', 'verb-form', 'person'];

/** A reading that takes case: a nominal, or a verb form with a case slot (verbal nouns). */
function isNominal(a: Analysis): boolean {
  return a.feats.Case !== undefined || (a.upos !== 'VERB' && a.upos !== 'AUX');
}

function personOf(a: Analysis, part: FeaturePart | null): FeaturePart | null {
  const person = a.feats.Person;
  if (!person) return part;
  const value = `${person}${a.feats.Number === 'Plur' ? 'PL' : 'SG'}${a.feats.Polite ? '.POL' : ''}`;
  return { value, suffix: part?.suffix ?? null };
}

function differences(typed: Analysis, expected: Analysis): FeatureDifference[] {
  const t = slotsOf(typed.segments);
  const e = slotsOf(expected.segments);
  const out: FeatureDifference[] = [];
  for (const feature of ORDER) {
    let tp = t.get(feature) ?? null;
    let ep = e.get(feature) ?? null;
    if (feature === 'case' && (tp || ep)) {
      // A nominal with no case suffix is in the nominative.
      if (!tp && isNominal(typed)) tp = { value: 'Nom', suffix: null };
      if (!ep && isNominal(expected)) ep = { value: 'Nom', suffix: null };
    }
    if (feature === 'person') {
      // The 3rd person of a finite verb has no suffix of its own (қолдады): read it from the features.
      tp = personOf(typed, tp);
      ep = personOf(expected, ep);
    }
    if (!tp && !ep) continue;
    if (tp && ep && tp.value === ep.value) continue;
    out.push({ feature, typed: tp, expected: ep });
  }
  return out;
}

function fold(s: string): string {
  return s.toLocaleLowerCase('kk').replace(/ё/gu, 'е');
}

/** The engine's readings of a typed word, from every Cyrillic spelling when typed in Latin. */
function readingsOfTyped(word: string): Analysis[] {
  if (!isLatinText(word)) return analyze(word);
  const all: Analysis[] = [];
  for (const c of cyrillicCandidates(word)) all.push(...analyze(c));
  // readings resting on the lexicon first, in the candidates' order
  return [...all.filter((a) => !a.guess), ...all.filter((a) => a.guess)];
}

/** Diagnoses one typed word against one expected word (both already known to differ). */
export function diagnoseWord(typedWord: string, expectedWord: string, lemma?: string | null): Diagnosis | null {
  const typed = readingsOfTyped(typedWord);
  let expected = analyze(expectedWord);
  if (lemma) {
    const own = expected.filter((a) => fold(a.lemma) === fold(lemma));
    if (own.length > 0) expected = own;
  }
  if (typed.length === 0 || expected.length === 0) return null;

  let best: { diffs: FeatureDifference[]; score: number; headword: string } | null = null;
  typed.forEach((ta, ti) => {
    expected.forEach((ea, ei) => {
      if (fold(ta.lemma) !== fold(ea.lemma) || ta.upos !== ea.upos) return;
      const diffs = differences(ta, ea);
      // fewest differences, then the engine's own ranking
      const score = diffs.length * 10 + ti + ei + (ta.guess ? 5 : 0);
      if (!best || score < best.score) best = { diffs, score, headword: ea.headword };
    });
  });
  if (best) {
    const b = best as { diffs: FeatureDifference[]; headword: string };
    return { code: 'same-lemma', headword: b.headword, differences: b.diffs, typedWord, expectedWord };
  }
  const known = typed.find((a) => !a.guess);
  if (known) return { code: 'other-lemma', typedHeadword: known.headword, expectedHeadword: expected[0]!.headword };
  return null;
}

export interface DiagnoseInput {
  typed: string;
  /** the answer in the typed text's script, word for word like expectedCyrillic */
  expected: string;
  /** the answer as stored, for the analyser */
  expectedCyrillic: string;
  lemma?: string | null;
  /** whether two words (typed, expected) differ as answers */
  differs: (typed: string, expected: string) => boolean;
}

/**
 * Diagnoses a typed answer: word by word when both have the same number of words and exactly
 * one word differs; null when nothing can be said.
 */
export function diagnose({ typed, expected, expectedCyrillic, lemma, differs }: DiagnoseInput): Diagnosis | null {
  const tw = typed.split(' ').filter(Boolean);
  const ew = expected.split(' ').filter(Boolean);
  const cw = expectedCyrillic.split(' ').filter(Boolean);
  if (tw.length === 0 || tw.length !== ew.length || ew.length !== cw.length) return null;
  const differing = tw.map((_, i) => i).filter((i) => differs(tw[i]!, ew[i]!));
  if (differing.length !== 1) return null;
  const i = differing[0]!;
  return diagnoseWord(strip(tw[i]!), strip(cw[i]!), cw.length === 1 ? lemma : null);
}

function strip(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
