// The stem lexicon's source format (data/kazakh/lexicon/*.txt, see its README.md): parser,
// validator and compiler. Pure: the caller reads the files and passes their text. The
// compiled form is what scripts/lexicon/build-lexicon.ts writes into ./generated/ for the
// engine (and the browser bundle) to import.
//
// A source line:   FORM  POS  [FLAG ...]  [# comment]
//   FORM  Cyrillic words, joined by spaces or hyphens (ауыл шаруашылығы, қарым-қатынас)
//   POS   a UD part-of-speech tag
//   FLAG  =LEMMA       the form is an allomorph listed under LEMMA (де PART =да)
//         lexicalised  a word of its own beside the word it is derived from: a noun in -у/-ю
//                      beside its verb (қару), a verb beside the shorter verb it looks like
//                      a voice form of (қатынас "take part" ≠ қатына+с "commute")
//         possessed    the form ends in a lexicalised possessive and declines like a
//                      possessed noun (отбасы → отбасынан, бәрі → бәрін)
//         vowel-drop   a verb that loses its last ы/і before a vowel (қорық → қорқады, қорқу)
//         headword=FORM  a verb whose -у form no rule gives (е headword=е)
//         defective    a verb with no regular forms: only its listed irregular ones (the
//                      copula е: еді, екен, емес; never е-сін, е-ді-ң)
//         front        a noun with back vowels that takes front suffixes (хал → халі, халге)
//         masc, fem    a personal name's gender (UD-KTB: Gender=Masc|Fem on person names);
//                      names given to either sex, and surnames that do not inflect for
//                      gender (Обама, Марченко), have none
//         unsure       the entry awaits a linguist's review
// homographs.txt ranks the readings of every form that has more than one:
//   FORM: POS POS=LEMMA …   (first = preferred when the context does not decide)

import type { Upos } from '../types';
import { verbalNoun } from './verbal-noun';

export const UPOS_TAGS: readonly Upos[] = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'PUNCT', 'SYM', 'X'];
const UPOS_SET: ReadonlySet<string> = new Set(UPOS_TAGS);

/** Which parts of speech each source file may hold (files are named by what they hold). */
export const FILE_POS: Readonly<Record<string, readonly Upos[]>> = {
  'nouns.txt': ['NOUN'],
  'loanwords.txt': ['NOUN', 'ADJ'],
  'russian-words.txt': ['NOUN', 'ADJ', 'ADV', 'PRON', 'PART', 'CCONJ', 'SCONJ', 'INTJ'],
  'verbs.txt': ['VERB'],
  'adjectives.txt': ['ADJ'],
  'adverbs.txt': ['ADV'],
  'function-words.txt': ['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX'],
  'numerals.txt': ['NUM'],
  'interjections.txt': ['INTJ'],
  'place-names.txt': ['PROPN'],
  'person-names.txt': ['PROPN'],
  'organisations.txt': ['PROPN'],
  'other-names.txt': ['PROPN'],
};
export const HOMOGRAPHS_FILE = 'homographs.txt';

const FLAGS: ReadonlySet<string> = new Set(['lexicalised', 'possessed', 'vowel-drop', 'defective', 'front', 'masc', 'fem', 'unsure']);
/** Gender flags: only on personal names. */
const GENDER_FLAGS: ReadonlySet<string> = new Set(['masc', 'fem']);

export interface SourceFile {
  name: string;
  text: string;
}

export interface SourceEntry {
  /** the form as written (proper nouns capitalised) */
  form: string;
  /** the lemma: the form, or the target of an =LEMMA flag */
  lemma: string;
  upos: Upos;
  flags: string[];
  file: string;
  line: number;
}

export interface LexiconProblem {
  file: string;
  line: number;
  message: string;
}

/** A compiled entry: what the engine needs. */
export interface CompiledEntry {
  form: string;
  lemma: string;
  upos: Upos;
  flags: string[];
}

const CYRILLIC_LETTER = /^[\u0400-\u04FF]$/u;
const LATIN_LETTER = /^[A-Za-z\u00C0-\u024F]$/u;
const HAS_UPPER = /\p{Lu}/u;

/** Problems with the letters of a form: mixed scripts, Latin, digits, stray characters. */
export function formProblems(form: string): string[] {
  const out: string[] = [];
  if (form !== form.trim() || /\s{2,}/.test(form)) out.push(`stray spaces in «${form}»`);
  for (const word of form.split(/[ -]/)) {
    if (word === '') {
      if (!/^-[\u0400-\u04FF]+$/u.test(form)) out.push(`empty word in «${form}»`);
      continue;
    }
    let cyr = 0;
    let lat = 0;
    let other = '';
    for (const ch of word) {
      if (CYRILLIC_LETTER.test(ch)) cyr++;
      else if (LATIN_LETTER.test(ch)) lat++;
      else other += ch;
    }
    if (cyr > 0 && lat > 0) out.push(`mixed Cyrillic/Latin letters in «${word}»`);
    else if (lat > 0) out.push(`Latin word «${word}» (the lexicon is Cyrillic)`);
    if (other) out.push(`characters «${other}» in «${word}»`);
  }
  return out;
}

/** Parse one source file. */
export function parseLexiconFile(file: SourceFile): { entries: SourceEntry[]; problems: LexiconProblem[] } {
  const entries: SourceEntry[] = [];
  const problems: LexiconProblem[] = [];
  const allowed = FILE_POS[file.name];
  if (!allowed) problems.push({ file: file.name, line: 0, message: `unknown lexicon file (known: ${Object.keys(FILE_POS).join(', ')})` });
  file.text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/#.*/, '').trim();
    if (!text) return;
    const toks = text.split(/\s+/);
    const posAt = toks.findIndex((t) => /^[A-Z]+$/.test(t));
    const problem = (message: string): void => void problems.push({ file: file.name, line, message });
    if (posAt < 0) return problem(`missing part of speech in «${text}»`);
    if (posAt === 0) return problem(`missing form before ${toks[0]}`);
    const form = toks.slice(0, posAt).join(' ');
    const pos = toks[posAt]!;
    if (!UPOS_SET.has(pos)) return problem(`unknown part of speech ${pos} for «${form}»`);
    const upos = pos as Upos;
    const flags = toks.slice(posAt + 1);
    for (const m of formProblems(form)) problem(m);
    for (const f of flags) {
      if (f.startsWith('=')) {
        if (formProblems(f.slice(1)).length || f.length < 2) problem(`bad allomorph target ${f} for «${form}»`);
      } else if (f.startsWith('headword=')) {
        if (upos !== 'VERB') problem(`headword= is for verbs, not ${upos} «${form}»`);
        else if (formProblems(f.slice(9)).length || f.length < 10) problem(`bad headword ${f} for «${form}»`);
        else if (f.slice(9) === verbalNoun(form, flags.includes('vowel-drop'))) problem(`«${form}» headword=${f.slice(9)} is what the rule gives: drop the flag`);
      } else if (!FLAGS.has(f)) problem(`unknown flag ${f} for «${form}» (known: =LEMMA, ${[...FLAGS].join(', ')})`);
      else if (f === 'front' && upos !== 'NOUN' && upos !== 'ADJ') problem(`front is for nouns and adjectives, not ${upos} «${form}»`);
      else if (GENDER_FLAGS.has(f) && file.name !== 'person-names.txt') problem(`${f} is for personal names (person-names.txt), not «${form}» in ${file.name}`);
    }
    if (flags.filter((f) => GENDER_FLAGS.has(f)).length > 1) problem(`«${form}» has more than one gender`);
    if (allowed && !allowed.includes(upos)) problem(`${upos} «${form}» does not belong in ${file.name} (it holds ${allowed.join(', ')})`);
    if (upos === 'PROPN' && !HAS_UPPER.test(form[0] ?? '')) problem(`proper noun «${form}» is not capitalised`);
    if (upos !== 'PROPN' && HAS_UPPER.test(form)) problem(`${upos} «${form}» has capital letters (only proper nouns do)`);
    const alias = flags.find((f) => f.startsWith('='));
    entries.push({ form, lemma: alias ? alias.slice(1) : form, upos, flags, file: file.name, line });
  });
  return { entries, problems };
}

interface Reading {
  upos: Upos;
  /** lower-cased lemma when it differs from the form (allomorphs) */
  lemma: string | null;
}

function readingKey(r: Reading): string {
  return r.lemma ? `${r.upos}=${r.lemma}` : r.upos;
}

/** Parse homographs.txt: form → readings in order of preference. */
export function parseHomographs(text: string): { order: Map<string, { readings: Reading[]; line: number }>; problems: LexiconProblem[] } {
  const order = new Map<string, { readings: Reading[]; line: number }>();
  const problems: LexiconProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const t = raw.replace(/#.*/, '').trim();
    if (!t) return;
    const problem = (message: string): void => void problems.push({ file: HOMOGRAPHS_FILE, line, message });
    const colon = t.indexOf(':');
    if (colon < 0) return problem(`expected «form: POS POS …», got «${t}»`);
    const form = t.slice(0, colon).trim().toLowerCase();
    const readings: Reading[] = [];
    for (const tok of t.slice(colon + 1).trim().split(/\s+/).filter(Boolean)) {
      const [pos, lemma] = tok.split('=');
      if (!UPOS_SET.has(pos ?? '')) return problem(`unknown part of speech ${pos} for «${form}»`);
      readings.push({ upos: pos as Upos, lemma: lemma ? lemma.toLowerCase() : null });
    }
    if (order.has(form)) return problem(`«${form}» is ranked twice (also line ${order.get(form)!.line})`);
    const keys = readings.map(readingKey);
    if (new Set(keys).size !== keys.length) return problem(`«${form}» lists a reading twice`);
    order.set(form, { readings, line });
  });
  return { order, problems };
}

/**
 * Validate and compile the lexicon: entries grouped by lower-cased form, each group in the
 * order homographs.txt gives. Problems are returned, never thrown.
 */
export function compileLexicon(files: readonly SourceFile[], homographsText: string): { entries: CompiledEntry[]; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  const byForm = new Map<string, SourceEntry[]>();
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const parsed = parseLexiconFile(f);
    problems.push(...parsed.problems);
    for (const e of parsed.entries) {
      const key = e.form.toLowerCase();
      let list = byForm.get(key);
      if (!list) byForm.set(key, (list = []));
      const dup = list.find((x) => x.upos === e.upos);
      if (dup) {
        problems.push({ file: e.file, line: e.line, message: `duplicate: «${e.form}» ${e.upos} is already in ${dup.file}:${dup.line}` });
        continue;
      }
      list.push(e);
    }
  }
  // allomorph targets exist with the same part of speech
  for (const list of byForm.values()) {
    for (const e of list) {
      if (e.lemma === e.form) continue;
      const target = byForm.get(e.lemma.toLowerCase()) ?? [];
      if (!target.some((t) => t.upos === e.upos && t.lemma === t.form)) {
        problems.push({ file: e.file, line: e.line, message: `«${e.form}» ${e.upos} =${e.lemma}: no ${e.upos} entry «${e.lemma}»` });
      }
    }
  }
  // a noun in -у that is just the verbal noun of a lexicon verb is analysed from the verb
  // (UD-KTB: бастау → VERB баста); keep it only as a word of its own
  const verbalNouns = new Map<string, string>();
  for (const list of byForm.values()) {
    for (const e of list) {
      if (e.upos !== 'VERB') continue;
      const hw = e.flags.find((f) => f.startsWith('headword='));
      verbalNouns.set(hw ? hw.slice(9) : verbalNoun(e.lemma, e.flags.includes('vowel-drop')), e.lemma);
    }
  }
  for (const [key, list] of byForm) {
    const verb = verbalNouns.get(key);
    if (!verb) continue;
    for (const e of list) {
      if (e.upos === 'NOUN' && !e.flags.includes('lexicalised')) {
        problems.push({ file: e.file, line: e.line, message: `noun «${e.form}» is the verbal noun of ${verb}: flag it lexicalised if it is a word of its own, or remove it` });
      }
    }
  }
  // ranking of homographs
  const { order, problems: hp } = parseHomographs(homographsText);
  problems.push(...hp);
  const entries: CompiledEntry[] = [];
  for (const [key, list] of byForm) {
    const ranked = order.get(key);
    const have = list.map((e) => readingKey({ upos: e.upos, lemma: e.lemma.toLowerCase() === key ? null : e.lemma.toLowerCase() }));
    if (list.length > 1 && !ranked) {
      problems.push({ file: HOMOGRAPHS_FILE, line: 0, message: `«${key}» has ${list.length} readings (${have.join(' ')}): rank them in ${HOMOGRAPHS_FILE}` });
    }
    let sorted = list;
    if (ranked) {
      const want = ranked.readings.map(readingKey);
      if (list.length < 2) problems.push({ file: HOMOGRAPHS_FILE, line: ranked.line, message: `«${key}» has one reading only (${have.join(' ')}): remove its ranking` });
      else if ([...want].sort().join(' ') !== [...have].sort().join(' ')) {
        problems.push({ file: HOMOGRAPHS_FILE, line: ranked.line, message: `«${key}» ranks ${want.join(' ')} but the lexicon has ${have.join(' ')}` });
      } else sorted = want.map((k) => list[have.indexOf(k)]!);
    }
    for (const e of sorted) entries.push({ form: e.form, lemma: e.lemma, upos: e.upos, flags: e.flags });
  }
  for (const [key, r] of order) {
    if (!byForm.has(key)) problems.push({ file: HOMOGRAPHS_FILE, line: r.line, message: `«${key}» is not in the lexicon` });
  }
  return { entries, problems };
}

/** The compact text the generated module holds: "form\tPOS[\tflag,flag]" lines, homographs in rank order. */
export function serializeCompiled(entries: readonly CompiledEntry[]): string {
  return entries.map((e) => [e.form, e.upos, ...(e.flags.length ? [e.flags.join(',')] : [])].join('\t')).join('\n');
}

/** Inverse of serializeCompiled. */
export function deserializeCompiled(text: string): CompiledEntry[] {
  const out: CompiledEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [form = '', upos = 'X', flagText] = line.split('\t');
    const flags = flagText ? flagText.split(',') : [];
    const alias = flags.find((f) => f.startsWith('='));
    out.push({ form, lemma: alias ? alias.slice(1) : form, upos: upos as Upos, flags });
  }
  return out;
}
