// analyze(): the public word-level entry. Handles letter case, punctuation, numbers,
// abbreviations with suffixes (КСРО-дан), hyphenated compounds (қарым-қатынас),
// headwords, memoisation, and never throws.

import type { Analysis, Segment, Upos } from '../types';
import { lookupLemma } from '../lexicon';
import { MAX_READINGS, readingsFor, type Reading } from './analyzer';
import { endingTable } from './table';
import { headwordOf } from './headword';
import { PRON_FEATS } from './closed';

const MAX_WORD = 64;
const MEMO_LIMIT = 100_000;
/** A memoised word: its analyses and a slot for sentence-level facts (see sentence.ts). */
export interface MemoEntry {
  list: Analysis[];
  info: unknown;
}
const memo = new Map<string, MemoEntry>();

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x0400 && c <= 0x04ff) return c < 0x0482 || c > 0x0489; // Cyrillic, its signs aside
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isCyr(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x0400 && c <= 0x052f;
}

function simple(form: string, lemma: string, upos: Upos, feats: Record<string, string> = {}, guess = true): Analysis {
  return { lemma, headword: lemma, upos, feats, segments: [{ text: form, label: null }], guess };
}

/** Restore the input's letter case on a reading's segments and pick the lemma's case. */
function toAnalysis(form: string, r: Reading, capital: boolean, lowerForm: boolean): Analysis {
  let segments: Segment[];
  let pos = 0;
  if (lowerForm) {
    // the reading's own pieces already spell the form (readings are fresh, never shared)
    segments = r.segs;
    for (const s of r.segs) pos += s.text.length;
  } else {
    segments = [];
    for (const s of r.segs) {
      segments.push(s.base === undefined ? { text: form.slice(pos, pos + s.text.length), label: s.label } : { text: form.slice(pos, pos + s.text.length), label: s.label, base: s.base });
      pos += s.text.length;
    }
  }
  if (pos !== form.length) {
    // should not happen; keep the contract (joined segments == form)
    segments = [{ text: form, label: null }];
  }
  let lemma = r.lemma;
  let upos = r.upos;
  let feats = r.feats;
  if (r.guess && capital) {
    upos = 'PROPN';
    const stemLen = r.segs[0]?.text.length ?? form.length;
    lemma = form.slice(0, stemLen);
    // a bare name is in the nominative, as every UD-KTB PROPN has a Case (Әбішұлы was read
    // from the guessed adjective -лы, which has none)
    if (feats.Case === undefined && r.segs.length === 1) feats = { ...feats, Case: 'Nom' };
    const g = surnameGender(lemma);
    if (g) feats = { ...feats, Gender: g };
  } else if (upos !== 'PROPN') {
    lemma = lemma.toLowerCase();
  }
  return { lemma, headword: headwordOf(lemma, upos), upos, feats, segments, guess: r.guess };
}

const MASC_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:[оеё]в|ұлы|ий|вич)$/u;
const FEM_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:[оеё]ва|қызы|вна|ична)$/u;

/**
 * The gender of an unknown name by its surname or patronymic ending (UD-KTB gives person names
 * Gender): -ов/-ев and -ұлы are a man's (Сапарбаев, Әбішұлы), -ова/-ева and -қызы a woman's
 * (Есімханова, Асанқызы); so are the Russian first names and surnames in -ий (Дмитрий, Зеленский,
 * Омельницкий) and patronymics in -вич, and patronymics in -вна/-ична a woman's. -ин/-ина are
 * left alone: too many places end so (Берлин, Пекин); and -ская too, which in news is mostly a
 * Russian organisation's adjective (Казахстанская, Городская).
 */
function surnameGender(name: string): string | null {
  if (MASC_SURNAME.test(name)) return 'Masc';
  if (FEM_SURNAME.test(name)) return 'Fem';
  return null;
}

/**
 * Hesitation sounds of transcribed speech (ыы, іі, эээ, аа, ммм, a lone ы or і): one sound,
 * maybe held. Not words to learn; interjections in UD terms.
 */
const HESITATION = /^(?:ы+м*|і+м*|э+м*|ә{2,}|а{2,}|о{2,}|ө{2,}|м{2,}|у{3,})$/u;

function analyzeLetters(form: string): Analysis[] {
  const lower = form.toLowerCase();
  if (HESITATION.test(lower) && lookupLemma(lower).length === 0) return [simple(form, lower, 'INTJ', {}, false)];
  if (lower.length !== form.length) {
    // exotic casing that changes length: analyse as-is without case restoration
    return readingsFor(lower).map((r) => ({ ...toAnalysis(lower, r, false, true), segments: [{ text: form, label: null }] }));
  }
  const first = form[0] ?? '';
  const capital = first !== first.toLowerCase();
  const allUpper = form.length > 1 && form === form.toUpperCase();
  let readings = readingsFor(lower);
  if (capital && !allUpper && readings.some((r) => r.upos === 'PROPN' && !r.guess)) {
    // a capitalised form that the lexicon knows as a proper noun (Азамат, Нұр): name first
    readings = [...readings.filter((r) => r.upos === 'PROPN' && !r.guess), ...readings.filter((r) => r.upos !== 'PROPN' || r.guess)];
  }
  if (capital && readings.length > 0 && readings.every((r) => r.guess)) {
    // an unknown capitalised word: proper noun first (nominal readings before verbal ones),
    // then the same guesses as common words (chosen by analyzeSentence at sentence start)
    const out: Analysis[] = [];
    for (const r of readings) if (r.upos !== 'VERB' && out.length < MAX_READINGS) out.push(toAnalysis(form, r, true, false));
    for (const r of readings) if (out.length < MAX_READINGS) out.push(toAnalysis(form, r, false, false));
    return out;
  }
  const out: Analysis[] = [];
  for (const r of readings) {
    out.push(toAnalysis(form, r, capital, !capital && form === lower));
    if (out.length === MAX_READINGS) break;
  }
  return out;
}

function isCapitalised(w: string): boolean {
  const c = w[0] ?? '';
  return c !== c.toLowerCase();
}

/**
 * A pair whose first part is an adverb (күндіз-түні "day and night") or an inflected noun or
 * pronoun (жылдан-жылға "year by year", өзін-өзі "oneself") is one word, an adverb (a pronoun
 * after a pronoun): the second part's ending belongs to the pair, so the lemma is the whole
 * pair, not the pair cut at the second part's stem (күндіз-түн). A first part in the
 * nominative (ата-анасы) or a converb (тергеп-тексеру) leaves the second part's analysis.
 */
function adverbialPair(form: string, first: string): Analysis | null {
  const fa = analyzeLetters(first)[0];
  if (!fa || fa.guess) return null;
  // an oblique case (жылдан, күннен, өзін) or the 3rd-person possessive (күні); not a first
  // person possessive, which a bound first part only seems to carry (қарым = қар+ым)
  const c = fa.feats.Case;
  const inflected = (fa.upos === 'NOUN' || fa.upos === 'PRON') && fa.segments.length > 1 && !fa.feats['Number[psor]']?.startsWith('Sing') && fa.feats['Person[psor]'] !== '1' && fa.feats['Person[psor]'] !== '2'
    && (c === 'Abl' || c === 'Dat' || c === 'Loc' || c === 'Acc' || c === 'Ins' || (c === 'Nom' && fa.feats['Person[psor]'] === '3'));
  if (!(fa.upos === 'ADV' && fa.segments.length === 1) && !inflected) return null;
  // two possessed nouns in the nominative are one noun (аты-жөні "full name", айы-күні "date");
  // other inflected first parts make an adverb (жылдан-жылға), a pronoun after a pronoun
  const upos: Upos = fa.upos === 'PRON' ? 'PRON' : fa.upos === 'NOUN' && fa.feats.Case === 'Nom' ? 'NOUN' : 'ADV';
  const lemma = form.toLowerCase();
  const feats: Record<string, string> = upos === 'PRON' && fa.feats.PronType ? { PronType: fa.feats.PronType } : upos === 'NOUN' ? { Case: 'Nom' } : {};
  return { lemma, headword: lemma, upos, feats, segments: [{ text: form, label: null }], guess: false };
}

/** Suffix after a hyphen on an abbreviation or number: КСРО-дан, 1990-жылы? (only pure suffixes). */
function hyphenSuffixed(form: string): Analysis[] | null {
  const h = form.lastIndexOf('-');
  if (h <= 0 || h === form.length - 1) return null;
  const head = form.slice(0, h);
  const tail = form.slice(h + 1);
  const tailLower = tail.toLowerCase();
  const entries = endingTable().get(tailLower);
  const isAbbr = head.length >= 2 && head === head.toUpperCase() && [...head].some(isLetter);
  const isNum = /^[0-9]+([.,][0-9]+)?%?$/.test(head);
  if (entries && (isAbbr || isNum)) {
    const nom = entries.find((e) => e.chain.cat === 'N' && e.chain.kind === 'N') ?? entries[0]!;
    const feats = { ...nom.chain.feats };
    const segments: Segment[] = [{ text: head, label: null }];
    let pos = h;
    nom.parts.forEach((p, i) => {
      const t = form.slice(pos, pos + p.length + (i === 0 ? 1 : 0));
      pos += t.length;
      if (t) segments.push({ text: t, label: nom.chain.morphs[i]?.label ?? null });
    });
    if (segments.map((s) => s.text).join('') !== form) return null;
    const upos: Upos = isNum ? 'NUM' : 'PROPN';
    const lemma = isNum ? head.replace(/%$/, '') : head;
    if (isNum) { delete feats.Case; feats.NumType = 'Card'; }
    const known = isAbbr ? lookupLemma(head.toLowerCase()).length > 0 : true;
    return [{ lemma, headword: lemma, upos, feats, segments, guess: !known }];
  }
  if (isNum && /^(ші|шы|інші|ыншы|нші|ншы|сыншы|сінші)$/.test(tailLower)) {
    return [{ lemma: head, headword: head, upos: 'NUM', feats: { NumType: 'Ord' }, segments: [{ text: head, label: null }, { text: form.slice(h), label: 'ORD' }], guess: false }];
  }
  return null;
}

/** Person endings of the copulas емес, жоқ and екен in analytic verb forms. */
const COPULA_PERSON: Readonly<Record<string, Record<string, string>>> = {
  '': { Number: 'Sing', Person: '3' },
  'мін': { Number: 'Sing', Person: '1' }, 'пын': { Number: 'Sing', Person: '1' }, 'пін': { Number: 'Sing', Person: '1' },
  'сың': { Number: 'Sing', Person: '2' }, 'сің': { Number: 'Sing', Person: '2' },
  'сыз': { Number: 'Sing', Person: '2', Polite: 'Form' }, 'сіз': { Number: 'Sing', Person: '2', Polite: 'Form' },
  'біз': { Number: 'Plur', Person: '1' }, 'пыз': { Number: 'Plur', Person: '1' }, 'піз': { Number: 'Plur', Person: '1' },
  'сыңдар': { Number: 'Plur', Person: '2' }, 'сіңдер': { Number: 'Plur', Person: '2' },
};
const ANALYTIC = /^(емес|жоқ|екен)(мін|пын|пін|сың|сің|сыз|сіз|біз|пыз|піз|сыңдар|сіңдер)?$/u;

/**
 * An analytic verb form written as one word with a space (UD-KTB tokens «болған жоқ»,
 * «көрген емеспін», «деген екен», «аңдысам екен»): a past participle + емес/жоқ is the
 * negative past, + екен the evidential past; a conditional + екен is the desiderative. The
 * lemma is the verb's; the copula's person ending gives the person.
 */
function analyticForm(form: string): Analysis[] | null {
  const sp = form.indexOf(' ');
  if (sp <= 0) return null;
  const m = ANALYTIC.exec(form.slice(sp + 1).toLowerCase());
  if (!m) return null;
  const cop = m[1]!;
  const person = COPULA_PERSON[m[2] ?? ''];
  if (!person) return null;
  const first = form.slice(0, sp);
  for (const a of analyzeLetters(first)) {
    if ((a.upos !== 'VERB' && a.upos !== 'AUX') || a.guess) continue;
    const last = a.segments[a.segments.length - 1]?.label;
    const feats: Record<string, string> = { ...a.feats };
    let label: string;
    if (last === 'PTCP.PST' && a.feats.VerbForm === 'Fin') {
      delete feats.Number; delete feats.Person; delete feats.Polite;
      Object.assign(feats, cop === 'екен' ? { Evident: 'Fh' } : { Polarity: 'Neg' }, person);
      label = cop === 'екен' ? 'EVID' : 'NEG';
    } else if (a.feats.Mood === 'Cnd' && cop === 'екен' && m[2] === undefined) {
      // the person is the conditional's (аңдыса-м екен "if only I could watch")
      Object.assign(feats, { Mood: 'Des', VerbForm: 'Fin' });
      label = 'DES';
    } else continue;
    return [{ ...a, feats, segments: [...a.segments, { text: form.slice(sp), label }] }];
  }
  return null;
}

/** number + hyphen + word (1990-жылы, 5-сынып) */
const NUMBER_HYPHEN_WORD = /^([0-9]+(?:[.,][0-9]+)?-)(\p{L}+)$/u;

function analyzeUncached(form: string): Analysis[] {
  if (form.length === 0) return [simple('', '', 'X')];
  if (form.length > MAX_WORD) return [simple(form, form.toLowerCase(), 'X')];
  let letters = 0;
  let digits = 0;
  let cyr = 0;
  let other = 0;
  for (const ch of form) {
    if (isLetter(ch)) {
      letters++;
      if (isCyr(ch)) cyr++;
    } else if (ch >= '0' && ch <= '9') digits++;
    else if (ch !== '-') other++;
  }
  if (letters === 0) {
    if (digits > 0) return [simple(form, form, 'NUM', { NumType: 'Card' }, false)];
    if (form === '№') return [simple(form, form, 'NOUN', {}, false)];
    if (/^[\p{P}]+$/u.test(form)) return [simple(form, form, 'PUNCT', {}, false)];
    return [simple(form, form, 'SYM')];
  }
  if (digits > 0 || other > 0 || form.includes('-')) {
    const hs = hyphenSuffixed(form);
    if (hs) return hs;
  }
  // abbreviations with a full stop (ж., М., б.з.б., т.б.): nouns in UD-KTB, lemma = form
  if (form.endsWith('.') && letters > 0 && letters <= 6) return [simple(form, form, 'NOUN', {}, false)];
  if (cyr === 0) {
    // Latin or another script
    const roman = /^[IVXLCDM]+$/.test(form);
    return [simple(form, form, roman ? 'NUM' : 'X', roman ? { NumType: 'Ord' } : {})];
  }
  // number + hyphen + word (1990-жылы, 5-сынып): the word carries the analysis
  const nh = digits > 0 ? NUMBER_HYPHEN_WORD.exec(form) : null;
  if (nh) {
    const head = nh[1]!;
    return analyzeLetters(nh[2]!).map((a) => ({
      ...a,
      segments: [{ text: head + (a.segments[0]?.text ?? ''), label: null }, ...a.segments.slice(1)],
    }));
  }
  if (other === 1 && digits === 0) {
    const an = analyticForm(form);
    if (an) return an;
  }
  if (other > 0 || digits > 0) return [simple(form, form.toLowerCase(), 'X')];
  // hyphenated compound: analyse the last part, keep the first part in the lemma
  if (form.includes('-')) {
    const whole = lookupLemma(form.toLowerCase());
    if (whole.length === 0) {
      const h = form.lastIndexOf('-');
      const head = form.slice(0, h + 1);
      const tail = form.slice(h + 1);
      // the emphatic particle written with a hyphen (минуттарда-ақ "within minutes", төрт-ақ
      // "only four") leaves the word it follows as it is
      if (tail.toLowerCase() === 'ақ' && h > 0) {
        return analyzeEntry(form.slice(0, h)).list.map((a) => ({ ...a, segments: [...a.segments, { text: form.slice(h), label: 'PART' }] }));
      }
      if (tail && [...tail].every(isLetter)) {
        const first = head.slice(0, -1);
        const sub = analyzeLetters(tail);
        // (a pair the lexicon lists, like қарым-қатынас, is never re-read from its first part)
        const pair = lookupLemma((head + (sub[0]?.lemma ?? '')).toLowerCase()).length === 0 ? adverbialPair(form, first) : null;
        if (pair) return [pair];
        // two capitalised parts with a name among them name one thing (Нұр-Сұлтан, Қасым-Жомарт;
        // not the title Премьер-Министр)
        const name = isCapitalised(first) && isCapitalised(tail) && (sub[0]?.upos === 'PROPN' || lookupLemma(first.toLowerCase()).some((e) => e.upos === 'PROPN'));
        const out = sub.map((a) => {
          const segments = [{ text: head + (a.segments[0]?.text ?? ''), label: null }, ...a.segments.slice(1)];
          let upos: Upos = name && !a.guess && (a.upos === 'NOUN' || a.upos === 'ADJ') ? 'PROPN' : a.upos;
          let feats = a.feats;
          // the pair in the lexicon under another part of speech: бір-бір PRON "each other"
          // (бір-бірімен), not the numeral of its second part
          const listed = lookupLemma((head + a.lemma).toLowerCase());
          if (listed.length > 0 && !listed.some((e) => e.upos === upos) && listed[0]!.upos === 'PRON') {
            upos = 'PRON';
            feats = { ...a.feats, ...(PRON_FEATS[(head + a.lemma).toLowerCase()] ?? {}) };
            delete feats.NumType;
          }
          const lemmaHead = upos === 'PROPN' ? head : head.toLowerCase();
          const tailLemma = upos === 'PROPN' && a.upos !== 'PROPN' ? tail.slice(0, a.segments[0]?.text.length ?? tail.length) : a.lemma;
          const lemma = lemmaHead + tailLemma;
          // the pair the lexicon lists (дәрі-дәрмек, сауда-саттық) is known even when its second
          // part alone is not a word (дәрмек, саттық): дәрі-дәрмек-пен, сауда-саттық-ты
          const guess = a.guess && !listed.some((e) => e.upos === upos);
          return { ...a, upos, feats, lemma, headword: upos === a.upos ? lemmaHead + a.headword : lemma, segments, guess } as Analysis;
        });
        // readings of a listed pair first (сауда-саттық-ты before the guess сауда-саттықт-ы)
        if (out.some((a) => a.guess) && out.some((a) => !a.guess)) return [...out.filter((a) => !a.guess), ...out.filter((a) => a.guess)];
        return out;
      }
    }
  }
  return analyzeLetters(form);
}

/** The memo entry of a word (analyses + sentence-level slot). Never throws. */
export function analyzeEntry(word: string): MemoEntry {
  try {
    if (typeof word !== 'string') return { list: [simple('', '', 'X')], info: undefined };
    const hit = memo.get(word);
    if (hit) return hit;
    const res = analyzeUncached(word);
    const entry: MemoEntry = { list: res.length > 0 ? res : [simple(word, word.toLowerCase(), 'X')], info: undefined };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    if (word.length <= MAX_WORD) memo.set(word, entry);
    return entry;
  } catch {
    const w = typeof word === 'string' ? word : '';
    return { list: [simple(w, w.toLowerCase(), 'X')], info: undefined };
  }
}

/**
 * Ranked analyses of one word form, best first. Never throws, never empty.
 * The returned array is memoised and shared: do not mutate it.
 */
export function analyze(word: string): Analysis[] {
  return analyzeEntry(word).list;
}

/** true when some analysis of the word is not a guess (its stem is in the lexicon). */
export function isKnownForm(word: string): boolean {
  const as = analyze(word);
  return as.some((a) => !a.guess && a.upos !== 'PUNCT' && a.upos !== 'SYM' && a.upos !== 'X' && a.lemma !== '');
}

/** Clear all memoised analyses (used by evaluation tools after changing the lexicon view). */
export function resetCaches(): void {
  memo.clear();
}
