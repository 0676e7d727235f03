// A long text's reader in parts. One page holds at most MAX_PART_WORDS words, so a teacher's
// 200,000-character text costs each view what the essay does, not a 2.7 MB page built in a
// second of the server's thread (docs/decisions/023). A part ends where a paragraph begins
// in its second half, else where a sentence begins, else after MAX_PART_WORDS words (a text
// without full stops: its sentence is cut, and each part shows its own piece of it).
// A part's view is a ReaderView of its own (offsets into its own text, only its forms and
// lemmas), so the page and the panel work on it unchanged; the share line stays the whole
// text's (summaryWith), and word numbers sent to the server are the text's (firstWord).
import { readerSummary } from './summary';
import type { LemmaState, ReaderLemma, ReaderSummary, ReaderView } from './types';

/** The essay (1,589 words) is one part. */
export const MAX_PART_WORDS = 2_000;

export interface ReaderPart {
  /** this part only: its text, sentences, words, and the forms and lemmas they use */
  view: ReaderView;
  /** 0-based */
  part: number;
  parts: number;
  /** the text's index of the part's first word */
  firstWord: number;
  /** the whole text's summary, with the states the view was built with */
  summary: ReaderSummary;
  /** per lemma of the part's view: its running words in the whole text */
  running: number[];
}

/** 0: inside a sentence; 1: the first word of a sentence; 2: of a paragraph. */
function boundaries(view: ReaderView): Uint8Array {
  const count = view.words.length / 3;
  const sentenceCount = view.sentences.length / 2;
  const paragraphStart = new Set(view.paragraphs);
  const kind = new Uint8Array(count);
  let s = 0;
  let last = -1;
  for (let w = 0; w < count; w++) {
    const start = view.words[w * 3]!;
    while (s < sentenceCount - 1 && start >= view.sentences[s * 2 + 1]!) s++;
    if (s === last) continue;
    // a paragraph may begin with a sentence without study words (a date, a number)
    let paragraph = false;
    for (let t = last + 1; t <= s; t++) if (paragraphStart.has(t)) paragraph = true;
    kind[w] = paragraph ? 2 : 1;
    last = s;
  }
  return kind;
}

/** The first word of each part, from the text's boundaries. */
function partStarts(kind: Uint8Array, maxWords: number): number[] {
  const count = kind.length;
  const starts = [0];
  const half = Math.floor(maxWords / 2);
  let first = 0;
  while (count - first > maxWords) {
    let cut = -1;
    for (let e = first + maxWords; e > first + half && cut < 0; e--) if (kind[e] === 2) cut = e;
    for (let e = first + maxWords; e > first + half && cut < 0; e--) if (kind[e] === 1) cut = e;
    if (cut < 0) cut = first + maxWords;
    starts.push(cut);
    first = cut;
  }
  return starts;
}

/** Where in the text a part that starts with this word begins: its sentence's start, or the word's. */
function cutAt(view: ReaderView, word: number, kind: number): number {
  const start = view.words[word * 3]!;
  if (kind === 0) return start;
  for (let s = 0; s < view.sentences.length; s += 2) if (start < view.sentences[s + 1]!) return Math.min(start, view.sentences[s]!);
  return start;
}

/** Part `part` (0-based) of the view, or null if the text has no such part. */
export function readerPart(view: ReaderView, part: number, maxWords = MAX_PART_WORDS): ReaderPart | null {
  const kind = boundaries(view);
  const starts = partStarts(kind, maxWords);
  if (!Number.isInteger(part) || part < 0 || part >= starts.length) return null;
  const count = view.words.length / 3;
  const w0 = starts[part]!;
  const w1 = starts[part + 1] ?? count;
  const c0 = part === 0 ? 0 : cutAt(view, w0, kind[w0]!);
  const c1 = part + 1 < starts.length ? cutAt(view, w1, kind[w1]!) : view.text.length;

  const running = new Array<number>(view.lemmas.length).fill(0);
  for (let i = 2; i < view.words.length; i += 3) running[view.forms[view.words[i]!]!.lemma]!++;

  const sentences: number[] = [];
  const translations: ReaderView['translations'] = [];
  const paragraphs: number[] = [];
  const paragraphStart = new Set(view.paragraphs);
  for (let s = 0; s < view.sentences.length / 2; s++) {
    const start = view.sentences[s * 2]!;
    const end = view.sentences[s * 2 + 1]!;
    if (end <= c0 || start >= c1) continue;
    if (sentences.length === 0 || (paragraphStart.has(s) && start >= c0)) paragraphs.push(sentences.length / 2);
    sentences.push(Math.max(start, c0) - c0, Math.min(end, c1) - c0);
    translations.push(view.translations[s] ?? null);
  }

  const formOf = new Map<number, number>();
  const lemmaOf = new Map<number, number>();
  const forms: ReaderView['forms'] = [];
  const lemmas: ReaderLemma[] = [];
  const partRunning: number[] = [];
  const words: number[] = [];
  for (let w = w0; w < w1; w++) {
    const global = view.words[w * 3 + 2]!;
    let local = formOf.get(global);
    if (local === undefined) {
      const form = view.forms[global]!;
      let lemma = lemmaOf.get(form.lemma);
      if (lemma === undefined) {
        lemma = lemmas.length;
        lemmaOf.set(form.lemma, lemma);
        lemmas.push(view.lemmas[form.lemma]!);
        partRunning.push(running[form.lemma]!);
      }
      local = forms.length;
      formOf.set(global, local);
      forms.push({ lemma, segments: form.segments });
    }
    words.push(view.words[w * 3]! - c0, view.words[w * 3 + 1]! - c0, local);
  }

  return {
    view: { text: view.text.slice(c0, c1), paragraphs, sentences, translations, words, forms, lemmas },
    part,
    parts: starts.length,
    firstWord: w0,
    summary: readerSummary(view, view.lemmas.map((l) => l.state)),
    running: partRunning,
  };
}

/**
 * The whole text's summary after the learner changed some of a part's lemmas (marked one
 * known): the part's lemmas carry their running words in the whole text.
 */
export function summaryWith(base: ReaderSummary, running: readonly number[], before: readonly LemmaState[], now: readonly LemmaState[]): ReaderSummary {
  const out = { ...base };
  const one = (yes: boolean) => (yes ? 1 : 0);
  for (let i = 0; i < now.length; i++) {
    const was = before[i];
    const is = now[i];
    if (was === is || was === undefined || is === undefined) continue;
    const n = running[i] ?? 0;
    out.studyRunning += n * (one(is !== 'none') - one(was !== 'none'));
    out.known += n * (one(is === 'known') - one(was === 'known'));
    out.newLemmas += one(is === 'unknown') - one(was === 'unknown');
  }
  return out;
}
