// analyzeSentence(): one analysis per word, chosen with simple left/right context rules.

import type { Analysis, Upos } from '../types';
import { analyzeEntry, type MemoEntry } from './word';

/** Auxiliary verbs that follow a converb (-ып/-а/-й) in analytic verb forms. */
const AUX_AFTER_CONVERB = new Set(['отыр', 'тұр', 'жат', 'жүр', 'бол', 'бер', 'ал', 'қал', 'кел']);
/** Verbs before which a converb counts as the non-finite part of a compound verb (VerbForm=Inf). */
const CONVERB_HOSTS = new Set([...AUX_AFTER_CONVERB, 'кет', 'біт', 'шық', 'сал', 'таста', 'баста', 'көр', 'жібер', 'түс', 'қой', 'өт', 'шығар']);
/**
 * Nominal parts of compound (light-verb) predicates that UD-KTB tags X with the form as
 * lemma: пайда бол-, жүзеге ас-, іске ас-, тыйым сал-, ие бол-, қаза тап-.
 */
const LIGHT_NOMINALS = new Set(['пайда', 'жүзеге', 'іске', 'тыйым', 'ие', 'қаза', 'көз', 'қол', 'мал', 'дүниеге', 'жұмыс', 'қам', 'назар']);
const LIGHT_VERBS = new Set(['бол', 'ас', 'асыр', 'сал', 'тап', 'ет', 'қыл', 'кел', 'жет', 'жеткіз', 'аудар', 'же']);
const LIGHT_PAIRS = new Set(['пайда бол', 'пайда ет', 'жүзеге ас', 'жүзеге асыр', 'іске ас', 'іске асыр', 'тыйым сал', 'ие бол', 'қаза тап', 'дүниеге кел', 'назар аудар', 'қол жеткіз', 'қам же']);

/** Nouns after which a numeral in digits is ordinal. */
const ORDINAL_HEADS = new Set(['жыл', 'ж.', 'ғасыр', 'ғ.', 'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан', 'сынып', 'курс', 'бап', 'тармақ', 'бет']);

/** Auxiliaries that follow a participle / verbal noun / nominal predicate. */
const COPULA_LEMMAS = new Set(['е']);

const NOMINAL: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const CLOSED_CLASS: ReadonlySet<Upos> = new Set<Upos>(['ADV', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'INTJ']);

function isPunct(a: Analysis | undefined): boolean {
  return !a || a.upos === 'PUNCT';
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '—', '–', '-', '?!', '!!', '...']);

/** Facts about a word's candidate list, computed once per distinct list (lists are memoised). */
interface Info {
  auxHost: boolean;
  copula: boolean;
  conv?: Analysis;
  det?: Analysis;
  pron1?: Analysis;
  pron?: Analysis;
  conj?: Analysis;
  adj?: Analysis;
  noun?: Analysis;
  fin?: Analysis;
  known?: Analysis;
  common?: Analysis;
  lightVerb: string | null;
}
function infoOf(e: MemoEntry): Info {
  if (e.info) return e.info as Info;
  const cs = e.list;
  const inf: Info = { auxHost: false, copula: false, lightVerb: null };
  let hasE = false;
  let hasAux = false;
  for (const a of cs) {
    const verbal = a.upos === 'VERB' || a.upos === 'AUX';
    if (verbal && CONVERB_HOSTS.has(a.lemma)) inf.auxHost = true;
    if (COPULA_LEMMAS.has(a.lemma)) hasE = true;
    if (a.upos === 'AUX') hasAux = true;
    if (!inf.conv && a.upos === 'VERB' && a.feats.VerbForm === 'Conv' && !a.guess) inf.conv = a;
    if (!inf.det && a.upos === 'DET') inf.det = a;
    if (!inf.pron1 && a.upos === 'PRON' && a.segments.length === 1) inf.pron1 = a;
    if (!inf.pron && a.upos === 'PRON') inf.pron = a;
    if (!inf.conj && a.upos === 'CCONJ') inf.conj = a;
    if (!inf.adj && a.upos === 'ADJ') inf.adj = a;
    if (!inf.noun && a.upos === 'NOUN' && !a.guess) inf.noun = a;
    if (!inf.fin && a.upos === 'VERB' && a.feats.VerbForm === 'Fin' && !a.guess && a.feats.Mood !== 'Imp') inf.fin = a;
    if (!inf.known && !a.guess) inf.known = a;
    if (!inf.common && a.upos !== 'PROPN') inf.common = a;
    if (inf.lightVerb === null && a.upos === 'VERB' && LIGHT_VERBS.has(a.lemma)) inf.lightVerb = a.lemma;
  }
  inf.copula = hasE && hasAux;
  e.info = inf;
  return inf;
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

function surface(a: Analysis): string {
  let s = '';
  for (const x of a.segments) s += x.text;
  return s;
}

/** Exactly one analysis per word, in order. */
export function analyzeSentence(words: string[]): Analysis[] {
  const n = words.length;
  const entries: MemoEntry[] = new Array<MemoEntry>(n);
  const cands: Analysis[][] = new Array<Analysis[]>(n);
  const out: Analysis[] = new Array<Analysis>(n);
  for (let i = 0; i < n; i++) {
    const e = analyzeEntry(words[i] ?? '');
    entries[i] = e;
    cands[i] = e.list;
    out[i] = e.list[0]!;
  }

  for (let i = 0; i < n; i++) {
    const cs = cands[i]!;
    let best = out[i]!;
    if (best.upos === 'PUNCT') continue;
    if (best.upos === 'NUM' && cs.length === 1) {
      // digits before a month or a year/century word are ordinal (22 мамыр, 1997 жылы, XX ғасыр)
      const nx = i + 1 < n ? cands[i + 1]![0] : undefined;
      if (nx && best.feats.NumType === 'Card' && /^[0-9]+$/.test(best.lemma) && ORDINAL_HEADS.has(nx.lemma)) {
        best = { ...best, feats: { NumType: 'Ord' } };
        out[i] = best;
      }
      continue;
    }
    const inf = infoOf(entries[i]!);
    const nextCs = i + 1 < n ? cands[i + 1]! : undefined;
    const next = nextCs ? nextCs[0] : undefined;
    const nextInf = i + 1 < n ? infoOf(entries[i + 1]!) : undefined;
    const prev = i > 0 ? out[i - 1] : undefined;
    const sentenceStart = i === 0 || (prev !== undefined && prev.upos === 'PUNCT' && SENTENCE_END.has(prev.lemma));

    // capitalised word at sentence start: prefer a known common reading over a guessed PROPN
    if (sentenceStart && best.guess && best.upos === 'PROPN' && inf.known) best = inf.known;

    const nextIsAuxVerb = nextInf !== undefined && nextInf.auxHost;
    const nextIsCopula = nextInf !== undefined && nextInf.copula;

    // converb before an auxiliary verb
    // (a bare closed-class word stays: қалай тұрады is "how", not the converb of қала-)
    if (nextIsAuxVerb && !(best.segments.length === 1 && !best.guess && CLOSED_CLASS.has(best.upos))) {
      const conv = inf.conv;
      if (conv && (best.guess || best.upos !== 'VERB' || best.feats.VerbForm !== 'Conv')) {
        if (!best.guess || conv.guess === best.guess) best = conv;
      }
      if (best.upos === 'VERB' && best.feats.VerbForm === 'Conv') best = convAsInf(best);
    }

    // participle -ған/-атын: before a nominal → participle; before punctuation/end → finite
    if (best.upos === 'VERB' && cs.length > 1 && (best.feats.VerbForm === 'Part' || best.feats.VerbForm === 'Fin' || best.feats.VerbForm === 'Ger') && !best.feats.Case) {
      const b = best;
      const stemText = surface(b);
      const same = (a: Analysis): boolean => a.lemma === b.lemma && a.upos === 'VERB' && !a.feats.Case && surface(a) === stemText;
      const nextNominal = next !== undefined && !isPunct(next) && NOMINAL.has(next.upos) && !(next.upos === 'PRON' && next.feats.PronType === 'Prs');
      if (nextNominal) {
        const part = cs.find((a) => same(a) && a.feats.VerbForm === 'Part');
        if (part) best = part;
      } else if (isPunct(next) || nextIsCopula) {
        if (nextIsCopula) {
          const part = cs.find((a) => same(a) && a.feats.VerbForm === 'Part');
          if (part) best = part;
        } else {
          const fin = cs.find((a) => same(a) && a.feats.VerbForm === 'Fin');
          if (fin) best = fin;
        }
      }
    }

    // determiners vs pronouns: бұл/осы/сол/ол/бір… before a nominal are determiners
    if ((best.upos === 'DET' || best.upos === 'PRON') && best.segments.length === 1) {
      const nextNominal = next !== undefined && (next.upos === 'NOUN' || next.upos === 'ADJ' || next.upos === 'NUM' || (next.upos === 'PROPN' && !next.guess));
      if (inf.det && nextNominal) best = inf.det;
      else if (inf.pron1 && !nextNominal) best = inf.pron1;
    }

    // мен: "and" between nominals, "I" otherwise
    if (best.lemma === 'мен' && (best.upos === 'PRON' || best.upos === 'CCONJ') && best.segments.length === 1) {
      const between = prev !== undefined && !sentenceStart && NOMINAL.has(prev.upos) && next !== undefined && (NOMINAL.has(next.upos) || next.upos === 'DET');
      if (between && inf.conj) best = inf.conj;
      else if (!between && inf.pron) best = inf.pron;
    }

    // a noun in -лы/-ды/-ты read as accusative before a nominal is rather the adjective (қуанышты күн)
    if (best.upos === 'NOUN' && best.feats.Case === 'Acc' && next && next.upos === 'NOUN' && !next.feats['Person[psor]'] && inf.adj && inf.adj.segments.length === 1) best = inf.adj;
    // after a numeral a noun reading wins (2010 жылы = жыл + POSS.3, not the adjective "warm")
    if (inf.noun && best.upos !== 'NOUN' && prev && prev.upos === 'NUM') best = inf.noun;
    // at the end of a clause a finite verb beats an oblique noun reading (түсті, алды)
    if (isPunct(next) && inf.fin && (best.upos === 'NOUN' || best.upos === 'ADJ') && (best.feats.Case === 'Acc' || best.feats.Case === 'Gen' || best.feats['Person[psor]'] !== undefined || best.guess)) best = inf.fin;
    // бол after a nominal predicate (or a participle) is the copula-like auxiliary
    if (best.lemma === 'бол' && (best.upos === 'VERB' || best.upos === 'AUX') && prev && !sentenceStart) {
      const nominalPred = (NOMINAL.has(prev.upos) || prev.upos === 'ADP' || prev.upos === 'ADV') && (prev.feats.Case === undefined || prev.feats.Case === 'Nom');
      if (nominalPred || prev.upos === 'VERB') best = asAux(best);
    }
    // desiderative + кел (айтқым келеді)
    if (best.lemma === 'кел' && prev && prev.feats.Mood === 'Des') best = asAux(best);

    // compound predicates: пайда болды, жүзеге асырылды → X + verb
    if (nextInf && nextInf.lightVerb !== null && (best.upos === 'NOUN' || best.upos === 'ADJ') && best.segments.length <= 2) {
      const lw = (words[i] ?? '').toLowerCase();
      if (LIGHT_NOMINALS.has(lw) && LIGHT_PAIRS.has(lw + ' ' + nextInf.lightVerb)) {
        best = { lemma: lw, headword: lw, upos: 'X', feats: {}, segments: [{ text: words[i] ?? '', label: null }], guess: false };
      }
    }

    // auxiliaries: the copula е is always AUX; converb + aux verb
    if (best.upos === 'VERB' && COPULA_LEMMAS.has(best.lemma)) best = asAux(best);
    if ((best.upos === 'VERB' || best.upos === 'AUX') && AUX_AFTER_CONVERB.has(best.lemma) && prev && (prev.upos === 'VERB' || prev.upos === 'AUX') && (prev.feats.VerbForm === 'Inf' || prev.feats.VerbForm === 'Conv')) {
      best = asAux(best);
    }
    if (best.upos === 'AUX' && !COPULA_LEMMAS.has(best.lemma) && !(prev && (prev.upos === 'VERB' || prev.upos === 'AUX')) && best.lemma !== 'бол') {
      const b = best;
      const v = cs.find((a) => a.upos === 'VERB' && a.lemma === b.lemma);
      best = v ?? { ...best, upos: 'VERB' };
    }
    out[i] = best;
  }
  return out;
}
