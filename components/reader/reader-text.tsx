'use client';
// The text itself: paragraphs of sentences, every study word a button marked by the learner's
// state of its lemma. One tab stop for the whole text (roving focus): arrow keys move between
// words (up and down: to the previous / next sentence), Home and End to the first and last,
// Enter or a tap opens the word. Handlers sit on the container, none on the 1,500 words.
import { memo, useCallback, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { LemmaState, ReaderView } from '@/lib/reader';
import { useKazakh } from '../preferences';
import styles from './reader.module.css';

export const TEXT_ID = 'reader-text';
/** The word whose panel is open carries this attribute (marked in reader.module.css). */
export const OPEN_WORD = 'data-o';

/** A paragraph's children, built so that no line starts or ends between a word and the
 *  punctuation against it ("кешендері," or "«Жаһандану»"): a button is a box, a line may break on
 *  either side of a box, so a word and whatever touches it without a space go into one span
 *  that does not wrap (reader.module.css). A word with spaces on both sides stays bare. */
function paragraphParts() {
  const out: React.ReactNode[] = [];
  let group: React.ReactNode[] = [];
  let words = 0;
  const close = () => {
    if (words > 0 && group.length > 1) out.push(<span key={`g${out.length}`}>{group}</span>);
    else out.push(...group);
    group = [];
    words = 0;
  };
  return {
    text(s: string) {
      const first = s.search(/\s/);
      if (first < 0) {
        if (s) group.push(s);
        return;
      }
      const last = s.length - /\S*$/.exec(s)![0].length;
      if (first > 0) group.push(s.slice(0, first));
      close();
      out.push(s.slice(first, last));
      if (last < s.length) group.push(s.slice(last));
    },
    word(button: React.ReactElement) {
      group.push(button);
      words++;
    },
    done() {
      close();
      return out;
    },
  };
}

export const STATE_CODE: Record<LemmaState, string> = { unknown: 'u', learning: 'l', known: 'k', none: 'n' };

interface Props {
  view: ReaderView;
  states: readonly LemmaState[];
  /** lemmas to mark (a class's hardest words, for its teacher), and the legend entry naming them */
  hard: ReadonlySet<number>;
  hardId: string;
  label: string;
  /** ids of the legend entries that name each state, for screen readers */
  describedBy: Record<LemmaState, string | undefined>;
  onOpen: (word: number) => void;
}

export const ReaderText = memo(function ReaderText({ view, states, hard, hardId, label, describedBy, onOpen }: Props) {
  const { kk, lang } = useKazakh();
  const root = useRef<HTMLDivElement>(null);
  // A word's index is its place among the text's buttons: no attribute on every word for it.
  const buttons = () => Array.from(root.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);

  // Roving focus is set up once the page runs, not written into the HTML of 1,500 words
  // (before that, every word is simply a tab stop of its own).
  useEffect(() => {
    buttons().forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
  }, []);

  // the list is read once per event (a key or click reads it for both calls)
  const indexOf = (el: Element | null, list: HTMLButtonElement[]): number => {
    const b = el?.closest<HTMLButtonElement>('button');
    return b ? list.indexOf(b) : -1;
  };

  const focusWord = useCallback((i: number, list: HTMLButtonElement[]) => {
    const next = list[i];
    if (!next) return;
    for (const b of list) if (b.tabIndex === 0 && b !== next) b.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }, []);

  const sentenceOf = (wordIndex: number) => {
    const start = view.words[wordIndex * 3]!;
    for (let s = 0; s < view.sentences.length; s += 2) if (start < view.sentences[s + 1]!) return s / 2;
    return view.sentences.length / 2 - 1;
  };
  const firstWordOfSentence = (s: number): number => {
    const start = view.sentences[s * 2];
    if (start === undefined) return -1;
    for (let w = 0; w < view.words.length; w += 3) if (view.words[w]! >= start) return w / 3;
    return -1;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = buttons();
    const i = indexOf(e.target as Element, list);
    if (i < 0) return;
    const count = view.words.length / 3;
    let to = -1;
    if (e.key === 'ArrowRight') to = Math.min(count - 1, i + 1);
    else if (e.key === 'ArrowLeft') to = Math.max(0, i - 1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = count - 1;
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const s = sentenceOf(i);
      const target = e.key === 'ArrowDown' ? firstWordOfSentence(s + 1) : firstWordOfSentence(Math.max(0, s - 1));
      to = target < 0 ? i : target;
    } else return;
    e.preventDefault();
    focusWord(to, list);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const list = buttons();
    const i = indexOf(e.target as Element, list);
    if (i < 0) return;
    focusWord(i, list);
    root.current?.querySelector(`[${OPEN_WORD}]`)?.removeAttribute(OPEN_WORD);
    list[i]!.setAttribute(OPEN_WORD, '');
    onOpen(i);
  };

  const paragraphs: React.ReactNode[] = [];
  let w = 0;
  const spaced = (s: string) => kk(s.replace(/\s*\n\s*/g, ' '));
  for (let p = 0; p < view.paragraphs.length; p++) {
    const from = view.paragraphs[p]!;
    const to = view.paragraphs[p + 1] ?? view.sentences.length / 2;
    const parts = paragraphParts();
    for (let s = from; s < to; s++) {
      const start = view.sentences[s * 2]!;
      const end = view.sentences[s * 2 + 1]!;
      let at = start;
      // what stands between two sentences in the text: a space, or nothing ("барады.Мұғалім", as a teacher kept it)
      if (s > from) {
        const gap = view.text.slice(view.sentences[s * 2 - 1]!, start);
        if (gap) parts.text(spaced(gap));
      }
      while (w * 3 < view.words.length && view.words[w * 3]! < end) {
        const ws = view.words[w * 3]!;
        const we = view.words[w * 3 + 1]!;
        const lemma = view.forms[view.words[w * 3 + 2]!]!.lemma;
        const state = states[lemma] ?? 'none';
        const isHard = hard.has(lemma);
        if (ws > at) parts.text(spaced(view.text.slice(at, ws)));
        parts.word(
          // no type: outside a form a button submits nothing, and 1,500 of them add up
          <button key={w} data-s={STATE_CODE[state]} data-h={isHard ? '' : undefined}
            aria-describedby={isHard ? [describedBy[state], hardId].filter(Boolean).join(' ') : describedBy[state]}>
            {kk(view.text.slice(ws, we))}
          </button>,
        );
        at = we;
        w++;
      }
      if (end > at) parts.text(spaced(view.text.slice(at, end)));
    }
    paragraphs.push(<p key={p}>{parts.done()}</p>);
  }

  return (
    <div ref={root} id={TEXT_ID} role="region" aria-label={label} lang={lang} className={`${styles.text} flex max-w-prose flex-col gap-5 text-xl leading-[2.1] sm:text-[1.375rem]`} onKeyDown={onKeyDown} onClick={onClick}>
      {paragraphs}
    </div>
  );
});
