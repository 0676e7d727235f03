// Stem lexicon: lemma + UD UPOS (+ flags). The data live as reviewable text in ./data/*.ts
// (sections "@UPOS" followed by whitespace-separated lemmas; "lemma|flag|flag" adds flags;
// "#" comments run to the end of the line).
// Flags: R = Russian/international loan; =LEMMA = this form is an allomorph of LEMMA
// (particles: де|=да, пен|=мен); N = a lexicalised noun in -у kept beside its verb (даму).
// Parsed lazily on first use; no I/O at run time.

import type { Upos } from '../types';
import { FUNCTION_WORDS } from './data/function';
import { NOUNS } from './data/nouns';
import { VERBS } from './data/verbs';
import { ADJECTIVES } from './data/adjectives';
import { ADVERBS } from './data/adverbs';
import { PROPER_NOUNS } from './data/proper';
import { LOANWORDS } from './data/loans';
import { EXTRA1 } from './data/extra1';
import { EXTRA2 } from './data/extra2';
import { EXTRA3 } from './data/extra3';
import { EXTRA4 } from './data/extra4';
import { EXTRA5 } from './data/extra5';

export interface LexEntry {
  /** lemma as written in the lexicon (proper nouns capitalised) */
  lemma: string;
  upos: Upos;
  flags: readonly string[];
  /** order among the entries with the same lower-cased lemma (0 = preferred) */
  rank: number;
}

const UPOS_SET = new Set<string>(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'PUNCT', 'SYM', 'X']);

let index: Map<string, LexEntry[]> | null = null;
let maxLemmaLen = 0;

/** Sources in priority order: earlier sources rank first among homographs. */
const SOURCES: readonly string[] = [FUNCTION_WORDS, NOUNS, ADJECTIVES, ADVERBS, VERBS, LOANWORDS, EXTRA1, EXTRA2, EXTRA3, EXTRA4, EXTRA5, PROPER_NOUNS];

function build(): Map<string, LexEntry[]> {
  const m = new Map<string, LexEntry[]>();
  for (const src of SOURCES) {
    let upos: Upos = 'NOUN';
    // "#" starts a comment that runs to the end of the line
    const text = src.replace(/#[^\n]*/g, ' ');
    for (const tok of text.split(/\s+/)) {
      if (!tok) continue;
      if (tok.startsWith('@')) {
        const u = tok.slice(1);
        if (UPOS_SET.has(u)) upos = u as Upos;
        continue;
      }
      const [lemmaRaw, ...flags] = tok.split('|');
      const form = (lemmaRaw ?? '').replace(/_/g, ' ');
      if (!form) continue;
      // "де|=да": the form is listed under another lemma (allomorphs of particles)
      const alias = flags.find((f) => f.startsWith('='));
      const lemma = alias ? alias.slice(1) : form;
      const key = form.toLowerCase();
      let list = m.get(key);
      if (!list) m.set(key, (list = []));
      if (list.some((e) => e.upos === upos && e.lemma === lemma)) continue;
      list.push({ lemma, upos, flags, rank: list.length });
      if (key.length > maxLemmaLen) maxLemmaLen = key.length;
    }
  }
  // Verbal nouns in -у are analysed from their verb (UD-KTB: бастау → VERB баста), so a
  // NOUN entry in -у/-ю whose verb is known is dropped.
  for (const [key, list] of m) {
    if (!/[ую]$/.test(key)) continue;
    const base = key.slice(0, -1);
    const verbs = [base, base + 'ы', base + 'і', base + 'й'].some((b) => (m.get(b) ?? []).some((e) => e.upos === 'VERB'));
    if (!verbs) continue;
    const kept = list.filter((e) => e.upos !== 'NOUN' || e.flags.includes('N'));
    if (kept.length === list.length) continue;
    kept.forEach((e, i) => (e.rank = i));
    if (kept.length) m.set(key, kept);
    else m.delete(key);
  }
  return m;
}

function idx(): Map<string, LexEntry[]> {
  if (!index) index = build();
  return index;
}

const EMPTY: readonly LexEntry[] = [];

let hidden: ReadonlySet<string> | null = null;

/**
 * Evaluation hook: hide these lower-cased lemmas (to measure how unknown words are guessed).
 * Pass null to restore. Callers must also reset the analyser's caches.
 */
export function hideLemmasForEvaluation(lemmas: ReadonlySet<string> | null): void {
  hidden = lemmas;
}

/** Entries for a lower-cased lemma (empty array when unknown). */
export function lookupLemma(lowerLemma: string): readonly LexEntry[] {
  if (lowerLemma.length > maxLemmaLenValue()) return EMPTY;
  const list = idx().get(lowerLemma) ?? EMPTY;
  if (hidden && list.length && list.some((e) => hidden!.has(e.lemma.toLowerCase()))) return list.filter((e) => !hidden!.has(e.lemma.toLowerCase()));
  return list;
}

function maxLemmaLenValue(): number {
  idx();
  return maxLemmaLen;
}

// ---------------------------------------------------------------- prefix trie
interface TrieNode { next: Map<number, TrieNode>; key: boolean }
let trie: TrieNode | null = null;

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), key: false };
  for (const key of idx().keys()) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let nx = node.next.get(c);
      if (!nx) node.next.set(c, (nx = { next: new Map(), key: false }));
      node = nx;
    }
    node.key = true;
  }
  return root;
}

export interface PrefixScan {
  /** keyEnd[j] = 1 when word.slice(0, j) is a lexicon key */
  keyEnd: Uint8Array;
  /** the longest j such that some key starts with word.slice(0, j) */
  depth: number;
}

let scanBuffer = new Uint8Array(128);

/**
 * Walk the lexicon trie along a lower-cased word once. The returned keyEnd array is a
 * shared buffer, valid until the next call.
 */
export function prefixScan(word: string): PrefixScan {
  trie ??= buildTrie();
  if (scanBuffer.length < word.length + 1) scanBuffer = new Uint8Array(word.length + 1);
  const keyEnd = scanBuffer;
  keyEnd.fill(0, 0, word.length + 1);
  let node: TrieNode | undefined = trie;
  let depth = 0;
  if (node.key) keyEnd[0] = 1;
  for (let i = 0; i < word.length; i++) {
    node = node.next.get(word.charCodeAt(i));
    if (!node) break;
    depth = i + 1;
    if (node.key) keyEnd[i + 1] = 1;
  }
  return { keyEnd, depth };
}

/** true when the lemma (any case) is in the stem lexicon, optionally with this UPOS. */
export function knownLemma(lemma: string, upos?: Upos): boolean {
  const list = lookupLemma(lemma.toLowerCase());
  return upos ? list.some((e) => e.upos === upos) : list.length > 0;
}

/** Number of distinct lemma keys (for tests and reports). */
export function lexiconSize(): number {
  return idx().size;
}

/** Iterate all entries (used by tests). */
export function allEntries(): LexEntry[] {
  const out: LexEntry[] = [];
  for (const list of idx().values()) out.push(...list);
  return out;
}
