// The reader's view as the page sends it: tuples instead of objects and a form's build as the
// lengths of its pieces (the pieces' text is the word's own text), and note ids without the
// start they all share (a deck's ids begin with the deck's: 21 of the essay's 34 characters,
// 11 kB of its page), so the essay's page stays under its size budget. unpackReaderView gives
// the browser the view back, unchanged.
import type { LemmaState, ReaderLemma, ReaderView } from './types';

type PackedLemma = [headword: string, upos: string, ru: string, en: string, noteId: string, glossFrom: 0 | 1 | 2, state: 0 | 1 | 2 | 3, due: string, guess: 0 | 1, lemma?: string];
/** lemma index, then per piece its length and label ('' for the stem) */
type PackedForm = (number | string)[];

export interface PackedReaderView {
  text: string;
  paragraphs: number[];
  sentences: number[];
  translations: ([string, string] | 0)[];
  words: number[];
  forms: PackedForm[];
  lemmas: PackedLemma[];
  /** what every lemma's note id begins with; each packed id is the rest (never empty: '' is no note) */
  noteIdPrefix: string;
  /** indices of the lemmas the learner asked to study next */
  asked: number[];
}

const STATES: LemmaState[] = ['unknown', 'learning', 'known', 'none'];
const FROM: ReaderLemma['glossFrom'][] = [null, 'deck', 'glossary'];

function commonStart(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  let prefix = ids[0]!.slice(0, Math.min(...ids.map((id) => id.length)) - 1);
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

export function packReaderView(view: ReaderView): PackedReaderView {
  const noteIdPrefix = commonStart(view.lemmas.flatMap((l) => (l.noteId ? [l.noteId] : [])));
  return {
    text: view.text,
    paragraphs: view.paragraphs,
    sentences: view.sentences,
    translations: view.translations.map((t) => t ?? 0),
    words: view.words,
    forms: view.forms.map((f) => [f.lemma, ...f.segments.flatMap(([text, label]) => [text.length, label ?? ''])]),
    lemmas: view.lemmas.map((l) => {
      const packed: PackedLemma = [l.headword, l.upos, l.ru, l.en, l.noteId ? l.noteId.slice(noteIdPrefix.length) : '', FROM.indexOf(l.glossFrom) as 0 | 1 | 2, STATES.indexOf(l.state) as 0 | 1 | 2 | 3, l.due ?? '', l.guess ? 1 : 0];
      // the lemma is sent only where the headword does not say it (verbs: қолдау → қолда)
      if (l.lemma !== l.headword) packed.push(l.lemma);
      return packed;
    }),
    noteIdPrefix,
    asked: view.lemmas.flatMap((l, i) => (l.asked ? [i] : [])),
  };
}

export function unpackReaderView(p: PackedReaderView): ReaderView {
  const forms: ReaderView['forms'] = p.forms.map((f) => ({ lemma: f[0] as number, segments: [] }));
  for (let w = 0; w < p.words.length; w += 3) {
    const form = forms[p.words[w + 2]!]!;
    if (form.segments.length) continue;
    const packed = p.forms[p.words[w + 2]!]!;
    let at = p.words[w]!;
    for (let i = 1; i < packed.length; i += 2) {
      const len = packed[i] as number;
      form.segments.push([p.text.slice(at, at + len), (packed[i + 1] as string) || null]);
      at += len;
    }
  }
  const asked = new Set(p.asked);
  return {
    text: p.text,
    paragraphs: p.paragraphs,
    sentences: p.sentences,
    translations: p.translations.map((t) => t || null),
    words: p.words,
    forms,
    lemmas: p.lemmas.map((l, i) => ({
      headword: l[0], upos: l[1], ru: l[2], en: l[3], noteId: l[4] ? p.noteIdPrefix + l[4] : null, glossFrom: FROM[l[5]]!, state: STATES[l[6]]!, due: l[7] || null, guess: l[8] === 1, lemma: l[9] ?? l[0],
      asked: asked.has(i),
    })),
  };
}
