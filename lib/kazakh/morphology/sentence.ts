// analyzeSentence(): one analysis per word, chosen with simple left/right context rules.

import type { Analysis, Upos } from '../types';
import { analyze } from './word';

/** Auxiliary verbs that follow a converb (-ып/-а/-й) in analytic verb forms. */
const AUX_AFTER_CONVERB = new Set(['отыр', 'тұр', 'жат', 'жүр', 'бол', 'кет', 'бер', 'ал', 'қал', 'біт', 'шық', 'кел', 'сал', 'таста', 'баста', 'көр', 'жібер', 'түс', 'ет', 'қой', 'өт']);
/** Auxiliaries that follow a participle / verbal noun / nominal predicate. */
const COPULA_LEMMAS = new Set(['е']);

const NOMINAL: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

function isPunct(a: Analysis | undefined): boolean {
  return !a || a.upos === 'PUNCT';
}

function pick(cands: Analysis[], pred: (a: Analysis) => boolean): Analysis | undefined {
  return cands.find(pred);
}

function convAsInf(a: Analysis): Analysis {
  if (a.feats.VerbForm === 'Conv' && (a.feats.Aspect === 'Perf' || a.feats.Aspect === 'Imp') && !a.feats.Polarity) {
    return { ...a, feats: { ...a.feats, VerbForm: 'Inf' } };
  }
  return a;
}

function asAux(a: Analysis): Analysis {
  return a.upos === 'VERB' ? { ...a, upos: 'AUX' } : a;
}

/** Exactly one analysis per word, in order. */
export function analyzeSentence(words: string[]): Analysis[] {
  const n = words.length;
  const cands: Analysis[][] = new Array<Analysis[]>(n);
  for (let i = 0; i < n; i++) cands[i] = analyze(words[i] ?? '');
  const out: Analysis[] = new Array<Analysis>(n);
  for (let i = 0; i < n; i++) out[i] = cands[i]![0]!;

  for (let i = 0; i < n; i++) {
    const cs = cands[i]!;
    let best = out[i]!;
    const next = i + 1 < n ? cands[i + 1]![0] : undefined;
    const prev = i > 0 ? out[i - 1] : undefined;
    const sentenceStart = i === 0 || (prev !== undefined && prev.upos === 'PUNCT' && /^[.!?…:;—–-]$/.test(prev.lemma));

    // capitalised word at sentence start: prefer a known common reading over a guessed PROPN
    if (sentenceStart && best.guess && best.upos === 'PROPN') {
      const known = pick(cs, (a) => !a.guess);
      if (known) best = known;
    }
    // a known common noun written with a capital inside a sentence stays a common noun
    // unless the lexicon knows it as a proper noun (handled by ranking).

    const nextLemmas = next ? cands[i + 1]!.map((a) => a.lemma) : [];
    const nextIsAuxVerb = next !== undefined && cands[i + 1]!.some((a) => (a.upos === 'VERB' || a.upos === 'AUX') && AUX_AFTER_CONVERB.has(a.lemma));
    const nextIsCopula = next !== undefined && nextLemmas.some((l) => COPULA_LEMMAS.has(l)) && cands[i + 1]!.some((a) => a.upos === 'AUX');

    // converb before an auxiliary verb
    if (nextIsAuxVerb) {
      const conv = pick(cs, (a) => a.upos === 'VERB' && a.feats.VerbForm === 'Conv' && !a.guess);
      if (conv && (best.guess || best.upos !== 'VERB' || best.feats.VerbForm !== 'Conv')) {
        if (!best.guess || conv.guess === best.guess) best = conv;
      }
      if (best.upos === 'VERB' && best.feats.VerbForm === 'Conv') best = convAsInf(best);
    }

    // participle -ған/-атын: before a nominal → participle; before punctuation/end → finite
    if (best.upos === 'VERB' && (best.feats.VerbForm === 'Part' || best.feats.VerbForm === 'Fin' || best.feats.VerbForm === 'Ger') && !best.feats.Case) {
      const stemText = best.segments.map((s) => s.text).join('');
      const same = (a: Analysis): boolean => a.lemma === best.lemma && a.segments.map((s) => s.text).join('') === stemText && a.upos === 'VERB' && !a.feats.Case;
      const nextNominal = next !== undefined && !isPunct(next) && NOMINAL.has(next.upos) && !(next.upos === 'PRON' && next.feats.PronType === 'Prs');
      if (nextNominal) {
        const part = pick(cs, (a) => same(a) && a.feats.VerbForm === 'Part');
        if (part) best = part;
      } else if (isPunct(next) || nextIsCopula) {
        const fin = pick(cs, (a) => same(a) && a.feats.VerbForm === 'Fin');
        if (fin && !nextIsCopula) best = fin;
        if (nextIsCopula) {
          const part = pick(cs, (a) => same(a) && a.feats.VerbForm === 'Part');
          if (part) best = part;
        }
      }
    }

    // determiners vs pronouns: бұл/осы/сол/ол/бір… before a nominal are determiners
    if ((best.upos === 'DET' || best.upos === 'PRON') && best.segments.length === 1) {
      const det = pick(cs, (a) => a.upos === 'DET');
      const pron = pick(cs, (a) => a.upos === 'PRON' && a.segments.length === 1);
      const nextNominal = next !== undefined && (next.upos === 'NOUN' || next.upos === 'ADJ' || next.upos === 'NUM' || (next.upos === 'PROPN' && !next.guess));
      if (det && nextNominal) best = det;
      else if (pron && !nextNominal) best = pron;
    }

    // мен: "and" between nominals, "I" otherwise; пен/бен are always "and"
    if (best.lemma === 'мен' && (best.upos === 'PRON' || best.upos === 'CCONJ') && best.segments.length === 1) {
      const conj = pick(cs, (a) => a.upos === 'CCONJ');
      const pron = pick(cs, (a) => a.upos === 'PRON');
      const between = prev !== undefined && !sentenceStart && NOMINAL.has(prev.upos) && next !== undefined && !isPunct(next);
      if (between && conj) best = conj;
      else if (!between && pron) best = pron;
    }

    // after a numeral a noun reading wins (2010 жылы = жыл + POSS.3, not the adjective "warm")
    if (prev && prev.upos === 'NUM' && best.upos !== 'NOUN') {
      const noun = pick(cs, (a) => a.upos === 'NOUN' && !a.guess);
      if (noun) best = noun;
    }
    // at the end of a clause a finite verb beats an oblique noun reading (түсті, алды)
    if ((isPunct(next) || next === undefined) && (best.upos === 'NOUN' || best.upos === 'ADJ') && (best.feats.Case === 'Acc' || best.feats.Case === 'Gen' || best.feats['Person[psor]'] !== undefined || best.guess)) {
      const fin = pick(cs, (a) => a.upos === 'VERB' && a.feats.VerbForm === 'Fin' && !a.guess && a.feats.Mood !== 'Imp');
      if (fin && (!best.guess || fin.guess === false)) best = fin;
    }
    // бол after a nominal predicate (or a participle) is the copula-like auxiliary
    if (best.lemma === 'бол' && (best.upos === 'VERB' || best.upos === 'AUX') && prev && !sentenceStart) {
      const nominalPred = (NOMINAL.has(prev.upos) || prev.upos === 'ADP' || prev.upos === 'ADV') && (prev.feats.Case === undefined || prev.feats.Case === 'Nom');
      if (nominalPred || prev.upos === 'VERB') best = asAux(best);
    }
    // desiderative + кел (айтқым келеді)
    if (prev && prev.feats.Mood === 'Des' && best.lemma === 'кел') best = asAux(best);

    // auxiliaries: the copula е is always AUX; converb + aux verb
    if (COPULA_LEMMAS.has(best.lemma) && best.upos === 'VERB') best = asAux(best);
    if (prev && prev.upos === 'VERB' && (prev.feats.VerbForm === 'Inf' || prev.feats.VerbForm === 'Conv') && AUX_AFTER_CONVERB.has(best.lemma) && (best.upos === 'VERB' || best.upos === 'AUX')) {
      best = asAux(best);
    }
    if (best.upos === 'AUX' && !COPULA_LEMMAS.has(best.lemma) && !(prev && (prev.upos === 'VERB' || prev.upos === 'AUX')) && best.lemma !== 'бол') {
      const v = pick(cs, (a) => a.upos === 'VERB' && a.lemma === best.lemma);
      if (v) best = v;
      else best = { ...best, upos: 'VERB' };
    }
    out[i] = best;
  }
  return out;
}
