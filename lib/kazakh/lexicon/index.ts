// Stem lexicon: lemma + UD UPOS (+ flags). The data live as plain text a linguist can edit
// in data/kazakh/lexicon/*.txt (format: ./source.ts and that folder's README.md); the
// generated module ./generated/lexicon-data.ts holds them compiled, homographs in the rank
// order of homographs.txt (regenerate with `npm run lexicon:build`). Parsed lazily on first
// use; no I/O at run time.

import type { Upos } from '../types';
import { LEXICON_DATA } from './generated/lexicon-data';
import { deserializeCompiled } from './source';
import { CharTrie } from '../char-trie';

export interface LexEntry {
  /** lemma as written in the lexicon (proper nouns capitalised) */
  lemma: string;
  upos: Upos;
  flags: readonly string[];
  /** order among the entries with the same lower-cased form (0 = preferred) */
  rank: number;
}

let index: Map<string, LexEntry[]> | null = null;
let maxLemmaLen = 0;

function build(): Map<string, LexEntry[]> {
  const m = new Map<string, LexEntry[]>();
  for (const e of deserializeCompiled(LEXICON_DATA)) {
    const key = e.form.toLowerCase();
    let list = m.get(key);
    if (!list) m.set(key, (list = []));
    list.push({ lemma: e.lemma, upos: e.upos, flags: e.flags, rank: list.length });
    if (key.length > maxLemmaLen) maxLemmaLen = key.length;
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
let trie: CharTrie<readonly LexEntry[]> | null = null;

function lexTrie(): CharTrie<readonly LexEntry[]> {
  trie ??= CharTrie.build(idx());
  return trie;
}

export interface PrefixScan {
  /** keyEnd[j] = 1 when word.slice(0, j) is a lexicon key */
  keyEnd: Uint8Array;
  /** nodes[j]: the trie node of word.slice(0, j), for j ≤ depth (shared buffer) */
  nodes: Int32Array;
  /** the longest j such that some key starts with word.slice(0, j) */
  depth: number;
  /** true while hideLemmasForEvaluation is in force (nodes must not be used for entries) */
  filtered: boolean;
}

let scanBuffer = new Uint8Array(128);
let nodeBuffer = new Int32Array(128);

/**
 * Walk the lexicon trie along a lower-cased word once. The returned arrays are shared
 * buffers, valid until the next call.
 */
export function prefixScan(word: string): PrefixScan {
  const t = lexTrie();
  if (scanBuffer.length < word.length + 1) {
    scanBuffer = new Uint8Array(word.length + 1);
    nodeBuffer = new Int32Array(word.length + 1);
  }
  const keyEnd = scanBuffer;
  keyEnd.fill(0, 0, word.length + 1);
  let node = 0;
  let depth = 0;
  nodeBuffer[0] = 0;
  for (let i = 0; i < word.length; i++) {
    node = t.child(node, word.charCodeAt(i));
    if (node < 0) break;
    depth = i + 1;
    nodeBuffer[depth] = node;
    if (t.value(node)) keyEnd[i + 1] = 1;
  }
  return { keyEnd, nodes: nodeBuffer, depth, filtered: hidden !== null };
}

/** The entries of the key s, walking on from the trie node of s.slice(0, from). */
export function entriesFrom(node: number, s: string, from: number): readonly LexEntry[] {
  const t = lexTrie();
  for (let k = from; node >= 0 && k < s.length; k++) node = t.child(node, s.charCodeAt(k));
  return node >= 0 ? t.value(node) ?? EMPTY : EMPTY;
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

let firstWords: Set<string> | null = null;

/** First words of the multi-word entries (пайда of "пайда бол"), for a quick test. */
export function multiWordFirstWords(): ReadonlySet<string> {
  if (!firstWords) {
    firstWords = new Set();
    for (const key of idx().keys()) {
      const sp = key.indexOf(' ');
      if (sp > 0) firstWords.add(key.slice(0, sp));
    }
  }
  return firstWords;
}
