// analyzeSentence(): one analysis per word, chosen with simple left/right context rules.

import type { Analysis, Upos } from '../types';
import { analyzeEntry, type MemoEntry } from './word';
import { lemmaCount } from '../frequency';
import { lookupLemma, multiWordFirstWords } from '../lexicon';

/** Auxiliary verbs that follow a converb (-ып/-а/-й) in analytic verb forms. */
const AUX_AFTER_CONVERB = new Set(['отыр', 'тұр', 'жат', 'жүр', 'бол', 'бер', 'ал', 'қал', 'кел']);
/**
 * Auxiliaries that follow the -а/-е/-й converb (бара алды, қала берді, жаза бастады, айта кетті):
 * before other verbs a bare noun stays a noun (Қала болып қалыптасты is "the city", not қал-а).
 */
const AUX_AFTER_IMP_CONVERB = new Set(['ал', 'бер', 'баста', 'біл', 'жүр', 'отыр', 'тұр', 'жат', 'кет', 'түс', 'қал', 'шық']);
/** Verbs before which a converb counts as the non-finite part of a compound verb (VerbForm=Inf). */
const CONVERB_HOSTS = new Set([...AUX_AFTER_CONVERB, 'кет', 'біт', 'шық', 'сал', 'таста', 'баста', 'көр', 'жібер', 'түс', 'қой', 'өт', 'шығар']);
/**
 * The first word of a multi-word verb or noun of the lexicon (пайда бол, жүзеге асыр, өмір
 * сүр, ауа райы) is tagged X with its form as lemma, as UD Kazakh-KTB does; the second word
 * carries the analysis. Multi-word adverbs and adjectives (тағы да, сыртқы саяси) are not.
 */
function multiWordHead(form: string, next: Info): boolean {
  if (!multiWordFirstWords().has(form)) return false;
  for (const l of next.lemmas) {
    const e = lookupLemma(form + ' ' + l);
    if (e.some((x) => x.upos === 'VERB' || x.upos === 'NOUN')) return true;
  }
  return false;
}

/** Nouns after which a numeral in digits is ordinal. */
const ORDINAL_HEADS = new Set(['жыл', 'ж.', 'ғасыр', 'ғ.', 'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан', 'сынып', 'курс', 'бап', 'тармақ', 'бет']);

/** Endings of Russian and international loan nouns (декларация, православие, абонемент). */
const LOAN_NOUN = /(?:ция|сия|зия|ия|ие|ство|изм|ент|мент|ант|тор|ура|ика|ограф|ология)$/u;
const INTENSIFIERS = new Set(['өте', 'аса', 'ең', 'тым', 'барынша', 'мейлінше', 'айрықша', 'ерекше', 'аса', 'біршама', 'әжептәуір', 'соншалық', 'соншама']);
const TIME_PLACE = new Set(['кез', 'жер', 'уақыт', 'жыл', 'күн', 'ай', 'апта', 'жақ', 'маң', 'сәт', 'шақ', 'заман', 'түн', 'кеш', 'тұс', 'арада']);
const MONTHS = new Set(['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']);
/** Words after a first name that show it is one (a title, a word for a place it names). */
const NAME_FOLLOWERS = new Set(['мырза', 'ханым', 'аға', 'апа', 'ағай', 'апай', 'қала', 'облыс', 'аудан', 'өзен', 'көл', 'тау', 'ауыл', 'кент', 'елді', 'шаһар']);

function isNumber(a: Analysis | undefined): boolean {
  return a !== undefined && a.upos === 'NUM' && /^[0-9]/.test(a.lemma);
}

const UPPER_START = /^\p{Lu}/u;

/** After a first name: a capitalised word (a surname), a title or place word, or "and" + a name. */
function nameFollows(words: string[], cands: Analysis[][], i: number): boolean {
  const capital = (k: number): boolean => UPPER_START.test(words[k] ?? '') && cands[k]?.[0]?.upos !== 'PUNCT';
  const next = cands[i + 1]?.[0];
  if (!next) return false;
  if (capital(i + 1) || NAME_FOLLOWERS.has(next.lemma)) return true;
  return next.upos === 'CCONJ' && capital(i + 2);
}

/** Nouns that, possessed, make the name before them a place (Курчатов қаласы, Әуезов ауданы, Қонаев көшесі). */
const PLACE_HEADS = new Set(['қала', 'облыс', 'аудан', 'ауыл', 'кент', 'көше', 'даңғыл', 'шағынаудан', 'өзен', 'көл', 'тау', 'елді']);

/** How much more frequent (in real text) a common word must be than the name it spells. */
const COMMON_OVER_NAME = 8;

/** Auxiliaries that follow a participle / verbal noun / nominal predicate. */
const COPULA_LEMMAS = new Set(['е']);

/** Words of time a subject follows (Бүгін мен келдім): before мен, "I", not "and". */
const TIME_WORDS = new Set(['бүгін', 'кеше', 'ертең', 'қазір', 'биыл', 'былтыр', 'енді', 'сонда', 'кейін']);
const NOMINAL: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const CLOSED_CLASS: ReadonlySet<Upos> = new Set<Upos>(['ADV', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'INTJ']);

/** Adjectives of relation in -лық/-лік/-дық/-дік/-тық/-тік (аумақтық, азиялық) and -и (әскери, саяси). */
const RELATIONAL_ENDING = /(?:лық|лік|дық|дік|тық|тік|и)$/u;

/**
 * An adjective of relation: -лық and its variants, or one derived from a noun (бой-лы, and
 * білімді, which is also the accusative of a known noun), as opposed to a qualitative one
 * (жаңа, өзге, деструктивті) or a predicate (бар, жоқ).
 */
function relationalAdj(a: Analysis, inf: Info): boolean {
  return RELATIONAL_ENDING.test(surface(a).toLowerCase()) || inf.accNoun !== undefined || a.segments.some((x) => x.label !== null && x.label.startsWith('DER'));
}

function isPunct(a: Analysis | undefined): boolean {
  return !a || a.upos === 'PUNCT';
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '—', '–', '-', '?!', '!!', '...']);

/** Facts about a word's candidate list, computed once per distinct list (lists are memoised). */
interface Info {
  auxHost: boolean;
  impHost: boolean;
  copula: boolean;
  conv?: Analysis;
  det?: Analysis;
  pron1?: Analysis;
  pron?: Analysis;
  conj?: Analysis;
  adj?: Analysis;
  noun?: Analysis;
  /** a known noun in the accusative (шарт-ты) */
  accNoun?: Analysis;
  fin?: Analysis;
  known?: Analysis;
  common?: Analysis;
  /** a known reading that is neither a name nor a verb */
  commonKnown?: Analysis;
  /** the month reading of a month name */
  month?: Analysis;
  /** lemmas of all readings, and the lower-cased form */
  lemmas: string[];
}
function infoOf(e: MemoEntry): Info {
  if (e.info) return e.info as Info;
  const cs = e.list;
  const inf: Info = { auxHost: false, impHost: false, copula: false, lemmas: [] };
  let hasE = false;
  let hasAux = false;
  for (const a of cs) {
    const verbal = a.upos === 'VERB' || a.upos === 'AUX';
    if (verbal && CONVERB_HOSTS.has(a.lemma)) inf.auxHost = true;
    if (verbal && AUX_AFTER_IMP_CONVERB.has(a.lemma)) inf.impHost = true;
    if (COPULA_LEMMAS.has(a.lemma)) hasE = true;
    if (a.upos === 'AUX') hasAux = true;
    if (!inf.conv && a.upos === 'VERB' && a.feats.VerbForm === 'Conv' && !a.guess) inf.conv = a;
    if (!inf.det && a.upos === 'DET') inf.det = a;
    if (!inf.pron1 && a.upos === 'PRON' && a.segments.length === 1) inf.pron1 = a;
    if (!inf.pron && a.upos === 'PRON') inf.pron = a;
    if (!inf.conj && a.upos === 'CCONJ') inf.conj = a;
    // an adjective that is the whole word (lexicon or -лы/-ды/-ты derivative), not inflected
    if (!inf.adj && a.upos === 'ADJ' && !a.guess && a.segments.every((x) => x.label === null || x.label.startsWith('DER'))) inf.adj = a;
    if (!inf.noun && a.upos === 'NOUN' && !a.guess) inf.noun = a;
    if (!inf.accNoun && a.upos === 'NOUN' && !a.guess && a.feats.Case === 'Acc' && !a.feats['Person[psor]']) inf.accNoun = a;
    if (!inf.fin && a.upos === 'VERB' && a.feats.VerbForm === 'Fin' && !a.guess && a.feats.Mood !== 'Imp') inf.fin = a;
    if (!inf.known && !a.guess) inf.known = a;
    if (!inf.common && a.upos !== 'PROPN') inf.common = a;
    if (!inf.commonKnown && !a.guess && a.upos !== 'PROPN' && a.upos !== 'VERB' && a.upos !== 'AUX') inf.commonKnown = a;
    if (!inf.month && a.upos === 'NOUN' && MONTHS.has(a.lemma)) inf.month = a;
    if (!inf.lemmas.includes(a.lemma)) inf.lemmas.push(a.lemma);
  }
  inf.copula = hasE && hasAux;
  if (cs[0]) {
    let form = '';
    for (const x of cs[0].segments) form += x.text;
    form = form.toLowerCase();
    if (!inf.lemmas.includes(form)) inf.lemmas.push(form);
  }
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

/** The reading of the same verb form (lemma, spelling, no case) with this VerbForm. */
function sameVerb(cs: readonly Analysis[], b: Analysis, form: string): Analysis | undefined {
  const stemText = surface(b);
  for (const a of cs) {
    if (a.feats.VerbForm === form && a.lemma === b.lemma && a.upos === 'VERB' && !a.feats.Case && surface(a) === stemText) return a;
  }
  return undefined;
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

    // capitalised word at sentence start: prefer a known common reading over a guessed PROPN,
    // and over a name that is also a common word (Жеңіс күні, Арман деген …) unless a
    // surname, a title or a place word follows (Арман Серікұлы, Орал қаласы)
    if (sentenceStart && best.guess && best.upos === 'PROPN' && inf.known) best = inf.known;
    // …and over a guessed name that looks like a common loan noun (Декларацияда, Православие)
    if (sentenceStart && best.guess && best.upos === 'PROPN' && inf.common && inf.common.upos === 'NOUN' && LOAN_NOUN.test(inf.common.lemma)) best = inf.common;
    // an enclitic particle never starts a sentence (Қой! is the verb "stop")
    if (sentenceStart && best.upos === 'PART' && best.segments.length === 1) {
      const other = cs.find((a) => a.upos !== 'PART' && !a.guess);
      if (other) best = other;
    }
    if (sentenceStart && best.upos === 'PROPN' && !best.guess && inf.commonKnown && inf.commonKnown.lemma === best.lemma.toLowerCase() && !nameFollows(words, cands, i)) {
      // the common word when it heads a compound (Жеңіс күні) or is far more frequent than the name
      const common = lemmaCount(inf.commonKnown.lemma, inf.commonKnown.upos);
      if ((next !== undefined && next.upos === 'NOUN' && next.feats['Person[psor]'] === '3') || common >= COMMON_OVER_NAME * (lemmaCount(best.lemma, 'PROPN') + 1)) best = inf.commonKnown;
    }
    // a month name in a date is the month, not the city or the name (08 Қазан 2015, Қазан айында)
    if (best.upos === 'PROPN' && inf.month && (isNumber(out[i - 1]) || isNumber(next) || next?.lemma === 'ай')) best = inf.month;

    // a name that a possessed place noun follows names the place, and places have no Gender
    // (Курчатов қаласының, Әуезов ауданында; a person's is Тоқаев облыс әкімдеріне …)
    if (best.upos === 'PROPN' && best.feats.Gender !== undefined && next !== undefined && PLACE_HEADS.has(next.lemma) && next.feats['Person[psor]'] === '3') {
      const feats = { ...best.feats };
      delete feats.Gender;
      best = { ...best, feats };
    }

    const nextIsAuxVerb = nextInf !== undefined && nextInf.auxHost;
    const nextIsCopula = nextInf !== undefined && nextInf.copula;

    // converb before an auxiliary verb
    // (a bare closed-class word stays: қалай тұрады is "how", not the converb of қала-)
    if (nextIsAuxVerb && !(best.segments.length === 1 && !best.guess && CLOSED_CLASS.has(best.upos))) {
      const conv = inf.conv;
      const keepNominal = conv !== undefined && conv.feats.Aspect === 'Imp' && !best.guess && NOMINAL.has(best.upos) && !nextInf!.impHost;
      if (conv && !keepNominal && (best.guess || best.upos !== 'VERB' || best.feats.VerbForm !== 'Conv')) {
        if (!best.guess || conv.guess === best.guess) best = conv;
      }
      if (best.upos === 'VERB' && best.feats.VerbForm === 'Conv') best = convAsInf(best);
    }

    // participle -ған/-атын: before a nominal or a determiner → participle (өртеген бір жаман
    // сезім, жарияланған барлық құқықтар); before punctuation/end → finite; before сайын it is
    // the verbal noun of "the more …" (артқан сайын)
    if (best.upos === 'VERB' && cs.length > 1 && (best.feats.VerbForm === 'Part' || best.feats.VerbForm === 'Fin' || best.feats.VerbForm === 'Ger') && !best.feats.Case) {
      const nextNominal = next !== undefined && !isPunct(next) && (NOMINAL.has(next.upos) || next.upos === 'DET') && !(next.upos === 'PRON' && next.feats.PronType === 'Prs');
      if (next !== undefined && next.lemma === 'сайын' && next.upos === 'ADP') {
        const b = best;
        best = cs.find((a) => a.upos === 'VERB' && a.lemma === b.lemma && a.feats.VerbForm === 'Ger' && a.feats.Case === 'Nom' && surface(a) === surface(b)) ?? best;
      } else if (nextNominal || nextIsCopula) best = sameVerb(cs, best, 'Part') ?? best;
      else if (isPunct(next)) best = sameVerb(cs, best, 'Fin') ?? best;
    }

    // determiners vs pronouns: бұл/осы/сол/ол/бір… before a nominal are determiners
    if ((best.upos === 'DET' || best.upos === 'PRON') && best.segments.length === 1) {
      const nextNominal = next !== undefined && (next.upos === 'NOUN' || next.upos === 'ADJ' || next.upos === 'NUM' || (next.upos === 'PROPN' && !next.guess));
      // a sentence-initial Ол is "that" before a bare noun or a word of time and place (Ол
      // кезде); before any other case-marked word it is "he/she" (Ол мектепке барды)
      const olPron = best.lemma === 'ол' && sentenceStart && next !== undefined && next.feats.Case !== undefined && next.feats.Case !== 'Nom' && next.feats.Case !== 'Gen' && !TIME_PLACE.has(next.lemma);
      if (inf.det && nextNominal && !olPron) best = inf.det;
      else if (olPron && inf.pron1) best = inf.pron1;
      else if (inf.pron1 && !nextNominal) best = inf.pron1;
      // бір counts ("one") before a possessed noun or a verb (бір күні, бір қанатын, бір ашылды);
      // before a bare noun it is the indefinite determiner (бір кемпірдің, бір жаман сезім)
      if (best.lemma === 'бір' && best.upos === 'DET' && next !== undefined && (next.feats['Person[psor]'] !== undefined || next.upos === 'VERB' || next.upos === 'AUX')) {
        const num = cs.find((a) => a.upos === 'NUM' && a.segments.length === 1);
        if (num) best = num;
      }
    }

    // да/де: "and" after a finite verb (кетті де, …) and in a list (мал да, өнер де, ғылым да);
    // "too, even" otherwise (біз де, болса да)
    if (best.lemma === 'да' && best.upos === 'ADV' && inf.conj && prev !== undefined) {
      const listItem = i >= 2 && (out[i - 2]!.lemma === ',' || out[i - 2]!.lemma === '—') && (next?.lemma === ',' || next?.lemma === '—');
      if ((prev.upos === 'VERB' || prev.upos === 'AUX') && prev.feats.VerbForm === 'Fin' && prev.feats.Mood !== 'Imp') best = inf.conj;
      else if (listItem) best = inf.conj;
    }

    // мен: "and" after a nominal or a verbal noun in the nominative (мұнай мен газ, даму мен
    // қауіпсіздік, күшейту мен дамыту) when the clause goes on; "I" otherwise (Мен барамын,
    // Бүгін мен келдім, оны мен көрдім)
    if (best.lemma === 'мен' && (best.upos === 'PRON' || best.upos === 'CCONJ') && best.segments.length === 1) {
      const nominative = prev !== undefined && (prev.feats.Case === undefined || prev.feats.Case === 'Nom');
      const nominalBefore = prev !== undefined && (NOMINAL.has(prev.upos) || prev.feats.VerbForm === 'Ger') && prev.feats.PronType !== 'Dem' && !TIME_WORDS.has(prev.lemma);
      // a first-person verb next is what "I" does (… мен бардым)
      const goesOn = next !== undefined && !isPunct(next) && !(next.feats.VerbForm === 'Fin' && next.feats.Person === '1');
      const between = !sentenceStart && nominative && nominalBefore && goesOn;
      if (between && inf.conj) best = inf.conj;
      else if (!between && inf.pron) best = inf.pron;
    }

    // -лы/-ды/-ты: a lexicalised adjective (қабілетті маман, шартты түрде, өте қабілетті) or a
    // noun in the accusative (шартты орындады). The adjective before a nominal and after an
    // intensifier; the accusative after a determiner or a genitive when no nominal follows
    // (осы шартты орындады). A derivative the lexicon lacks (елді, қызды) stays a noun.
    if (inf.adj && inf.adj.segments.length === 1 && inf.accNoun) {
      const nominalNext = next !== undefined && (next.upos === 'NOUN' || next.upos === 'ADJ' || next.upos === 'NUM') && next.feats.Case !== 'Acc';
      const intensified = prev !== undefined && INTENSIFIERS.has(prev.lemma);
      if (best.upos === 'NOUN' && best.feats.Case === 'Acc' && (nominalNext || intensified)) best = inf.adj;
      else if (best === inf.adj && !nominalNext && !intensified && prev !== undefined && !sentenceStart && (prev.upos === 'DET' || prev.feats.Case === 'Gen')) best = inf.accNoun;
    }
    // a word that is both a noun and an adjective (орталық, шығыс, орта) is the adjective
    // right before a noun it qualifies (Орталық Азия, орта мектеп) or before an adjective of
    // relation it stacks with (орталық аумақтық, бас санитарлық, орта бойлы); before a possessed
    // noun it is the noun of an izafet (орталық директоры "the centre's director"), and before
    // a predicate or a qualitative adjective it is the noun (науқас бар, министрлік жаңа …,
    // ашылған орталық деструктивті ағымда …)
    // (… or coordinated with an adjective: ірі және орта жеңіл өнеркәсіп)
    const afterAdjAnd = i >= 2 && prev !== undefined && prev.upos === 'CCONJ' && out[i - 2]!.upos === 'ADJ';
    if (best.upos === 'NOUN' && best.segments.length === 1 && !best.guess && inf.adj && inf.adj.segments.length === 1 && inf.adj.lemma === best.lemma && next !== undefined
      && (next.upos === 'NOUN' || next.upos === 'PROPN' || (next.upos === 'ADJ' && (relationalAdj(next, nextInf!) || afterAdjAnd))) && !next.guess && next.feats['Person[psor]'] === undefined) best = inf.adj;
    // a word that is both an adjective and an adverb (аса, әрдайым, ерекше) is the adverb
    // right before a qualitative adjective: it grades it (әрдайым үлкен, едәуір көп), and a word of
    // degree grades any adjective (аса маңызды). Otherwise, before an adjective of relation it
    // qualifies the noun (жедел медициналық бригада, жоғары білімді),
    // and before a noun or a verb it stays the adjective, as UD-KTB tags it (ақырын тыңдайды);
    // so it does after an ablative (мыңнан аса "over …") and as the predicate of a possessed
    // noun (көрсеткіші жоғары жұқпалы ауру)
    if (best.upos === 'ADJ' && best.segments.length === 1 && !best.guess && next !== undefined && next.upos === 'ADJ' && !next.guess && next.feats.Case === undefined
      && (INTENSIFIERS.has(best.lemma) || !relationalAdj(next, nextInf!)) && !(prev !== undefined && (prev.feats.Case === 'Abl' || (prev.feats['Person[psor]'] !== undefined && prev.feats.Case === 'Nom')))) {
      const b = best;
      const adv = cs.find((a) => a.upos === 'ADV' && a.segments.length === 1 && !a.guess && a.lemma === b.lemma);
      if (adv) best = adv;
    }
    // after a numeral not in a case a noun reading wins (2010 жылы = жыл + POSS.3, not the adjective "warm")
    if (inf.noun && best.upos !== 'NOUN' && prev && prev.upos === 'NUM' && (prev.feats.Case === undefined || prev.feats.Case === 'Nom')) best = inf.noun;
    // at the end of a clause a finite verb beats an oblique noun reading (түсті, алды)
    // (not a second person past for a genitive: жұмыс-тың is not жұм-ыс-ты-ң "you closed")
    if (isPunct(next) && inf.fin && (best.upos === 'NOUN' || best.upos === 'ADJ') && (best.feats.Case === 'Acc' || best.feats.Case === 'Gen' || best.feats['Person[psor]'] !== undefined || best.guess)
      && !(best.feats.Case === 'Gen' && inf.fin.feats.Person === '2')) best = inf.fin;
    // бол after a nominal predicate (or a participle) is the copula-like auxiliary, and so it
    // is after a locative one: базарында болды "was at the market", құрамында болып
    if (best.lemma === 'бол' && (best.upos === 'VERB' || best.upos === 'AUX') && prev && !sentenceStart) {
      const nominalPred = (NOMINAL.has(prev.upos) || prev.upos === 'ADP' || prev.upos === 'ADV') && (prev.feats.Case === undefined || prev.feats.Case === 'Nom' || prev.feats.Case === 'Loc');
      if (nominalPred || prev.upos === 'VERB') best = asAux(best);
    }
    // desiderative + кел (айтқым келеді)
    if (best.lemma === 'кел' && prev && prev.feats.Mood === 'Des') best = asAux(best);

    // compound predicates and multi-word names: пайда болды, жүзеге асырылды, ауа райы → X + word
    if (nextInf && (best.upos === 'NOUN' || best.upos === 'ADJ' || best.upos === 'VERB' || best.upos === 'PRON' || best.upos === 'ADV') && best.segments.length <= 2) {
      const lw = (words[i] ?? '').toLowerCase();
      if (multiWordHead(lw, nextInf)) best = { lemma: lw, headword: lw, upos: 'X', feats: {}, segments: [{ text: words[i] ?? '', label: null }], guess: false };
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
