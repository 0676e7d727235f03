// How often lemmas and word forms occur in real Kazakh text (the KazNERD news sentences,
// CC BY 4.0; see data/kazakh/frequency/README.md), and what that says about letter
// sequences inside words and across word boundaries: evidence for repairs. Parsed lazily.

import { FORM_COUNTS, FREQUENCY_TOKENS, LEMMA_COUNTS } from './generated/frequency-data';

/** Word tokens of the frequency corpus. */
export const FREQUENCY_CORPUS_TOKENS = FREQUENCY_TOKENS;

let lemmas: Map<string, number> | null = null;
let forms: Map<string, number> | null = null;

function lemmaMap(): Map<string, number> {
  if (lemmas) return lemmas;
  const m = new Map<string, number>();
  for (const line of LEMMA_COUNTS.split('\n')) {
    if (!line) continue;
    const [lemma = '', upos = '', c = '0'] = line.split('\t');
    const n = Number(c);
    m.set(lemma + '\t' + upos, n);
    m.set(lemma, (m.get(lemma) ?? 0) + n);
  }
  return (lemmas = m);
}

function formMap(): Map<string, number> {
  if (forms) return forms;
  const m = new Map<string, number>();
  let prev = '';
  for (const line of FORM_COUNTS.split('\n')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const form = prev.slice(0, line.charCodeAt(0) - 48) + line.slice(1, tab);
    m.set(form, Number(line.slice(tab + 1)));
    prev = form;
  }
  return (forms = m);
}

/** Occurrences of a lemma (with this UPOS, or any) in the frequency corpus. */
export function lemmaCount(lemma: string, upos?: string): number {
  return lemmaMap().get(upos ? lemma + '\t' + upos : lemma) ?? 0;
}

/** Occurrences of a lower-case word form in the frequency corpus. */
export function formCount(form: string): number {
  return formMap().get(form) ?? 0;
}

// ---------------------------------------------------------------- letters at word edges
let inWord: Map<string, number> | null = null;
let starts: Map<string, number> | null = null;
let ends: Map<string, number> | null = null;

function edgeStats(): void {
  if (inWord) return;
  inWord = new Map();
  starts = new Map();
  ends = new Map();
  const add = (m: Map<string, number>, k: string, c: number): void => void m.set(k, (m.get(k) ?? 0) + c);
  for (const [f, c] of formMap()) {
    for (let i = 0; i + 1 < f.length; i++) add(inWord, f.slice(i, i + 2), c);
    for (let i = 0; i + 2 < f.length; i++) add(inWord, f.slice(i, i + 3), c);
    add(starts, f.slice(0, 1), c);
    add(starts, f.slice(0, 2), c);
    add(ends, f.slice(-1), c);
    add(ends, f.slice(-2), c);
  }
}

/**
 * How much likelier the letters left + right are inside one word than across a word
 * boundary (log ratio; expected boundary counts from word-final and word-initial letters).
 * Joined words leave tell-tale sequences (аулыәлі: ыә never occurs inside a word).
 */
export function insideWordOdds(left: string, right: string): number {
  edgeStats();
  const inside = inWord!.get(left + right) ?? 0;
  const across = ((ends!.get(left) ?? 0) * (starts!.get(right) ?? 0)) / Math.max(1, FREQUENCY_TOKENS);
  return Math.log((inside + 1) / (across + 1));
}
