'use client';
// A word's panel: a modal dialog (focus inside and kept there, the rest of the page inert,
// Escape, the close button or a click beside it closes it, focus back on the word), a side panel
// on a wide screen and a bottom sheet below that. The word and its sentence stay in sight: beside
// the side panel the page moves left (a transform, reader.module.css); above the sheet the page
// is scrolled, after the panel is painted, if the sheet came over the word. Everything in it comes
// with the page: opening it asks the server nothing. It is opened with show(), not showModal(),
// and the page is made inert after the panel is painted (page-inert.ts).
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslations } from 'next-intl';
import type { LemmaState, ReaderLemma } from '@/lib/reader';
import { PlayButton } from '../audio/play-button';
import { Meaning, type Gloss } from '../meaning';
import { useKazakh } from '../preferences';
import { WordBuild } from '../study/word-build';
import { useFormatter } from '../use-formatter';
import { afterPaint, focusables, inertExcept } from './page-inert';
import { OPEN_WORD, TEXT_ID } from './reader-text';
import styles from './reader.module.css';

/** Whether the panel is a bottom sheet: reader.module.css alone says from which width it is a side panel. */
const isSheet = (panel: Element) => getComputedStyle(panel).getPropertyValue('--panel-kind').trim() !== 'side';
/** The element the page moves out from under a side panel (the read page's content). */
export const READER_PAGE = 'data-reader-page';


const POS = ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'INTJ', 'X'] as const;
type Pos = (typeof POS)[number];

export interface PanelWord {
  lemmaIndex: number;
  form: string;
  lemma: ReaderLemma;
  state: LemmaState;
  segments: [string, string | null][];
  sentence: string;
  translation: [string, string] | null;
}

interface Props {
  word: PanelWord;
  gloss: Gloss;
  onClose: () => void;
  children?: React.ReactNode;
}

export function WordPanel({ word, gloss, onClose, children }: Props) {
  const t = useTranslations('reader');
  const ts = useTranslations('study');
  const tp = useTranslations('pos');
  const format = useFormatter();
  const { kk, lang } = useKazakh();
  const dialog = useRef<HTMLDialogElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const inert = useRef<{ undo: (() => void) | null; gone: boolean }>({ undo: null, gone: false });
  const [showTranslation, setShowTranslation] = useState(false);
  const { lemma, state } = word;

  useEffect(() => {
    const d = dialog.current;
    const root = layer.current;
    if (!d || !root) return;
    if (!d.open) d.show();
    if (!d.contains(document.activeElement)) (focusables(d)[0] ?? d).focus();
    const page = document.querySelector(`[${READER_PAGE}]`);
    page?.setAttribute('data-panel', '');
    // after the frame that paints the panel, as background work
    const mark = inert.current;
    mark.gone = false;
    const frame = requestAnimationFrame(() =>
      afterPaint(() => {
        if (mark.gone) return;
        mark.undo = inertExcept(root);
        if (isSheet(d)) scrollAboveSheet(d, root);
      }),
    );
    // on the document: the focused button may have gone (an action done), as with showModal()
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        dismiss();
      } else if (e.key === 'Tab') {
        // focus stays in the panel
        const list = focusables(d);
        const at = list.indexOf(document.activeElement as HTMLElement);
        e.preventDefault();
        list[at === -1 ? (e.shiftKey ? list.length - 1 : 0) : (at + (e.shiftKey ? -1 : 1) + list.length) % list.length]?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKeyDown);
      page?.removeAttribute('data-panel');
      release();
    };
    // dismiss and release read only refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** The page usable again at once, as close() on a modal dialog makes it (its close event comes later). */
  function release() {
    inert.current.gone = true;
    inert.current.undo?.();
    inert.current.undo = null;
  }
  function dismiss() {
    release();
    dialog.current?.close();
  }

  const due = lemma.due ? new Date(lemma.due) : null;
  const stateLine =
    state === 'none' ? t('state.none') : state === 'unknown' ? t('state.unknown') : due ? t(`state.${state}Due`, { when: format.relativeTime(due, new Date()) }) : t(`state.${state}`);
  const pos = (POS as readonly string[]).includes(lemma.upos) ? tp(lemma.upos as Pos) : null;
  const translation = word.translation ? (gloss === 'ru' ? word.translation[0] : gloss === 'en' ? word.translation[1] : word.translation.filter(Boolean).join(' — ')) : '';

  return createPortal(
    <div ref={layer} className="relative z-50">
      <div aria-hidden="true" className={`fixed inset-0 bg-stone-900/30 ${styles.backdrop}`} onClick={dismiss} />
      <dialog
        ref={dialog}
        aria-labelledby="word-panel-title"
        aria-modal="true"
        tabIndex={-1}
        onClose={onClose}
        className={`${styles.sheet} border border-stone-300 bg-white text-stone-900 shadow-xl dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100`}
      >
        <div className="flex flex-col gap-4 p-5">
          <div className="flex items-start justify-between gap-3">
            <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
              <h2 id="word-panel-title" lang={lang} className="min-w-0 text-2xl font-semibold [overflow-wrap:anywhere] sm:text-3xl">{kk(word.form)}</h2>
              <PlayButton size="sm" text={word.form} />
            </div>
            <button type="button" className="btn-secondary shrink-0" onClick={dismiss}>{t('close')}</button>
          </div>
          <p className="text-lg">
            <span lang={lang} className="font-semibold" data-testid="word-headword">{kk(lemma.headword)}</span>
            {pos ? <span className="text-stone-600 dark:text-stone-400"> · <span className="italic">{pos}</span></span> : null}
          </p>
          {lemma.ru || lemma.en ? (
            <div>
              <Meaning ru={lemma.ru} en={lemma.en} gloss={gloss} className="text-lg" />
              {lemma.glossFrom === 'glossary' ? <p className="text-sm text-stone-600 dark:text-stone-400">{t('fromGlossary')}</p> : null}
            </div>
          ) : (
            <p className="text-stone-600 dark:text-stone-400">{t('noMeaning')}</p>
          )}
          <WordBuild segments={word.segments.map(([text, label]) => ({ text, label }))} label={ts('build')} />
          <p data-testid="word-state" className="text-stone-700 dark:text-stone-300">{stateLine}</p>
          {children}
          {word.translation ? (
            <div className="flex flex-col gap-2 border-t border-stone-200 pt-3 dark:border-stone-700">
              <button type="button" className="btn-secondary self-start" aria-expanded={showTranslation} onClick={() => setShowTranslation((v) => !v)}>
                {showTranslation ? t('hideTranslation') : t('showTranslation')}
              </button>
              {showTranslation ? (
                <div className="flex flex-col gap-1">
                  <p lang={lang} className="text-stone-700 dark:text-stone-300">{kk(word.sentence)}</p>
                  <p lang={gloss === 'ru' ? 'ru' : gloss === 'en' ? 'en' : undefined}>{translation}</p>
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
      </dialog>
    </div>,
    document.body,
  );
}

/** A bottom sheet that came over the open word: the page scrolled so that the word stands a little
 * above the sheet, with room for its sentence's line above it (the layer grows the page where the
 * text ends too soon for that). */
function scrollAboveSheet(sheet: HTMLElement, layer: HTMLElement) {
  const word = document.querySelector(`#${TEXT_ID} button[${OPEN_WORD}]`);
  if (!word) return;
  const box = word.getBoundingClientRect();
  const top = sheet.getBoundingClientRect().top;
  const room = Math.min(box.height * 2, Math.max(0, top - box.height) / 2);
  const by = box.bottom + room - top;
  if (by <= 0) return;
  const short = by - (document.documentElement.scrollHeight - innerHeight - scrollY);
  if (short > 0) layer.style.height = `${Math.ceil(short)}px`;
  scrollBy({ top: by, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}
